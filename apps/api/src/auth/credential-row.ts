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
