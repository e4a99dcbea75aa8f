import { Role } from '@gevinst/domain';
import type { Request, Response } from 'express';
import type { ApiTokenRepository } from '../api-token/api-token.repository.js';
import type { Actor } from '../auth/actor.js';
import type { CredentialRepository } from '../auth/credential.repository.js';
import { PasswordVerifier, hashPassword, verifyPassword } from '../auth/password.js';
import { SESSION_PREFIX, hashSecret } from '../auth/tokens.js';
import { Mutations } from '../audit/mutation.js';
import { AppError } from '../common/errors.js';
import type { UnitOfWork } from '../common/unit-of-work.js';
import type { AppConfig } from '../config/app-config.js';
import type { UserEntity } from '../user/user.entity.js';
import type { UserRepository } from '../user/user.repository.js';
import { AuthService } from './auth.service.js';
import type { NewSession, SessionRepository } from './session.repository.js';
import { actorOf, auditRecorder } from '../testing/fakes.js';

const ORG = '11111111-1111-4111-8111-111111111111';
const OLA = '22222222-2222-4222-8222-222222222222';
const KARI = '33333333-3333-4333-8333-333333333333';
const OLA_PASSWORD = 'a-long-enough-passphrase';
const NEW_PASSWORD = 'another-long-passphrase-2026';
const IP = '10.0.0.7';
/** Small limits, so the throttle is reached in a few attempts. */
const MAX_FAILURES = 3;
const WINDOW_MINUTES = 15;

interface Attempt {
  email: string;
  ip: string;
  succeeded: boolean;
}
interface StoredSession extends NewSession {
  id: string;
  revoked: boolean;
}
interface StoredToken {
  id: string;
  userId: string;
  revoked: boolean;
}

/** One argon2 hash for every test (hashing is deliberately slow). */
let olaHash: string;
beforeAll(async () => {
  olaHash = await hashPassword(OLA_PASSWORD);
});

/** The real verifier, counting how often it is asked (every refusal must cost one verification). */
class CountingVerifier extends PasswordVerifier {
  calls = 0;
  override verify(passwordHash: string | null | undefined, password: string): Promise<boolean> {
    this.calls++;
    return super.verify(passwordHash, password);
  }
}

/**
 * The service on in-memory tables: users (Ola active, Kari deactivated, both with Ola's password), login
 * attempts, sessions (Ola has one other session) and API tokens (Ola has one). A transaction rolls back
 * the tables' writes when its work throws, as the real UnitOfWork does.
 */
