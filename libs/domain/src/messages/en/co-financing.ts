/**
 * English messages of the coFinancing module: the co-financing annual report
 * (apps/api/src/co-financing-report). See ../types.ts for the conventions.
 */
export const coFinancingEn = {
  /** `code`: the initiative's code. */
  CO_FINANCING_REPORT_ACCESS: (p: { code: string }) =>
    `The co-financing report of ${p.code} is for the owner organisation, the portfolio reviewers of its ministry and administrators`,
  /** The report's year: from the first planning year to the current one. */
  REPORT_YEAR_BEGUN: (p: { min: number; max: number; got: string }) =>
    `must be a year from ${p.min} to ${p.max}: the report covers a year that has begun (got ${p.got})`,
  INITIATIVE_ID_REQUIRED: () => 'is required (an initiative id)',
  REPORT_YEAR_REQUIRED: () => 'is required (a year such as 2025)',
};
