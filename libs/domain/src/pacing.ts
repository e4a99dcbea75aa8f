import { type Message, msg } from './messages';

/**
 * Pacing and machine credentials (docs/api.md, "Pacing" and "Service accounts"): the arithmetic of the
 * per-credential request budget and the expiry policy of API tokens. The database counts the requests
 * (in the authentication statement); these functions decide what the counts mean.
 */

/** A request budget: at most `limit` requests per fixed window of `windowSeconds`, per session or token. */
export interface RequestBudgetPolicy {
  limit: number;
  windowSeconds: number;
}

/** What the caller is told about its budget (the RateLimit-* headers and, when spent, Retry-After). */
export interface RequestBudgetState {
  limit: number;
  /** Requests left in the current window after this one (never below 0). */
  remaining: number;
  /** Whole seconds until the current window ends and the budget is full again (at least 1). */
  resetSeconds: number;
  /** This request is over the budget: it is refused with 429 and Retry-After = resetSeconds. */
  spent: boolean;
}

/**
 * The start of the fixed window that holds `nowMs`: windows are aligned to the Unix epoch, so every API
 * process (and the database) agrees on them without sharing any state but the count.
 * E.g. a 60 s window at 10:00:59.500 starts at 10:00:00.000; at 10:01:00.000 a new one starts.
 */
export function budgetWindowStart(nowMs: number, windowSeconds: number): number {
  const windowMs = windowSeconds * 1000;
  return Math.floor(nowMs / windowMs) * windowMs;
}

/**
 * The budget after the `used`-th request of the window that started at `windowStartMs` (`used` counts
 * this request). Hand arithmetic: limit 1,200 a minute, the 1,200th request at 10:00:45.200 → remaining 0,
 * not spent, reset in ceil(14.8) = 15 s; the 1,201st → spent, Retry-After 15.
 */
export function requestBudgetState(
  policy: RequestBudgetPolicy,
  used: number,
  windowStartMs: number,
  nowMs: number,
): RequestBudgetState {
  const windowEndMs = windowStartMs + policy.windowSeconds * 1000;
  return {
    limit: policy.limit,
    remaining: Math.max(policy.limit - used, 0),
    resetSeconds: Math.max(Math.ceil((windowEndMs - nowMs) / 1000), 1),
    spent: used > policy.limit,
  };
}

/** What an administrator may choose as an API token's expiry. */
export interface TokenExpiryPolicy {
  /** The longest lifetime a token may be given, in days. */
  maxLifetimeDays: number;
  /** Whether a token may be created without an expiry (API_TOKEN_ALLOW_NO_EXPIRY). */
  allowNoExpiry: boolean;
}

/**
 * Why an API token may not expire at `expiresAt` (null: never), or null when it may. Invalid or past
 * dates are refused, as are lifetimes over the policy's maximum (730 days: a token created 2026-01-01
 * may expire up to 2028-01-01 at the same time of day) and no expiry unless the policy allows it.
 */
export function tokenExpiryProblem(
  expiresAt: Date | null,
  nowMs: number,
  policy: TokenExpiryPolicy,
): Message | null {
  if (expiresAt === null) return policy.allowNoExpiry ? null : msg('TOKEN_EXPIRY_REQUIRED');
  const at = expiresAt.getTime();
  if (Number.isNaN(at) || at <= nowMs) return msg('NOT_IN_FUTURE');
  if (at - nowMs > policy.maxLifetimeDays * 86_400_000)
    return msg('TOKEN_LIFETIME_TOO_LONG', { days: policy.maxLifetimeDays });
  return null;
}

/** Who a user is: a person (signs in with a password) or a service account (API tokens only). */
export enum UserKind {
  PERSON = 'PERSON',
  SERVICE_ACCOUNT = 'SERVICE_ACCOUNT',
}