function setup() {
  const users = new Map<string, UserEntity>(
    [
      { id: OLA, email: 'ola@demo.gevinst.no', active: true },
      { id: KARI, email: 'kari@demo.gevinst.no', active: false },
    ].map((user) => [
      user.id,
      {
        ...user,
        name: 'Navn',
        organisationId: ORG,
        roles: [Role.INITIATIVE_OWNER],
        passwordHash: olaHash,
        version: 1,
      } as UserEntity,
    ]),
  );
  const attempts = new Map<string, Attempt>();
  const sessions: StoredSession[] = [
    {
      id: 'other-session',
      tokenHash: 'h',
      userId: OLA,
      expiresAt: new Date(),
      userAgent: null,
      ip: IP,
      revoked: false,
    },
  ];
  const apiTokens: StoredToken[] = [{ id: 'token-1', userId: OLA, revoked: false }];
  const logins: string[] = [];
  const { auditLog, entries: audited } = auditRecorder();
  const locks: string[] = [];

  // Rollback: what each table held when the outermost transaction began comes back if its work throws.
  let depth = 0;
  const uow = {
    transaction: async <T>(work: () => Promise<T>): Promise<T> => {
      if (depth > 0) return work();
      const saved = {
        users: new Map([...users].map(([id, user]) => [id, { ...user }])),
        attempts: new Map([...attempts].map(([id, attempt]) => [id, { ...attempt }])),
        sessions: sessions.map((session) => ({ ...session })),
        apiTokens: apiTokens.map((token) => ({ ...token })),
        logins: [...logins],
        audited: [...audited],
      };
      depth++;
      try {
        return await work();
      } catch (error) {
        users.clear();
        for (const [id, user] of saved.users) users.set(id, user);
        attempts.clear();
        for (const [id, attempt] of saved.attempts) attempts.set(id, attempt);
        sessions.splice(0, sessions.length, ...saved.sessions);
        apiTokens.splice(0, apiTokens.length, ...saved.apiTokens);
        logins.splice(0, logins.length, ...saved.logins);
        audited.splice(0, audited.length, ...saved.audited);
        throw error;
      } finally {
        depth--;
      }
    },
  } as unknown as UnitOfWork;

  const sessionRepository = {
    lockSignIn: (email: string, ip: string) => (locks.push(`${email} ${ip}`), Promise.resolve()),
    recentFailures: (email: string, ip: string, windowMinutes: number) => {
      expect(windowMinutes).toBe(WINDOW_MINUTES);
      const failed = [...attempts.values()].filter((attempt) => !attempt.succeeded);
      return Promise.resolve({
        byEmail: failed.filter((attempt) => attempt.email === email).length,
        byIp: failed.filter((attempt) => attempt.ip === ip).length,
      });
    },
    insertFailedAttempt: (email: string, ip: string) => {
      const id = `attempt-${attempts.size + 1}`;
      attempts.set(id, { email, ip, succeeded: false });
      return Promise.resolve(id);
    },
    markSucceeded: (id: string) => {
      attempts.get(id)!.succeeded = true;
      return Promise.resolve();
    },
    insert: (session: NewSession) => {
      const stored = { ...session, id: `session-${sessions.length + 1}`, revoked: false };
      sessions.push(stored);
      return Promise.resolve({ ...stored });
    },
    end: (id: string) => {
      for (const session of sessions) if (session.id === id) session.revoked = true;
      return Promise.resolve();
    },
  } as unknown as SessionRepository;

  const userRepository = {
    findByEmailWithPassword: (email: string) =>
      Promise.resolve([...users.values()].find((user) => user.email === email) ?? null),
    activePasswordHash: (id: string) => {
      const user = users.get(id);
      return Promise.resolve(user?.active ? user.passwordHash : null);
    },
    setPasswordHash: (id: string, passwordHash: string) => {
      const user = users.get(id)!;
      users.set(id, { ...user, passwordHash, version: user.version + 1 });
      return Promise.resolve();
    },
    recordLogin: (id: string) => (logins.push(id), Promise.resolve()),
  } as unknown as UserRepository;

  const credentials = {
    revokeAllOf: (userId: string, keepSessionId?: string) => {
      const ended = sessions.filter((s) => s.userId === userId && !s.revoked && s.id !== keepSessionId);
      const revoked = apiTokens.filter((token) => token.userId === userId && !token.revoked);
      for (const credential of [...ended, ...revoked]) credential.revoked = true;
      return Promise.resolve({ endedSessions: ended.length, revokedApiTokens: revoked.length });
    },
  } as unknown as CredentialRepository;

  const config = {
    passwordLoginEnabled: true,
    auth: {
      sessionTtlHours: 12,
      sessionIdleMinutes: 30,
      cookieSecure: true,
      loginMaxFailures: MAX_FAILURES,
      loginWindowMinutes: WINDOW_MINUTES,
    },
  } as AppConfig;
  const passwords = new CountingVerifier();
  const service = new AuthService(
    uow,
    sessionRepository,
    {} as ApiTokenRepository,
    userRepository,
    credentials,
    auditLog,
    new Mutations(uow, auditLog),
    config,
    passwords,
  );
  return { service, users, attempts, sessions, apiTokens, logins, audited, locks, passwords };
}

const request = (ip = IP) => ({ ip, headers: { 'user-agent': 'jest' } }) as unknown as Request;

/** A response that remembers the cookies set and cleared. */
function response() {
  const cookies: { name: string; value?: string; options: Record<string, unknown> }[] = [];
  const cleared: string[] = [];
  const res = {
    cookie: (name: string, value: string, options: Record<string, unknown>) =>
      cookies.push({ name, value, options }),
    clearCookie: (name: string) => cleared.push(name),
  } as unknown as Response;
  return { res, cookies, cleared };
}

