/**
 * English messages of the export module: the query parameters of the allocation exports
 * (apps/api/src/export). See ../types.ts for the conventions.
 */
export const exportEn = {
  /** `format`: the export's file type ("csv", "xlsx"); `allowed`: the parameters it takes. */
  NOT_A_PARAMETER: (p: { format: string; allowed: readonly string[] }) =>
    `is not a parameter of allocations.${p.format} (use ${p.allowed.join(', ')})`,
  GIVEN_MORE_THAN_ONCE: () => 'is given more than once',
  SINGLE_VALUE: () => 'must be a single value',
  /** `choices`: the accepted values; `got`: the value as sent, quoted and cut short. */
  ONE_OF: (p: { choices: readonly string[]; got: string }) =>
    `must be ${p.choices.map((choice) => `"${choice}"`).join(' or ')} (got ${p.got})`,
  TRUE_OR_FALSE: (p: { got: string }) => `must be true or false (got ${p.got})`,
  TOO_MANY_LINES_FOR_WORKSHEET: (p: { lines: number; max: number }) =>
    `matches ${p.lines} lines, more than a worksheet holds (${p.max} with the header and totals): ` +
    'narrow it (organisationId, initiativeId, year) or use allocations.csv',
};
