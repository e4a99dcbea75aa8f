import type { ApiTokenScope, Role } from '@gevinst/domain';

/**
 * The caller behind a live credential (session or API token), as the one authentication statement of a
 * request returns it: the user (roles and organisation, for the access scope), the credential, and the
 * credential's request count in the current budget window.
 */
export interface CredentialActorRow {
  user_id: string;
  email: string;
  name: string;
  organisation_id: string;
  roles: Role[];
  user_kind: 'PERSON' | 'SERVICE_ACCOUNT';
  credential_id: string;
  /** A token's scopes; null for a session. */
  scopes: ApiTokenScope[] | null;
  /** A session unused for longer than the idle limit: this statement has just ended it. */
  idle: boolean;
  /** Requests in the current window, this one included. */
  budget_used: number;
  /** The start of the current window and the database's now, in epoch milliseconds. */
  window_start_ms: number;
  now_ms: number;
}

/** The budget window of `$n` seconds that holds now(), aligned to the epoch (domain: budgetWindowStart). */
export function budgetWindowSql(param: string): string {
  return `to_timestamp(floor(extract(epoch FROM now()) / ${param}) * ${param})`;
}

/**
 * What an authentication statement adds to its RETURNING list when it runs on its own (no open
 * transaction): the statement's implicit transaction commits asynchronously (PostgreSQL's
 * `synchronous_commit = off`, local to that transaction). Its writes are the credential's bookkeeping (last
 * use, the request budget's count, an idle session's end), and every request of a credential writes the
 * same row, so each request's row lock was held until its commit record reached the disk, and requests
 * sharing a credential queued for it. A database crash can lose the last fraction of a second of such
 * bookkeeping (never other transactions' data, nor the database's consistency): a few requests uncounted,
 * a last use a moment older, an idle session ended again by its next request. Inside an open transaction
 * nothing is added, so its other writes keep their durability.
 */
export function bookkeepingCommitSql(inTransaction: boolean): string {
  return inTransaction ? '' : `, set_config('synchronous_commit', 'off', true) AS commit_mode`;
}