const olaWithSession = (sessionId: string) =>
  actorOf(ORG, [Role.INITIATIVE_OWNER], {
    userId: OLA,
    email: 'ola@demo.gevinst.no',
    name: 'Navn',
    sessionId,
  });

async function refusal(call: Promise<unknown>): Promise<AppError> {
  const error = await call.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

const failures = (attempts: Map<string, Attempt>) =>
  [...attempts.values()].filter((attempt) => !attempt.succeeded).map((a) => `${a.email} ${a.ip}`);

describe('AuthService.login', () => {
  it('refuses a wrong password with WRONG_CREDENTIALS and records the failed attempt, and nothing else', async () => {
    const { service, attempts, sessions, logins, audited, passwords } = setup();
    const { res, cookies } = response();
    const error = await refusal(service.login('ola@demo.gevinst.no', 'not-the-password', request(), res));
    expect(error.code).toBe('UNAUTHENTICATED');
    expect(error.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'WRONG_CREDENTIALS' });
    expect(failures(attempts)).toEqual([`ola@demo.gevinst.no ${IP}`]);
    expect(passwords.calls).toBe(1);
    expect(sessions.map((session) => session.id)).toEqual(['other-session']);
    expect(logins).toEqual([]);
    expect(audited).toEqual([]);
    expect(cookies).toEqual([]);
  });

  it('gives an unknown e-mail the same answer and the same single verification', async () => {
    const { service, attempts, passwords } = setup();
    const error = await refusal(service.login('nobody@demo.gevinst.no', OLA_PASSWORD, request(), undefined));
    expect(error.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'WRONG_CREDENTIALS' });
    expect(passwords.calls).toBe(1);
    expect(failures(attempts)).toEqual([`nobody@demo.gevinst.no ${IP}`]);
  });

  it('refuses a deactivated user even with the right password', async () => {
    const { service, attempts, sessions, audited, passwords } = setup();
    const error = await refusal(service.login('kari@demo.gevinst.no', OLA_PASSWORD, request(), undefined));
    expect(error.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'WRONG_CREDENTIALS' });
    expect(passwords.calls).toBe(1);
    expect(failures(attempts)).toEqual([`kari@demo.gevinst.no ${IP}`]);
    expect(sessions).toHaveLength(1);
    expect(audited).toEqual([]);
  });

  it('creates a session of which only the hash is stored, sets the cookie and audits the sign-in', async () => {
    const { service, attempts, sessions, logins, audited, locks } = setup();
    const { res, cookies } = response();
    const before = Date.now();
    const result = await service.login('  Ola@Demo.Gevinst.NO ', OLA_PASSWORD, request(), res);

    expect(result.token.startsWith(SESSION_PREFIX)).toBe(true);
    expect(result.user).toMatchObject({ id: OLA, email: 'ola@demo.gevinst.no' });
    expect(result.user).not.toHaveProperty('passwordHash');
    const ttl = result.expiresAt.getTime() - before;
    expect(ttl).toBeGreaterThanOrEqual(12 * 3_600_000);
    expect(ttl).toBeLessThan(12 * 3_600_000 + 60_000);

    const created = sessions[1];
    expect(created).toMatchObject({
      id: 'session-2',
      userId: OLA,
      tokenHash: hashSecret(result.token),
      expiresAt: result.expiresAt,
      userAgent: 'jest',
      ip: IP,
    });
    expect(JSON.stringify(sessions)).not.toContain(result.token);

    // The e-mail is trimmed and lower-cased before the throttle sees it; the attempt ends up succeeded.
    expect(locks).toEqual([`ola@demo.gevinst.no ${IP}`]);
    expect([...attempts.values()]).toEqual([{ email: 'ola@demo.gevinst.no', ip: IP, succeeded: true }]);
    expect(logins).toEqual([OLA]);
    expect(audited).toEqual([
      {
        actor: expect.objectContaining({ kind: 'USER', userId: OLA, sessionId: 'session-2' }),
        change: {
          operation: 'login',
          entityType: 'Session',
          entityId: 'session-2',
          ownerOrganisationId: ORG,
          after: { userId: OLA, expiresAt: result.expiresAt, ip: IP },
        },
      },
    ]);
    expect(cookies).toEqual([
      {
        name: 'gevinst_session',
        value: result.token,
        options: { httpOnly: true, sameSite: 'strict', secure: true, path: '/', expires: result.expiresAt },
      },
    ]);
  });

  it('refuses the account after the configured number of failures, even with the right password', async () => {
    const { service, attempts, sessions, passwords } = setup();
    for (let i = 0; i < MAX_FAILURES; i++)
      await refusal(service.login('ola@demo.gevinst.no', `wrong-${i}`, request(), undefined));
    expect(failures(attempts)).toHaveLength(MAX_FAILURES);
    expect(passwords.calls).toBe(MAX_FAILURES);

    const error = await refusal(service.login('ola@demo.gevinst.no', OLA_PASSWORD, request(), undefined));
    expect(error.code).toBe('TOO_MANY_REQUESTS');
    expect(error.extensions).toEqual({
      code: 'TOO_MANY_REQUESTS',
      reason: 'TOO_MANY_SIGN_INS',
      params: { by: 'account', minutes: WINDOW_MINUTES },
      retryAfterSeconds: WINDOW_MINUTES * 60,
    });
    // Refused before the password is looked at, and the refusal itself is not another attempt.
    expect(passwords.calls).toBe(MAX_FAILURES);
    expect(attempts.size).toBe(MAX_FAILURES);
    expect(sessions).toHaveLength(1);
  });

  it('counts the failures of other accounts from the same address, up to four times the limit', async () => {
    const { service } = setup();
    for (let i = 0; i < MAX_FAILURES * 4; i++)
      await refusal(service.login(`user${i}@demo.gevinst.no`, 'wrong', request(), undefined));
    const error = await refusal(service.login('ola@demo.gevinst.no', OLA_PASSWORD, request(), undefined));
    expect(error.extensions).toMatchObject({
      code: 'TOO_MANY_REQUESTS',
      reason: 'TOO_MANY_SIGN_INS',
      params: { by: 'address', minutes: WINDOW_MINUTES },
    });
    // Another address is not affected.
    const result = await service.login('ola@demo.gevinst.no', OLA_PASSWORD, request('10.0.0.8'), undefined);
    expect(result.user.id).toBe(OLA);
  });

  it('does not count a successful sign-in as a failure', async () => {
    const { service, attempts } = setup();
    for (let i = 0; i < MAX_FAILURES - 1; i++)
      await refusal(service.login('ola@demo.gevinst.no', 'wrong', request(), undefined));
    await service.login('ola@demo.gevinst.no', OLA_PASSWORD, request(), undefined);
    await service.login('ola@demo.gevinst.no', OLA_PASSWORD, request(), undefined);
    expect(failures(attempts)).toHaveLength(MAX_FAILURES - 1);
  });
});

