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
  /** `code`: the initiative's code. */
  NOT_CO_FINANCED: (p: { code: string }) =>
    `${p.code} is not co-financed (its funding plan has no CO_FINANCING source with a planned amount above 0): the co-financing reports are for co-financed initiatives only`,
  /** `got`: the value given, quoted. */
  BUDGET_CHAPTER: (p: { got: string }) =>
    `must be a budget chapter of four digits as in the state budget (kapittel, e.g. 0540; got ${p.got})`,
  /** `got`: the value given, quoted. */
  BUDGET_POST: (p: { got: string }) =>
    `must be a budget post of two digits as in the state budget (post, e.g. 01; got ${p.got})`,
  /** `scheme`: the funding source's scheme. */
  BUDGET_ACCOUNT_OWN_BUDGET: (p: { scheme: string }) =>
    `only an agency's own budget (OWN_BUDGET) has a budget chapter and post, not ${p.scheme}`,
  BUDGET_POST_NEEDS_CHAPTER: () => 'a budget post needs its chapter, and a chapter its post',
  /** `scheme`: the funding source's scheme. */
  IN_KIND_STIMULAB_ONLY: (p: { scheme: string }) =>
    `only StimuLab support (STIMULAB) is described as in kind, not ${p.scheme}`,
  /** `code`: the initiative's code; `years`: the years it owes reports for, e.g. "2022–2025" or "none". */
  REPORT_NOT_OWED: (p: { code: string; year: number; years: string }) =>
    `${p.code} owes no co-financing report for ${p.year} (its reports: ${p.years})`,
  REPORT_YEAR_NOT_OVER: (p: { year: number }) =>
    `the report for ${p.year} can be marked submitted once ${p.year} is over`,
  /** `at`: when it was marked, "YYYY-MM-DD"; `by`: who marked it. */
  REPORT_ALREADY_SUBMITTED: (p: { year: number; at: string; by: string }) =>
    `the report for ${p.year} was marked submitted on ${p.at} by ${p.by}`,
  /** `code`: the initiative's code. */
  REPORT_SUBMIT_ACCESS: (p: { code: string }) =>
    `Only the owners of ${p.code}'s owner organisation and administrators mark its co-financing reports submitted`,
};
