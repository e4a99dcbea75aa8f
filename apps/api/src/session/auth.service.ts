import { Inject, Injectable, Logger } from '@nestjs/common';
import { msg, requestBudgetState } from '@gevinst/domain';
import type { Request, Response } from 'express';
import { ApiTokenRepository } from '../api-token/api-token.repository.js';
import type { CredentialActorRow } from '../auth/credential-row.js';
import { AuditRepository } from '../audit/audit.repository.js';
import { Mutations } from '../audit/mutation.js';
import { AppError, badInput, forbidden, unauthenticated } from '../common/errors.js';
import { UnitOfWork } from '../common/unit-of-work.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import type { UserEntity } from '../user/user.entity.js';
import { UserRepository } from '../user/user.repository.js';
import type { Actor, RequestWithActor } from '../auth/actor.js';
import { newPasswordProblem } from '../config/common-passwords.js';
import { CredentialRepository } from '../auth/credential.repository.js';
import { PasswordVerifier, hashPassword } from '../auth/password.js';
import { SessionRepository } from './session.repository.js';
import { API_TOKEN_PREFIX, SESSION_COOKIE, SESSION_PREFIX, hashSecret, newSecret } from '../auth/tokens.js';

/**
 * Signing in and out, the caller of every request, and changing one's own password. The statements are
 * SessionRepository's (sessions, the sign-in throttle), ApiTokenRepository's, UserRepository's and
 * CredentialRepository's; the steps that belong together run in one UnitOfWork transaction.
 */
@Injectable()
export class AuthService {
  private readonly logger = new Logger(AuthService.name);

