/**
 * The limits of what Gevinst stores, in one place: the API's validation, the admin forms and (where a
 * CHECK constraint can say it) the migrations use these values, so a limit cannot drift between layers.
 * Lengths count UTF-16 code units, as JavaScript's `length` and react-admin's `maxLength` do.
 */
export const LIMITS = {
  /** A budget year, a cost year, an allocation year, a portfolio period (planning horizon). */
  year: { min: 1990, max: 2200 },
  /** The year of a population figure (SSB series go back to the 1800s). */
  populationYear: { min: 1800, max: 2200 },
  /** A title: an initiative's, an organisation's, a benefit's or an enabler's name. */
  name: 300,
  /** A short label: a user's name, an API token's name, a cost-sharing key's name. */
  label: 200,
  /** A benefit indicator's unit ("dager", "timer per år"). */
  indicatorUnit: 50,
  /** A long free text: an initiative's, a benefit's or an enabler's description. */
  longText: 20_000,
  /** A cost item's description, a funding source's note. */
  costItemDescription: 1000,
  /** A measurement's source. */
  measurementSource: 500,
  /** A measurement's comment, or the reason given for a correction. */
  measurementComment: 5000,
  /** A benefit owner's status comment. */
  ownerReportComment: 10_000,
  /** A sender's own reference (externalId) of a cost item or a measurement; the columns CHECK it too. */
  externalId: 200,
  /** A search text in a list filter. */
  search: 200,
  /** An e-mail address (RFC 5321). */
  email: 254,
  /** Rows per page of any list. */
  pageSize: 500,
  /**
   * Funding sources of one initiative, over all its years. A source is for one year (the funding plan):
   * the five schemes plus the own budgets of a few partners give about ten a year, and an initiative's
   * plan runs up to about twenty years (development and operation), so 200 (it was 50 with one source
   * per scheme for the whole initiative).
   */
  fundingSources: 200,
  /** Participants added or removed in one call. */
  participantsPerCall: 1000,
  /** Target points on one benefit's trajectory. */
  benefitTargets: 200,
  /** Risks recorded on one benefit. */
  benefitRisks: 50,
  /** Years in one portfolio or economics period. */
  periodYears: 100,
  /** An allocation driver's name ("transactions"), in characters. */
  driverName: 40,
  /** Driver values entered in one call (setAllocationDrivers). */
  driverValuesPerCall: 5000,
  /** Where driver values come from (setAllocationDrivers' source). */
  driverSource: 500,
} as const;

/** True when `year` is an integer inside `range` (both ends included). */
export function isYearIn(year: number, range: { min: number; max: number }): boolean {
  return Number.isInteger(year) && year >= range.min && year <= range.max;
}
