import { randomUUID } from 'node:crypto';

/** The header a request id arrives in (from a proxy or a client) and is returned in. */
export const REQUEST_ID_HEADER = 'X-Request-Id';

/**
 * A request id we accept from outside: 1–128 characters of letters, digits and `-_.:` (a UUID, a ULID,
 * a proxy's trace id). Anything else — empty, too long, spaces, quotes, control characters — is not
 * echoed into our logs and headers; the request gets an id of its own instead.
 */
const WELL_FORMED = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

export function isWellFormedRequestId(value: unknown): value is string {
  return typeof value === 'string' && WELL_FORMED.test(value);
}

/**
 * The id of a request: the incoming `X-Request-Id` when it is well-formed (so a proxy's id follows the
 * request through our logs), otherwise a new random UUID. A header sent twice arrives as a list: the
 * first value counts.
 */
export function requestIdFor(
  incoming: string | string[] | undefined,
  generate: () => string = randomUUID,
): string {
  const candidate = Array.isArray(incoming) ? incoming[0] : incoming;
  return isWellFormedRequestId(candidate) ? candidate : generate();
}

/** The request id a request was given (see requestIdMiddleware), if any. */
export function requestIdOf(req: unknown): string | undefined {
  const id = (req as { id?: unknown } | undefined)?.id;
  return typeof id === 'string' ? id : undefined;
}
