import type { Role } from '@gevinst/domain';
import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '../common/unit-of-work.js';
import { SessionEntity } from './session.entity.js';

/** The caller behind a live session, with the session's last use. */
export interface SessionActorRow {
  user_id: string;
  email: string;
  name: string;
  organisation_id: string;
  roles: Role[];
  credential_id: string;
  scopes: null;
  last_used_at: Date | null;
  /** Unused for longer than the idle limit. */
  idle: boolean | null;
}

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
   * The active user behind a live (not revoked, not expired) session with this hash, and whether it has
   * been unused for longer than `idleMinutes`. Joined with users in the same statement: it runs on every
   * request that presents a session.
   */
  async actorByHash(tokenHash: string, idleMinutes: number): Promise<SessionActorRow | null> {
    const rows = await this.uow.manager().query<SessionActorRow[]>(
      `SELECT u.id AS user_id, u.email, u.name, u.organisation_id, u.roles, s.id AS credential_id,
              NULL::text[] AS scopes, s.last_used_at,
              s.last_used_at < now() - make_interval(mins => $2) AS idle
       FROM sessions s JOIN users u ON u.id = s.user_id
       WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now() AND u.active`,
      [tokenHash, idleMinutes],
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

  /** Records that the session was used now. */
  async touch(id: string): Promise<void> {
    await this.uow.manager().query(`UPDATE sessions SET last_used_at = now() WHERE id = $1`, [id]);
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
