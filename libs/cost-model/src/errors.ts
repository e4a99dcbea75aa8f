/**
 * Every problem the library reports is a CostModelError with a stable `code` the API can map to a
 * GraphQL error, a `path` to the offending input where there is one (`total`, `participants[3].drivers.population`,
 * `groups[1].key.driver`) and a message in plain words.
 */
export type CostModelErrorCode =
  /** The key specification is not valid JSON for any method (the message names the path). */
  | 'INVALID_SPEC'
  /** A NOK amount, rate, percentage, date or number in the input is malformed. */
  | 'INVALID_AMOUNT'
  /** The total is missing for a method that splits one, given for PER_UNIT, or negative. */
  | 'INVALID_TOTAL'
  | 'NO_PARTICIPANTS'
  | 'DUPLICATE_ID'
  | 'MISSING_DRIVER'
  | 'NEGATIVE_DRIVER'
  /** The driver is present but is not a finite number or decimal string. */
  | 'INVALID_DRIVER'
  /** The drivers that should carry the split add up to zero. */
  | 'ZERO_TOTAL_DRIVER'
  /** FIXED_SHARES names a participant that is not taking part. */
  | 'UNKNOWN_PARTICIPANT'
  /** FIXED_SHARES has no share for a participant that is taking part. */
  | 'MISSING_SHARE'
  /** TWO_LEVEL: a participant has no group. */
  | 'MISSING_GROUP'
  /** TWO_LEVEL: a participant's group is not in the key. */
  | 'UNKNOWN_GROUP'
  /** TWO_LEVEL: a group in the key has no participant. */
  | 'EMPTY_GROUP'
  /** BASE_PLUS_PROPORTIONAL: the base fees alone exceed the total. */
  | 'BASES_EXCEED_TOTAL'
  /** No allocation can satisfy the floors and caps. */
  | 'INFEASIBLE_FLOOR_CAP'
  /** Realisation, NPV or net-position input that is inconsistent (dates out of order, unknown level...). */
  | 'INVALID_INPUT';

export class CostModelError extends Error {
  override readonly name = 'CostModelError';
  /** The message without the path in front, for callers that show the path separately. */
  readonly reason: string;

  constructor(
    readonly code: CostModelErrorCode,
    message: string,
    readonly path?: string,
    /** For INVALID_SPEC: every problem found, each with its path in the key. */
    readonly issues?: readonly { path: string; message: string }[],
  ) {
    super(path === undefined ? message : `${path}: ${message}`);
    this.reason = message;
  }
}

export function isCostModelError(value: unknown): value is CostModelError {
  return value instanceof CostModelError;
}
