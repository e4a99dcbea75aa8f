import { type Message, renderMessage } from '@gevinst/domain';

/**
 * Every problem the library reports is a CostModelError with a stable `code` the API can map to a
 * GraphQL error (the kind of problem), a `path` to the offending input where there is one (`total`,
 * `participants[3].drivers.population`, `groups[1].key.driver`) and the problem itself as a message code
 * with parameters (`problem`, a code of the costModel module of @gevinst/domain's catalogue, more
 * specific than `code`), whose English is the error's message.
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

/** One problem of a key specification: where in the key, and what (in English and as a code). */
export interface KeySpecIssue {
  /** e.g. "groups[1].key.driver"; empty for the key as a whole */
  path: string;
  /** The problem in English. */
  message: string;
  problem: Message;
}

export class CostModelError extends Error {
  override readonly name = 'CostModelError';
  /** The message without the path in front, in English, for callers that show the path separately. */
  readonly reason: string;

  constructor(
    readonly code: CostModelErrorCode,
    /** What was wrong, as a message code with parameters; its English is `reason`. */
    readonly problem: Message,
    readonly path?: string,
    /** For INVALID_SPEC: every problem found, each with its path in the key. */
    readonly issues?: readonly KeySpecIssue[],
  ) {
    const reason = renderMessage(problem, 'en');
    super(path === undefined ? reason : `${path}: ${reason}`);
    this.reason = reason;
  }
}

export function isCostModelError(value: unknown): value is CostModelError {
  return value instanceof CostModelError;
}
