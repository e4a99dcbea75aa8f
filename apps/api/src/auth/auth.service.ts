import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type Role, type ApiTokenScope } from '@gevinst/domain';
import type { Request, Response } from 'express';
import { GraphQLError } from 'graphql';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { unauthenticated } from '../common/errors.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { UserEntity } from '../user/user.entity.js';
import type { Actor, RequestWithActor } from './actor.js';
import { decoyHash, verifyPassword } from './password.js';
import { SessionEntity } from './session.entity.js';
import { API_TOKEN_PREFIX, SESSION_COOKIE, SESSION_PREFIX, hashSecret, newSecret } from './tokens.js';

interface ActorRow {
  user_id: string;
  email: string;
  name: string;
  organisation_id: string;
  roles: Role[];
  credential_id: string;
  scopes: ApiTokenScope[] | null;
  last_used_at: Date | null;
}

const WRONG_CREDENTIALS = 'The e-mail address or the password is wrong';

@Injectable()
export class AuthService {
  private readonly logger = new Logger(AuthService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
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
                NULL::text[] AS scopes, NULL::timestamptz AS last_used_at
         FROM sessions s JOIN users u ON u.id = s.user_id
         WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now() AND u.active`,
        [hash],
      );
    } else if (credential.startsWith(API_TOKEN_PREFIX)) {
      rows = await this.db.query(
        `SELECT u.id AS user_id, u.email, u.name, u.organisation_id, u.roles, t.id AS credential_id,
                t.scopes, t.last_used_at
         FROM api_tokens t JOIN users u ON u.id = t.user_id
         WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND t.expires_at > now() AND u.active`,
        [hash],
      );
    }
    const row = rows[0];
    if (!row) {
      req.authProblem = 'The session or API token is invalid, expired or revoked: sign in again';
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
    if (isToken && (!row.last_used_at || Date.now() - new Date(row.last_used_at).getTime() > 60_000)) {
      await this.db.query(`UPDATE api_tokens SET last_used_at = now() WHERE id = $1`, [row.credential_id]);
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
    await this.throttle(email, ip);
    const user = await this.db
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.email = :email', { email })
      .getOne();
    const valid = user
      ? user.active && (await verifyPassword(user.passwordHash, password))
      : await verifyPassword(await decoyHash(), password).then(() => false);
    await this.db.query(`INSERT INTO login_attempts (email, ip, succeeded) VALUES ($1, $2, $3)`, [
      email,
      ip,
      valid,
    ]);
    if (!user || !valid) {
      this.logger.warn(`Failed sign-in for ${email.slice(0, 100)} from ${ip}`);
      throw unauthenticated(WRONG_CREDENTIALS);
    }
    const token = newSecret(SESSION_PREFIX);
    const expiresAt = new Date(Date.now() + this.config.auth.sessionTtlHours * 3_600_000);
    await this.db.transaction(async (em) => {
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

  private async throttle(email: string, ip: string): Promise<void> {
    const { loginMaxFailures, loginWindowMinutes } = this.config.auth;
    const [counts] = await this.db.query<{ by_email: number; by_ip: number }[]>(
      `SELECT count(*) FILTER (WHERE email = $1)::int AS by_email, count(*) FILTER (WHERE ip = $2)::int AS by_ip
       FROM login_attempts
       WHERE NOT succeeded AND attempted_at > now() - make_interval(mins => $3)`,
      [email, ip, loginWindowMinutes],
    );
    if (counts.by_email >= loginMaxFailures || counts.by_ip >= loginMaxFailures * 4) {
      throw new GraphQLError(
        `Too many failed sign-ins ${counts.by_email >= loginMaxFailures ? 'for this account' : 'from this address'}: ` +
          `wait ${loginWindowMinutes} minutes and try again`,
        { extensions: { code: 'TOO_MANY_REQUESTS', retryAfterSeconds: loginWindowMinutes * 60 } },
      );
    }
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