describe('AuthService.changePassword', () => {
  it('refuses an API token with PASSWORD_NEEDS_PERSON before anything is counted or written', async () => {
    const { service, users, attempts, audited, passwords } = setup();
    const token: Actor = {
      ...olaWithSession('x'),
      kind: 'API_TOKEN',
      sessionId: undefined,
      tokenId: 'token-1',
    };
    const error = await refusal(service.changePassword(token, OLA_PASSWORD, NEW_PASSWORD, request()));
    expect(error.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'PASSWORD_NEEDS_PERSON' });
    expect(attempts.size).toBe(0);
    expect(passwords.calls).toBe(0);
    expect(users.get(OLA)!.passwordHash).toBe(olaHash);
    expect(audited).toEqual([]);
  });

  it('refuses a wrong current password with NOT_CURRENT_PASSWORD: a failed attempt, nothing written', async () => {
    const { service, users, attempts, sessions, apiTokens, audited } = setup();
    const error = await refusal(
      service.changePassword(olaWithSession('session-9'), 'not-the-password', NEW_PASSWORD, request()),
    );
    expect(error.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'currentPassword',
      problems: [expect.objectContaining({ field: 'currentPassword', reason: 'NOT_CURRENT_PASSWORD' })],
    });
    // Counted like a failed sign-in, so guessing the current password is throttled too.
    expect(failures(attempts)).toEqual([`ola@demo.gevinst.no ${IP}`]);
    expect(users.get(OLA)).toMatchObject({ passwordHash: olaHash, version: 1 });
    expect(sessions.some((session) => session.revoked)).toBe(false);
    expect(apiTokens.some((token) => token.revoked)).toBe(false);
    expect(audited).toEqual([]);
  });

  it('is throttled like a sign-in once the account has too many failures', async () => {
    const { service } = setup();
    for (let i = 0; i < MAX_FAILURES; i++)
      await refusal(service.changePassword(olaWithSession('s'), 'wrong', NEW_PASSWORD, request()));
    const error = await refusal(
      service.changePassword(olaWithSession('s'), OLA_PASSWORD, NEW_PASSWORD, request()),
    );
    expect(error.extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS', params: { by: 'account' } });
  });

  it('refuses a common password with COMMON_PASSWORD and writes nothing', async () => {
    const { service, users, sessions, apiTokens, audited } = setup();
    const error = await refusal(
      service.changePassword(olaWithSession('session-9'), OLA_PASSWORD, 'password1234', request()),
    );
    expect(error.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'newPassword',
      problems: [expect.objectContaining({ field: 'newPassword', reason: 'COMMON_PASSWORD' })],
    });
    expect(users.get(OLA)).toMatchObject({ passwordHash: olaHash, version: 1 });
    expect(sessions.some((session) => session.revoked)).toBe(false);
    expect(apiTokens.some((token) => token.revoked)).toBe(false);
    expect(audited).toEqual([]);
  });

  it('stores the new hash, ends the other sessions and the API tokens, keeps the caller’s session, audits', async () => {
    const { service, users, attempts, sessions, apiTokens, audited } = setup();
    sessions.push({ ...sessions[0], id: 'current', revoked: false });
    sessions.push({ ...sessions[0], id: 'kari-session', userId: KARI, revoked: false });
    const ola = olaWithSession('current');

    await expect(service.changePassword(ola, OLA_PASSWORD, NEW_PASSWORD, request())).resolves.toBe(true);

    const stored = users.get(OLA)!.passwordHash;
    expect(stored).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(stored!, NEW_PASSWORD)).toBe(true);
    expect(await verifyPassword(stored!, OLA_PASSWORD)).toBe(false);
    expect(sessions.map((session) => [session.id, session.revoked])).toEqual([
      ['other-session', true],
      ['current', false],
      ['kari-session', false],
    ]);
    expect(apiTokens).toEqual([{ id: 'token-1', userId: OLA, revoked: true }]);
    expect([...attempts.values()]).toEqual([{ email: 'ola@demo.gevinst.no', ip: IP, succeeded: true }]);
    expect(audited).toEqual([
      {
        actor: ola,
        change: {
          operation: 'changePassword',
          entityType: 'User',
          entityId: OLA,
          ownerOrganisationId: ORG,
          after: { passwordChanged: true, endedSessions: 1, revokedApiTokens: 1 },
        },
      },
    ]);
    expect(JSON.stringify(audited)).not.toContain('argon2');
  });
});

describe('AuthService.logout', () => {
  it('ends the caller’s session, clears the cookie and audits the sign-out', async () => {
    const { service, sessions, audited } = setup();
    const { res, cleared } = response();
    const ola = olaWithSession('other-session');
    await expect(service.logout(ola, res)).resolves.toBe(true);
    expect(sessions[0].revoked).toBe(true);
    expect(cleared).toEqual(['gevinst_session']);
    expect(audited).toEqual([
      {
        actor: ola,
        change: {
          operation: 'logout',
          entityType: 'Session',
          entityId: 'other-session',
          ownerOrganisationId: ORG,
        },
      },
    ]);
  });

  it('answers false for an API token and ends nothing', async () => {
    const { service, sessions, apiTokens, audited } = setup();
    const { res, cleared } = response();
    const token: Actor = {
      ...olaWithSession('x'),
      kind: 'API_TOKEN',
      sessionId: undefined,
      tokenId: 'token-1',
    };
    await expect(service.logout(token, res)).resolves.toBe(false);
    expect(cleared).toEqual(['gevinst_session']);
    expect(sessions[0].revoked).toBe(false);
    expect(apiTokens[0].revoked).toBe(false);
    expect(audited).toEqual([]);
  });
});
