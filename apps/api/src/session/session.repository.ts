import { Injectable } from '@nestjs/common';
import { type CredentialActorRow, bookkeepingCommitSql, budgetWindowSql } from '../auth/credential-row.js';
import { UnitOfWork } from '../common/unit-of-work.js';
import { SessionEntity } from './session.entity.js';

/** What a new session holds (the secret itself is never stored, only its hash). */
export interface NewSession {
  tokenHash: string;
  userId: string;
  expiresAt: Date;
  userAgent: string | null;
  ip: string;
  identityProvider?: string | null;
}

/**
 * The only code that reads and writes the sessions table (but for ending all of a user's sessions when the
 * user changes: CredentialRepository) and the sign-in throttle's login_attempts, in the request's
 * transaction (UnitOfWork).
 */
@Injectable()
export class SessionRepository {
  constructor(private readonly uow: UnitOfWork) {}

  /**
   * The one authentication statement of a request presenting a session (indexed by the unique
   * token_hash): finds the live (not revoked, not expired) session of an active user and, in the same
   * UPDATE, records its use (the sliding idle limit; written at most once a minute), counts the request in the budget window of
   * `windowSeconds`, or ends the session when it was unused for longer than `idleMinutes`. Nothing is
   * cached, so a revocation or a deactivation applies to the very next request. Committed asynchronously
   * when it runs on its own (bookkeepingCommitSql).
   */
  async authenticate(
    tokenHash: string,
    idleMinutes: number,
    windowSeconds: number,
  ): Promise<CredentialActorRow | null> {
    // A SELECT over the UPDATE (a CTE), so the answer is plain rows on every driver.
    const rows = await this.uow.manager().query<CredentialActorRow[]>(
      `WITH used AS (
       UPDATE sessions s SET
         revoked_at = CASE WHEN s.last_used_at < now() - make_interval(mins => $2) THEN now() END,
         last_used_at = CASE WHEN s.last_used_at < now() - make_interval(mins => $2)
                               OR s.last_used_at > now() - interval '1 minute' THEN s.last_used_at ELSE now() END,
         budget_used = CASE WHEN s.budget_window = w.start THEN s.budget_used + 1 ELSE 1 END,
         budget_window = w.start
       FROM users u, (SELECT ${budgetWindowSql('$3')} AS start) w
       WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now() AND u.id = s.user_id AND u.active
       RETURNING u.id AS user_id, u.email, u.name, u.organisation_id, u.roles, u.kind AS user_kind,
         s.id AS credential_id, NULL::text[] AS scopes, s.revoked_at IS NOT NULL AS idle, s.budget_used,
         (extract(epoch FROM s.budget_window) * 1000)::float8 AS window_start_ms,
         (extract(epoch FROM now()) * 1000)::float8 AS now_ms${bookkeepingCommitSql(this.uow.inTransaction)}
       )
       SELECT * FROM used`,
      [tokenHash, idleMinutes, windowSeconds],
    );
    return rows[0] ?? null;
  }

  insert(session: NewSession): Promise<SessionEntity> {
    const table = this.uow.manager().getRepository(SessionEntity);
    return table.save(table.create(session));
  }

  /** The identity provider the session was signed in with (its slug), or null. */
  async identityProviderOf(id: string): Promise<string | null> {
    const rows = await this.uow
      .manager()
      .query<{ identity_provider: string | null }[]>(`SELECT identity_provider FROM sessions WHERE id = $1`, [
        id,
      ]);
    return rows[0]?.identity_provider ?? null;
  }

  /** Ends the session now (if it has not ended already). */
  async end(id: string): Promise<void> {
    await this.uow
      .manager()
      .query(`UPDATE sessions SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL`, [id]);
  }

  /**
   * Takes the transaction-level advisory locks of a sign-in attempt: always the e-mail's before the
   * address's, so two attempts cannot wait on each other.
   */
  async lockSignIn(email: string, ip: string): Promise<void> {
    await this.uow.manager().query(`SELECT pg_advisory_xact_lock(1, hashtext($1))`, [email]);
    await this.uow.manager().query(`SELECT pg_advisory_xact_lock(2, hashtext($1))`, [ip]);
  }

  /** The failed sign-ins of the last `windowMinutes`, by the e-mail and by the address. */
  async recentFailures(
    email: string,
    ip: string,
    windowMinutes: number,
  ): Promise<{ byEmail: number; byIp: number }> {
    const [counts] = await this.uow.manager().query<{ by_email: number; by_ip: number }[]>(
      `SELECT count(*) FILTER (WHERE email = $1)::int AS by_email, count(*) FILTER (WHERE ip = $2)::int AS by_ip
       FROM login_attempts
       WHERE NOT succeeded AND attempted_at > now() - make_interval(mins => $3) AND (email = $1 OR ip = $2)`,
      [email, ip, windowMinutes],
    );
    return { byEmail: counts.by_email, byIp: counts.by_ip };
  }

  /** Records a sign-in attempt as failed (until markSucceeded); its id. */
  async insertFailedAttempt(email: string, ip: string): Promise<string> {
    const [attempt] = await this.uow
      .manager()
      .query<{ id: string }[]>(
        `INSERT INTO login_attempts (email, ip, succeeded) VALUES ($1, $2, false) RETURNING id`,
        [email, ip],
      );
    return attempt.id;
  }

  async markSucceeded(attemptId: string): Promise<void> {
    await this.uow.manager().query(`UPDATE login_attempts SET succeeded = true WHERE id = $1`, [attemptId]);
  }
}
