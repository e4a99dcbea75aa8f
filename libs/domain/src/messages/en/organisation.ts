/**
 * English messages of the organisation module: organisations, counties and population figures
 * (apps/api/src/organisation, county, population). See ../types.ts for the conventions.
 */
export const organisationEn = {
  /** A county number is two digits; `got` is the value as sent, quoted. */
  COUNTY_NUMBER_DIGITS: (p: { got: string }) => `must be 2 digits (got ${p.got})`,
  MUNICIPALITY_NUMBER_REQUIRED: () => 'is required for a municipality',
  /** Only a municipality has a municipality number; `kind` is the organisation kind's code. */
  ONLY_MUNICIPALITIES: (p: { kind: string }) => `only municipalities have one (this is ${p.kind})`,
  /** A municipality's county is the first two digits of its number. */
  COUNTY_OF_MUNICIPALITY: (p: { county: string }) =>
    `must be ${p.county}, the first two digits of the municipality number`,
  NOT_A_COUNTY_NUMBER: (p: { county: string }) => `${p.county} is not an existing county number`,
  /** A kind of organisation that belongs to a county (`kind` is its code). */
  COUNTY_NUMBER_REQUIRED: (p: { kind: string }) => `is required for ${p.kind}`,
  OWN_PARENT: () => 'an organisation cannot be its own parent',
  /** An organisation referred to by id does not exist. */
  ORGANISATION_MISSING: (p: { id: string }) => `organisation ${p.id} does not exist`,
  PARENT_CYCLE: () => 'would make a cycle: the new parent is below this organisation',
  ORG_NUMBER_TAKEN: (p: { orgNumber: string; name: string }) =>
    `${p.orgNumber} is already registered to ${p.name}`,
  MUNICIPALITY_NUMBER_TAKEN: (p: { municipalityNumber: string; name: string }) =>
    `${p.municipalityNumber} is already used by ${p.name}`,
  COUNTY_AUTHORITY_EXISTS: (p: { county: string; name: string }) =>
    `county ${p.county} already has a county authority: ${p.name}`,
  OSLO_NO_COUNTY_AUTHORITY: () => 'Oslo has no county authority: Oslo kommune performs the county tasks',

  // A population figure (setOrganisationPopulation, createOrganisation's populations).
  POPULATION_YEAR_BETWEEN: (p: { min: number; max: number; got: string }) =>
    `year must be between ${p.min} and ${p.max} (got ${p.got})`,
  POPULATION_VALUE: (p: { got: string }) =>
    `value must be a whole number of inhabitants, 0 or more (got ${p.got})`,
  POPULATION_SOURCE_TOO_LONG: (p: { max: number }) => `source must be at most ${p.max} characters`,

  // Importing Statistics Norway's table 07459 (importPopulation).
  CSV_EMPTY: () => 'is empty',
  /** `detail` is the CSV reader's own (English) explanation. */
  CSV_UNREADABLE: (p: { detail: string }) => `is not readable as CSV: ${p.detail}`,
  CSV_NO_REGION_COLUMN: () =>
    'has no header line with a "region" column (download table 07459 with its headings)',
  CSV_NO_VALUE_COLUMN: () => 'has a year column but no value column after it (such as "Personer")',
  CSV_NO_YEAR: () =>
    'has neither a year column ("år") nor one column per year (such as "Personer 2025"): download table 07459 with the year',
  /** `years`: the years the file has, in order (none is possible). */
  CSV_YEAR_MISSING: (p: { year: number; years: readonly string[] }) =>
    `${p.year} is not in the file (it has ${p.years.length ? p.years.join(', ') : 'no years'}): download the year you import`,
  /** `statistics`: the statistics found, each already cut short. */
  CSV_SEVERAL_STATISTICS: (p: { statistics: readonly string[] }) =>
    `has more than one statistic (${p.statistics.map((s) => `"${s}"`).join(', ')}): select only "Personer"`,
  CSV_TOO_LONG: (p: { length: number; max: number }) =>
    `is ${p.length} characters; at most ${p.max} (select one year and download again)`,
  /** `unknown`: municipality numbers in the file that Gevinst does not know (the first ten). */
  CSV_NO_FIGURE: (p: { year: number; unknown: readonly string[] }) =>
    `has no figure for ${p.year} for any municipality in Gevinst` +
    (p.unknown.length ? ` (unknown municipality numbers: ${p.unknown.join(', ')})` : ''),
};
