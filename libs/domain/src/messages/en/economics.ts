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
  /** toYear before the analysis's start year `year` (its first year with a start, cost or benefit). */
  BEFORE_START_YEAR: (p: { year: number; got: string }) =>
    `must not be before the start year ${p.year} (got ${p.got})`,
  /** Both a lifetime and a last year were given: they say the same thing. */
  LIFETIME_OR_TO_YEAR: () => 'give either lifetimeYears or toYear, not both',
  LIFETIME_YEARS: (p: { max: number; got: string }) =>
    `must be a whole number of years from 1 to ${p.max} (got ${p.got})`,
  /** A cost or benefit year outside the analysis period `from`–`to`. */
  FLOW_OUTSIDE_PERIOD: (p: { year: number; from: number; to: number }) =>
    `${p.year} is outside the analysis period ${p.from}–${p.to}`,
  PRICE_INDEX_EMPTY: () => 'the consumer price index has no year',
  PRICE_INDEX_YEAR_TWICE: (p: { year: number }) => `the year ${p.year} is given more than once`,
  PRICE_INDEX_POSITIVE: (p: { got: string }) => `must be an index above 0 (got ${p.got})`,

  // Importing the consumer price index (importPriceIndex, npm run import:cpi).
  CPI_NO_COLUMNS: () =>
    'has no header line with a year column ("year" or "år") and an index column (such as "cpi_2015_100" or "Konsumprisindeks (2015=100)")',
  /** No line of the file has a usable year and index. */
  CPI_NO_YEAR: () => 'has no year with a usable index',
  CPI_LINE_YEAR: (p: { min: number; max: number; got: string }) =>
    `the year must be a whole year from ${p.min} to ${p.max} (got "${p.got}"): not imported`,
  CPI_LINE_VALUE: (p: { year: number; got: string }) =>
    `${p.year}: the index must be a number above 0 with at most three decimals (got "${p.got}"): not imported`,
  CPI_LINE_TWICE: (p: { year: number; first: number }) =>
    `${p.year} is also on line ${p.first}: neither is imported`,
};
