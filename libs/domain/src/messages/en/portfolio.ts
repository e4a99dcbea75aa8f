/**
 * English messages of the portfolio module: the portfolio filter and who sees which portfolio
 * (apps/api/src/portfolio). See ../types.ts for the conventions.
 */
export const portfolioEn = {
  /**
   * A year outside an inclusive range, worded "from … to" (YEAR_BETWEEN says "between … and"). Also said
   * by a benefit owner's report (benefitReport): a candidate for common.
   */
  YEAR_FROM_TO: (p: { min: number; max: number; got: string }) =>
    `must be a year from ${p.min} to ${p.max} (got ${p.got})`,
  /** A county number in the filter; `got` is the value as sent, quoted. */
  TWO_DIGITS: (p: { got: string }) => `must be two digits (got ${p.got})`,
  NOT_BEFORE_FROM_YEAR: (p: { fromYear: number; got: string }) =>
    `must not be before fromYear ${p.fromYear} (got ${p.got})`,
  /** A portfolio reviewer asked for another ministry's portfolio. */
  OWN_MINISTRY_ONLY: () =>
    "Portfolio reviewers see their own ministry's portfolio: leave ministryId out or send your own organisation's id",
  /** The years counted (`from`–`to`) are more than `max`. */
  YEARS_AT_ONCE: (p: { max: number; from: number; to: number }) =>
    `at most ${p.max} years at once (${p.from}–${p.to}): send fromYear and toYear`,
  /** A query parameter the export `file` does not take; `allowed`: the parameters it takes. */
  NOT_A_PARAMETER_OF: (p: { file: string; allowed: readonly string[] }) =>
    `is not a parameter of ${p.file} (use ${p.allowed.join(', ')})`,
};