  constructor(
    private readonly uow: UnitOfWork,
    private readonly sessions: SessionRepository,
    private readonly tokens: ApiTokenRepository,
    private readonly users: UserRepository,
    private readonly credentials: CredentialRepository,
    private readonly auditLog: AuditRepository,
    private readonly mutations: Mutations,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
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

  /**
   * Finds who is calling, in one statement whatever the credential (SessionRepository/ApiTokenRepository
   * authenticate: the credential, its last use, the user's roles and organisation and the request
   * budget's count); sets `req.actor` and `req.budget`, or `req.authProblem` when a credential was refused.
   */
  async authenticate(req: RequestWithActor): Promise<void> {
    const credential = this.credentialOf(req);
    if (!credential) return;
    const hash = hashSecret(credential);
    const { sessionIdleMinutes, requestBudget } = this.config.auth;
    let row: CredentialActorRow | null = null;
    if (credential.startsWith(SESSION_PREFIX)) {
      row = await this.sessions.authenticate(hash, sessionIdleMinutes, requestBudget.windowSeconds);
    } else if (credential.startsWith(API_TOKEN_PREFIX)) {
      row = await this.tokens.authenticate(hash, requestBudget.windowSeconds);
    }
    if (!row) {
      req.authProblem = msg('CREDENTIAL_REFUSED');
      return;
    }
    if (row.idle) {
      // Ended for good by the statement: a later request with it is refused even if the limit is raised.
      req.authProblem = msg('SESSION_IDLE', { minutes: sessionIdleMinutes });
      return;
    }
    const isToken = row.scopes !== null;
    req.budget = requestBudgetState(requestBudget, row.budget_used, row.window_start_ms, row.now_ms);
    req.actor = {
      kind: isToken ? 'API_TOKEN' : 'USER',
      userId: row.user_id,
      email: row.email,
      name: row.name,
      organisationId: row.organisation_id,
      roles: row.roles,
      ...(isToken ? { scopes: row.scopes!, tokenId: row.credential_id } : { sessionId: row.credential_id }),
    };
  }

  async login(
    emailInput: string,
    password: string,
    req: Request,
    res: Response | undefined,
  ): Promise<{ token: string; expiresAt: Date; user: UserEntity }> {
    if (!this.config.passwordLoginEnabled) throw forbidden(msg('PASSWORD_LOGIN_DISABLED'));
    const email = emailInput.trim().toLowerCase();
    const ip = req.ip ?? 'unknown';
    // Counted as a failure before the password is verified, and marked succeeded only afterwards.
    const attemptId = await this.reserveAttempt(email, ip);
    const user = await this.users.findByEmailWithPassword(email);
    // Exactly one argon2 verification whatever the reason for refusing (unknown, deactivated, wrong).
    const verified = await this.passwords.verify(user?.passwordHash, password);
    if (!user || !user.active || !verified) {
      this.logger.warn(`Failed sign-in for ${email.slice(0, 100)} from ${ip}`);
      throw unauthenticated(msg('WRONG_CREDENTIALS'));
    }
    return this.startSession(user, req, res, { attemptId });
  }

  /**
   * Creates a session for a user who has proven who they are (a verified password, or an identity
   * provider's validated answer), audits the sign-in and sets the session cookie the admin UI uses.
   * Runs in a transaction of its own unless the caller's is open.
   */
  async startSession(
    user: UserEntity,
    req: Request,
    res: Response | undefined,
    options: { attemptId?: string; identityProvider?: string } = {},
  ): Promise<{ token: string; expiresAt: Date; user: UserEntity }> {
    const ip = req.ip ?? 'unknown';
    const token = newSecret(SESSION_PREFIX);
    const expiresAt = new Date(Date.now() + this.config.auth.sessionTtlHours * 3_600_000);
    // Not a change by a caller (the session it creates is the actor), so a transaction of its own.
    await this.uow.transaction(async () => {
      if (options.attemptId) await this.sessions.markSucceeded(options.attemptId);
      const session = await this.sessions.insert({
        tokenHash: hashSecret(token),
        userId: user.id,
        expiresAt,
        userAgent: req.headers['user-agent']?.slice(0, 500) ?? null,
        ip,
        identityProvider: options.identityProvider ?? null,
      });
      await this.users.recordLogin(user.id);
      await this.auditLog.record(this.actorFor(user, session.id), {
        operation: 'login',
        entityType: 'Session',
        entityId: session.id,
        ownerOrganisationId: user.organisationId,
        after: {
          userId: user.id,
          expiresAt,
          ip,
          ...(options.identityProvider ? { identityProvider: options.identityProvider } : {}),
        },
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
    const currentHash = await this.users.activePasswordHash(actor.userId);
    if (!(await this.passwords.verify(currentHash, currentPassword)))
      throw badInput('currentPassword', msg('NOT_CURRENT_PASSWORD'));
    await this.sessions.markSucceeded(attemptId);
    const problem = newPasswordProblem(newPassword);
    if (problem) throw badInput('newPassword', problem);
    const passwordHash = await hashPassword(newPassword);
    return this.mutations
      .mutate(actor, {
        load: () => Promise.resolve(null),
        authorise: () => undefined,
        apply: async () => {
          await this.users.setPasswordHash(actor.userId, passwordHash);
          return this.credentials.revokeAllOf(actor.userId, actor.sessionId);
        },
        audit: (_none, revoked) => ({
          operation: 'changePassword',
          entityType: 'User',
          entityId: actor.userId,
          ownerOrganisationId: actor.organisationId,
          after: { passwordChanged: true, ...revoked },
        }),
      })
      .then(() => true);
  }

  /** The slug of the identity provider a session was signed in with, or null (a password). */
  identityProviderOfSession(sessionId: string): Promise<string | null> {
    return this.sessions.identityProviderOf(sessionId);
  }

  /** Ends the caller's session (an API token is revoked with revokeApiToken instead). */
  async logout(actor: Actor, res: Response | undefined): Promise<boolean> {
    res?.clearCookie(SESSION_COOKIE, { path: '/' });
    const sessionId = actor.sessionId;
    if (!sessionId) return false;
    await this.mutations.mutate(actor, {
      load: () => Promise.resolve(null),
      authorise: () => undefined,
      apply: () => this.sessions.end(sessionId),
      audit: () => ({
        operation: 'logout',
        entityType: 'Session',
        entityId: sessionId,
        ownerOrganisationId: actor.organisationId,
      }),
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
  private reserveAttempt(email: string, ip: string): Promise<string> {
    const { loginMaxFailures, loginWindowMinutes } = this.config.auth;
    return this.uow.transaction(async () => {
      await this.sessions.lockSignIn(email, ip);
      const counts = await this.sessions.recentFailures(email, ip, loginWindowMinutes);
      if (counts.byEmail >= loginMaxFailures || counts.byIp >= loginMaxFailures * 4) {
        throw new AppError(
          'TOO_MANY_REQUESTS',
          msg('TOO_MANY_SIGN_INS', {
            by: counts.byEmail >= loginMaxFailures ? 'account' : 'address',
            minutes: loginWindowMinutes,
          }),
          [],
          { retryAfterSeconds: loginWindowMinutes * 60 },
        );
      }
      return this.sessions.insertFailedAttempt(email, ip);
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
