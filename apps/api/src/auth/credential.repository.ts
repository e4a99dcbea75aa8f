import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '../common/unit-of-work.js';

/** What ending a user's credentials did. */
export interface RevokedCredentials {
  endedSessions: number;
  revokedApiTokens: number;
}

/**
 * The statements that end a user's credentials when the user changes (a new password, deactivation, new
 * roles or organisation), across the sessions and api_tokens tables: here, below user/, session/ and
 * api-token/, so that the user's changes and signing in can both use them without importing each other.
 * Sessions and tokens are otherwise SessionRepository's and ApiTokenRepository's.
 */
@Injectable()
export class CredentialRepository {
  constructor(private readonly uow: UnitOfWork) {}

  /**
   * Ends every session of a user except `keepSessionId` and revokes all the user's API tokens: what a
   * password change (by the user or an administrator) does, so a stolen credential stops working.
   */
  async revokeAllOf(userId: string, keepSessionId?: string): Promise<RevokedCredentials> {
    // Counted in a SELECT over the UPDATE, so the answer is plain rows on every driver.
    const [{ ended_sessions, revoked_api_tokens }] = await this.uow
      .manager()
      .query<{ ended_sessions: number; revoked_api_tokens: number }[]>(
        `WITH ended AS (
         UPDATE sessions SET revoked_at = now()
         WHERE user_id = $1 AND revoked_at IS NULL AND ($2::uuid IS NULL OR id <> $2::uuid) RETURNING 1
       ), revoked AS (
         UPDATE api_tokens SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL RETURNING 1
       )
       SELECT (SELECT count(*) FROM ended)::int AS ended_sessions, (SELECT count(*) FROM revoked)::int AS revoked_api_tokens`,
        [userId, keepSessionId ?? null],
      );
    return { endedSessions: ended_sessions, revokedApiTokens: revoked_api_tokens };
  }

  /** Ends every session of a user (their access follows their current state: nothing stale lives on). */
  async endSessionsOf(userId: string): Promise<void> {
    await this.uow
      .manager()
      .query(`UPDATE sessions SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`, [userId]);
  }
}
