/**
 * English messages of the domain module: the validators of libs/domain (organisation and municipality
 * numbers, NOK amounts, initiative codes, a benefit's value per unit). See ../types.ts for the conventions.
 */
export const domainEn = {
  /** A number of a fixed count of digits (an organisation number's 9, a municipality number's 4). */
  EXACT_DIGITS: (p: { digits: number; got: string }) => `must be exactly ${p.digits} digits (got ${p.got})`,
  /** Organisation numbers start with 8 or 9; `orgNumber` is the nine digits given. */
  ORG_NUMBER_FIRST_DIGIT: (p: { orgNumber: string }) =>
    `${p.orgNumber} cannot be an organisation number: they start with 8 or 9`,
  /** The modulus-11 check digit of the first eight digits would be 10: such a number is never issued. */
  ORG_NUMBER_NEVER_ISSUED: (p: { orgNumber: string }) =>
    `${p.orgNumber} cannot be issued: its first eight digits give no valid check digit`,
  /** `expected` is the check digit the first eight digits give, `digit` the ninth digit given. */
  ORG_NUMBER_CHECK_DIGIT: (p: { orgNumber: string; expected: number; digit: string }) =>
    `${p.orgNumber} has an invalid check digit: expected ${p.expected}, got ${p.digit}`,
  /** A municipality number's first two digits are its county's number, which must exist. */
  MUNICIPALITY_COUNTY_UNKNOWN: (p: { municipalityNumber: string; county: string }) =>
    `${p.municipalityNumber} starts with ${p.county}, which is not an existing county number`,
  NOK_AMOUNT: (p: { got: string }) =>
    `must be a NOK amount with at most two decimals, such as "1234.50" (got ${p.got})`,
  /** numeric(15, 2): `digits` before the decimal point at most (13, so 9999999999999.99). */
  NOK_AMOUNT_TOO_LARGE: (p: { digits: number; got: string }) =>
    `must be at most ${'9'.repeat(p.digits)}.99 in absolute value (${p.digits} digits before the decimal point; got ${p.got})`,
  INITIATIVE_CODE_FORMAT: (p: { got: string }) =>
    `must be 2–40 characters of upper-case letters, digits and dashes, starting with a letter or digit (got ${p.got})`,
  NON_MONETISED_VALUE_PER_UNIT: () =>
    'a NON_MONETISED benefit has no monetary value per unit: leave it out, or choose a monetised category',
};
