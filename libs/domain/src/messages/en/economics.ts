/**
 * English messages of the economics module: the options of an initiative's economics (NPV) that the
 * initiative's own figures refuse (apps/api/src/economics). See ../types.ts for the conventions.
 */
export const economicsEn = {
  /** toYear would leave costs out: `year` is the last year with a cost item. */
  BEFORE_LAST_COST_YEAR: (p: { year: number; got: string }) =>
    `must not be before the last cost year ${p.year} (got ${p.got})`,
  BEFORE_BASE_YEAR: (p: { baseYear: number }) => `must not be before the base year ${p.baseYear}`,
  /** The analysis period `from`–`to` is longer than `max` years. */
  ANALYSIS_PERIOD_TOO_LONG: (p: { max: number; from: number; to: number }) =>
    `the analysis period may be at most ${p.max} years (got ${p.from}–${p.to})`,
  /** A base year after the first planned cost or benefit would leave flows out of the NPV. */
  BASE_YEAR_AFTER_FIRST_FLOW: (p: { year: number; got: string }) =>
    `must not be after ${p.year}, the first year with a planned cost or benefit (got ${p.got})`,
};
