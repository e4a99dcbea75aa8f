import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type Role, type ApiTokenScope, msg } from '@gevinst/domain';
import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { AppError, badInput, forbidden, unauthenticated } from '../common/errors.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { UserEntity } from '../user/user.entity.js';
import type { Actor, RequestWithActor } from '../auth/actor.js';
import { newPasswordProblem } from '../auth/common-passwords.js';
import { PasswordVerifier, hashPassword } from '../auth/password.js';
import { revokeCredentialsOf } from '../auth/credentials.js';
import { SessionEntity } from './session.entity.js';
import { API_TOKEN_PREFIX, SESSION_COOKIE, SESSION_PREFIX, hashSecret, newSecret } from '../auth/tokens.js';

interface ActorRow {
  user_id: string;
  email: string;
  name: string;
  organisation_id: string;
  roles: Role[];
  credential_id: string;
  scopes: ApiTokenScope[] | null;
  last_used_at: Date | null;
  /** Sessions only: unused for longer than SESSION_IDLE_MINUTES. */
  idle: boolean | null;
}

/** A session's last use is written at most this often, not on every request. */
const LAST_USE_RESOLUTION_MS = 60_000;

@Injectable()
export class AuthService {
  private readonly logger = new Logger(AuthService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
    private readonly passwords: PasswordVerifier,
  ) {}

  /** The bearer token, or else the session cookie the admin UI uses. */
  credentialOf(req: Request): string | undefined {
    const header = req.headers.authorization;
    if (header) {
      const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
      return match ? match[1] : header;
    }
    const cookies: unknown = req.cookies;
    const value =
      typeof cookies === 'object' && cookies !== null
        ? (cookies as Record<string, unknown>)[SESSION_COOKIE]
        : undefined;
    return typeof value === 'string' ? value : undefined;
  }

  /** Finds who is calling; sets `req.actor`, or `req.authProblem` when a credential was refused. */
  async authenticate(req: RequestWithActor): Promise<void> {
    const credential = this.credentialOf(req);
    if (!credential) return;
    const hash = hashSecret(credential);
    let rows: ActorRow[] = [];
    if (credential.startsWith(SESSION_PREFIX)) {
      rows = await this.db.query(
        `SELECT u.id AS user_id, u.email, u.name, u.organisation_id, u.roles, s.id AS credential_id,
                NULL::text[] AS scopes, s.last_used_at,
                s.last_used_at < now() - make_interval(mins => $2) AS idle
         FROM sessions s JOIN users u ON u.id = s.user_id
         WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now() AND u.active`,
        [hash, this.config.auth.sessionIdleMinutes],
      );
    } else if (credential.startsWith(API_TOKEN_PREFIX)) {
      rows = await this.db.query(
        `SELECT u.id AS user_id, u.email, u.name, u.organisation_id, u.roles, t.id AS credential_id,
                t.scopes, t.last_used_at, NULL::boolean AS idle
         FROM api_tokens t JOIN users u ON u.id = t.user_id
         WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND t.expires_at > now() AND u.active`,
        [hash],
      );
    }
    const row = rows[0];
    if (!row) {
      req.authProblem = msg('CREDENTIAL_REFUSED');
      return;
    }
    if (row.idle) {
      // Ended for good: a later request with it is refused even if the idle limit is raised meanwhile.
      await this.db.query(`UPDATE sessions SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL`, [
        row.credential_id,
      ]);
      req.authProblem = msg('SESSION_IDLE', { minutes: this.config.auth.sessionIdleMinutes });
      return;
    }
    const isToken = row.scopes !== null;
    req.actor = {
      kind: isToken ? 'API_TOKEN' : 'USER',
      userId: row.user_id,
      email: row.email,
      name: row.name,
      organisationId: row.organisation_id,
      roles: row.roles,
      ...(isToken ? { scopes: row.scopes!, tokenId: row.credential_id } : { sessionId: row.credential_id }),
    };
    if (!row.last_used_at || Date.now() - new Date(row.last_used_at).getTime() > LAST_USE_RESOLUTION_MS) {
      await this.db.query(
        isToken
          ? `UPDATE api_tokens SET last_used_at = now() WHERE id = $1`
          : `UPDATE sessions SET last_used_at = now() WHERE id = $1`,
        [row.credential_id],
      );
    }
  }

