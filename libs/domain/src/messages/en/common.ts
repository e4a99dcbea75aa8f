/**
 * English messages shared by every module: the generic rules of a field (required, length, range, id,
 * page) and the generic errors (not found, changed by someone else, not allowed, sign in).
 *
 * A parameter named `got` is the offending value as the message quotes it back, already written by the
 * caller (a string in double quotes and cut short, a number as it is): the Norwegian writes «…» instead.
 */
export const commonEn = {
  /** A required text or list is empty. */
  REQUIRED: () => 'must not be empty',
  TOO_LONG: (p: { max: number }) => `must be at most ${p.max} characters`,
  TOO_SHORT: (p: { min: number }) => `must be at least ${p.min} characters`,
  TOO_MANY_AT_ONCE: (p: { max: number }) => `at most ${p.max} at once`,
  TOO_MANY: (p: { max: number }) => `at most ${p.max}`,
  LISTED_TWICE: () => 'is listed twice',
  /** A value outside an inclusive range. */
  NOT_BETWEEN: (p: { min: number | string; max: number | string; got: string }) =>
    `must be between ${p.min} and ${p.max} (got ${p.got})`,
  YEAR_BETWEEN: (p: { min: number; max: number; got: string }) =>
    `must be a year between ${p.min} and ${p.max} (got ${p.got})`,
  NOT_NEGATIVE: (p: { got: string }) => `must not be negative (got ${p.got})`,
  ZERO_OR_MORE: (p: { got: string }) => `must be 0 or more (got ${p.got})`,
  /** A paging cursor that this list did not hand out (or that was altered). */
  BAD_CURSOR: () => 'is not a cursor of this list: pass an endCursor from its pageInfo',
  /** A cursor (`after`) given together with a non-zero offset. */
  CURSOR_WITH_OFFSET: () => 'cannot be combined with offset: page by offset or by cursor',
  NOT_A_UUID: () => 'must be an id (a UUID)',
  NOT_A_UUID_GOT: (p: { got: string }) => `must be an id (a UUID) (got ${p.got})`,
  /** An entity looked up by id does not exist (or the caller may not know that it does). */
  NOT_FOUND: (p: { entity: string; id: string }) => `${p.entity} ${p.id} was not found`,
  /** An update sent with a version that is no longer current: nothing was changed. */
  STALE_VERSION: (p: { entity: string; sentVersion: number; currentVersion: number | null }) =>
    `${p.entity} was changed by someone else: you sent version ${p.sentVersion}` +
    (p.currentVersion === null ? '' : `, the current version is ${p.currentVersion}`) +
    '. Reload it and apply your change again.',
  NOT_ALLOWED: () => 'You are not allowed to do this',
  /** A money input given under its old name and its `…Amount` name with different values (issue 19). */
  MONEY_INPUT_BOTH_NAMES: (p: { old: string; amount: string }) =>
    `give ${p.amount} or the deprecated ${p.old}, not both with different values`,
  /** A required money input given under neither its `…Amount` name nor its old name. */
  MONEY_INPUT_REQUIRED: (p: { old: string; amount: string }) =>
    `required: give ${p.amount} (or the deprecated ${p.old})`,
  SIGN_IN: () => 'Sign in or send a valid API token',
};