  async login(
    emailInput: string,
    password: string,
    req: Request,
    res: Response | undefined,
  ): Promise<{ token: string; expiresAt: Date; user: UserEntity }> {
    const email = emailInput.trim().toLowerCase();
    const ip = req.ip ?? 'unknown';
    // Counted as a failure before the password is verified, and marked succeeded only afterwards.
    const attemptId = await this.reserveAttempt(email, ip);
    const user = await this.db
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.email = :email', { email })
      .getOne();
    // Exactly one argon2 verification whatever the reason for refusing (unknown, deactivated, wrong).
    const verified = await this.passwords.verify(user?.passwordHash, password);
    if (!user || !user.active || !verified) {
      this.logger.warn(`Failed sign-in for ${email.slice(0, 100)} from ${ip}`);
      throw unauthenticated(msg('WRONG_CREDENTIALS'));
    }
    const token = newSecret(SESSION_PREFIX);
    const expiresAt = new Date(Date.now() + this.config.auth.sessionTtlHours * 3_600_000);
    await this.db.transaction(async (em) => {
      await em.query(`UPDATE login_attempts SET succeeded = true WHERE id = $1`, [attemptId]);
      const session = await em.getRepository(SessionEntity).save(
        em.getRepository(SessionEntity).create({
          tokenHash: hashSecret(token),
          userId: user.id,
          expiresAt,
          userAgent: req.headers['user-agent']?.slice(0, 500) ?? null,
          ip,
        }),
      );
      await em.query(`UPDATE users SET last_login_at = now() WHERE id = $1`, [user.id]);
      await this.audit.record(em, this.actorFor(user, session.id), {
        operation: 'login',
        entityType: 'Session',
        entityId: session.id,
        ownerOrganisationId: user.organisationId,
        after: { userId: user.id, expiresAt, ip },
      });
    });
    res?.cookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'strict',
      secure: this.config.auth.cookieSecure,
      path: '/',
      expires: expiresAt,
    });
    const { passwordHash: _hash, ...safe } = user;
    return { token, expiresAt, user: safe as UserEntity };
  }

  /**
   * Changes the caller's own password: the current one must be right (a wrong one counts as a failed
   * sign-in and is throttled like one) and the new one must pass newPasswordProblem. Every other session
   * of the user ends and every API token of the user is revoked; the caller's session goes on.
   */
  async changePassword(
    actor: Actor,
    currentPassword: string,
    newPassword: string,
    req: Request,
  ): Promise<boolean> {
    if (actor.kind !== 'USER' || !actor.sessionId) throw forbidden(msg('PASSWORD_NEEDS_PERSON'));
    const attemptId = await this.reserveAttempt(actor.email, req.ip ?? 'unknown');
    const [row] = await this.db.query<{ password_hash: string }[]>(
      `SELECT password_hash FROM users WHERE id = $1 AND active`,
      [actor.userId],
    );
    if (!(await this.passwords.verify(row?.password_hash, currentPassword)))
      throw badInput('currentPassword', msg('NOT_CURRENT_PASSWORD'));
    await this.db.query(`UPDATE login_attempts SET succeeded = true WHERE id = $1`, [attemptId]);
    const problem = newPasswordProblem(newPassword);
    if (problem) throw badInput('newPassword', problem);
    const passwordHash = await hashPassword(newPassword);
    await this.db.transaction(async (em) => {
      await em.query(
        `UPDATE users SET password_hash = $2, version = version + 1, updated_at = now() WHERE id = $1`,
        [actor.userId, passwordHash],
      );
      const revoked = await revokeCredentialsOf(em, actor.userId, actor.sessionId);
      await this.audit.record(em, actor, {
        operation: 'changePassword',
        entityType: 'User',
        entityId: actor.userId,
        ownerOrganisationId: actor.organisationId,
        after: { passwordChanged: true, ...revoked },
      });
    });
    return true;
  }

  /** Ends the caller's session (an API token is revoked with revokeApiToken instead). */
  async logout(actor: Actor, res: Response | undefined): Promise<boolean> {
    res?.clearCookie(SESSION_COOKIE, { path: '/' });
    if (!actor.sessionId) return false;
    await this.db.transaction(async (em) => {
      await em.query(`UPDATE sessions SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL`, [
        actor.sessionId,
      ]);
      await this.audit.record(em, actor, {
        operation: 'logout',
        entityType: 'Session',
        entityId: actor.sessionId!,
        ownerOrganisationId: actor.organisationId,
      });
    });
    return true;
  }

  /**
   * Decides whether a sign-in attempt may be evaluated and, if so, records it as a failure before the
   * password is verified (login marks it succeeded afterwards). Counting and recording happen under
   * transaction-level advisory locks on the e-mail and the address, so parallel attempts are decided one
   * after the other: with LOGIN_MAX_FAILURES = 5, at most 5 wrong passwords are ever verified for an
   * account in a window, however many requests arrive at once.
   */
  private async reserveAttempt(email: string, ip: string): Promise<string> {
    const { loginMaxFailures, loginWindowMinutes } = this.config.auth;
    return this.db.transaction(async (em) => {
      // Always the e-mail's lock before the address's, so two attempts cannot wait on each other.
      await em.query(`SELECT pg_advisory_xact_lock(1, hashtext($1))`, [email]);
      await em.query(`SELECT pg_advisory_xact_lock(2, hashtext($1))`, [ip]);
      const [counts] = await em.query<{ by_email: number; by_ip: number }[]>(
        `SELECT count(*) FILTER (WHERE email = $1)::int AS by_email, count(*) FILTER (WHERE ip = $2)::int AS by_ip
         FROM login_attempts
         WHERE NOT succeeded AND attempted_at > now() - make_interval(mins => $3) AND (email = $1 OR ip = $2)`,
        [email, ip, loginWindowMinutes],
      );
      if (counts.by_email >= loginMaxFailures || counts.by_ip >= loginMaxFailures * 4) {
        throw new AppError(
          'TOO_MANY_REQUESTS',
          msg('TOO_MANY_SIGN_INS', {
            by: counts.by_email >= loginMaxFailures ? 'account' : 'address',
            minutes: loginWindowMinutes,
          }),
          [],
          { retryAfterSeconds: loginWindowMinutes * 60 },
        );
      }
      const [attempt] = await em.query<{ id: string }[]>(
        `INSERT INTO login_attempts (email, ip, succeeded) VALUES ($1, $2, false) RETURNING id`,
        [email, ip],
      );
      return attempt.id;
    });
  }

  private actorFor(user: UserEntity, sessionId: string): Actor {
    return {
      kind: 'USER',
      userId: user.id,
      email: user.email,
      name: user.name,
      organisationId: user.organisationId,
      roles: user.roles,
      sessionId,
    };
  }
}
