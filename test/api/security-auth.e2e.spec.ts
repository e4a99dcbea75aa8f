import { createHash } from 'node:crypto';
import { jest } from '@jest/globals';
import { PasswordVerifier } from '../../apps/api/src/auth/password.js';
import { type Gql, type TestApp, DEMO_PASSWORD, errorCode, startTestApp } from './support/test-app.js';
import { anApiToken } from './support/users.js';

/**
 * Issue 12, sign-in and sessions (ASVS level 2): common passwords refused, atomic sign-in throttling,
 * the same work for every refused sign-in, idle sessions, a password change revoking sessions and API
 * tokens, FORBIDDEN decisions audited with who/what/when/where, and X-Forwarded-For only from trusted
 * proxies. No timing is measured: work is counted (argon2 verifications, attempt rows, audit rows).
 */
const LOGIN = `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`;
const CHANGE = `mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }`;
const COMMON = 'is one of the most common passwords, which attackers try first: choose another';

interface AuditRow {
  operation: string;
  entity_type: string;
  entity_id: string;
  actor_email: string | null;
  owner_organisation_id: string | null;
  occurred_at: Date;
  after: Record<string, any>;
}

const sha256 = (secret: string) => createHash('sha256').update(secret).digest('hex');

/** Polls the database until `find` returns something (the REST denial is recorded when the response ends). */
async function eventually<T>(find: () => Promise<T | undefined>): Promise<T> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const found = await find();
    if (found !== undefined) return found;
    await new Promise((resolve) => setImmediate(resolve));
  }
  throw new Error('the condition never held');
}

describe('sign-in, sessions, passwords and audited denials', () => {
  let t: TestApp;
  let orgIds: Record<string, string>;

  const userIdOf = async (email: string) =>
    (await t.db.query<{ id: string }[]>(`SELECT id FROM users WHERE email = $1`, [email]))[0].id;
  const createUser = (email: string, password: string, orgId = orgIds.bergen, roles = ['FINANCE_OFFICER']) =>
    t.gql(`mutation($i: CreateUserInput!) { createUser(input: $i) { id version } }`, {
      i: { email, name: email.split('@')[0], password, organisationId: orgId, roles },
    });
  const tokenFor = async (client: Gql) =>
    (
      await anApiToken(client, {
        name: 'integration',
        scopes: ['READ'],
        expiresAt: new Date(Date.now() + 86_400_000),
      })
    ).secret;

  beforeAll(async () => {
    t = await startTestApp({ env: { SESSION_IDLE_MINUTES: '5' } });
    const rows = await t.db.query<{ org_number: string; id: string }[]>(
      `SELECT org_number, id FROM organisations WHERE org_number IN ('964338531', '958935420')`,
    );
    const byNumber = Object.fromEntries(rows.map((row) => [row.org_number, row.id]));
    orgIds = { bergen: byNumber['964338531'], oslo: byNumber['958935420'] };
  });
  afterAll(() => t?.close());

  describe('breached (common) passwords', () => {
    it('refuses password1234 for a new user with BAD_USER_INPUT naming the field, in both languages', async () => {
      const res = await createUser('common@test.gevinst.no', 'password1234');
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0].message).toBe(`password: ${COMMON}`);
      expect(res.errors![0].extensions!.field).toBe('password');
      const nb = await t.gql(
        `mutation($i: CreateUserInput!) { createUser(input: $i) { id } }`,
        {
          i: {
            email: 'common@test.gevinst.no',
            name: 'x',
            password: 'Password2026!',
            organisationId: orgIds.bergen,
            roles: ['READER'],
          },
        },
        { 'accept-language': 'nb' },
      );
      expect(nb.errors![0].message).toBe(
        'password: er et av de vanligste passordene, som angripere prøver først: velg et annet',
      );
      expect(await t.db.query(`SELECT 1 FROM users WHERE email = 'common@test.gevinst.no'`)).toHaveLength(0);
    });

    it('refuses a common password when an administrator sets one, and accepts the demo password', async () => {
      const created = await createUser('uncommon@test.gevinst.no', DEMO_PASSWORD);
      expect(created.errors).toBeUndefined();
      const res = await t.gql(`mutation($i: UpdateUserInput!) { updateUser(input: $i) { id } }`, {
        i: {
          id: created.data.createUser.id,
          version: created.data.createUser.version,
          password: 'qwerty123456',
        },
      });
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0].message).toBe(`password: ${COMMON}`);
    });
  });

  describe('sign-in does the same work for every refusal', () => {
    it('verifies one argon2 hash for an unknown, a deactivated and a wrong sign-in alike', async () => {
      const created = await createUser('deactivated@test.gevinst.no', DEMO_PASSWORD);
      const deactivate = await t.gql(`mutation($i: UpdateUserInput!) { updateUser(input: $i) { active } }`, {
        i: { id: created.data.createUser.id, version: created.data.createUser.version, active: false },
      });
      expect(deactivate.data.updateUser.active).toBe(false);
      const verify = jest.spyOn(t.app.get(PasswordVerifier), 'verify');
      try {
        for (const [email, password] of [
          ['nobody@test.gevinst.no', DEMO_PASSWORD],
          ['deactivated@test.gevinst.no', DEMO_PASSWORD], // the right password of a deactivated account
          ['deactivated@test.gevinst.no', 'a wrong password'],
          ['okonomi.oslo@demo.gevinst.no', 'a wrong password'],
        ]) {
          verify.mockClear();
          const res = await t.anonymous(LOGIN, { e: email, p: password });
          expect(errorCode(res)).toBe('UNAUTHENTICATED');
          expect(res.errors![0].message).toBe('The e-mail address or the password is wrong');
          expect(verify).toHaveBeenCalledTimes(1);
          await expect(verify.mock.results[0].value).resolves.toBe(
            email.startsWith('deactivated') && password === DEMO_PASSWORD,
          );
        }
      } finally {
        verify.mockRestore();
      }
    });
  });

  describe('idle sessions', () => {
    it('refuses a session unused for SESSION_IDLE_MINUTES with a clear UNAUTHENTICATED, for good', async () => {
      const bergen = await t.as('okonomi.bergen@demo.gevinst.no');
      expect((await bergen(`{ me { email } }`)).data.me.email).toBe('okonomi.bergen@demo.gevinst.no');
      const move = (minutes: number) =>
        t.db.query(
          `UPDATE sessions SET last_used_at = now() - make_interval(mins => $2) WHERE token_hash = $1`,
          [sha256(bergen.token), minutes],
        );
      const lastUsed = async () =>
        (
          await t.db.query<{ idle_seconds: number }[]>(
            `SELECT extract(epoch FROM now() - last_used_at)::float8 AS idle_seconds FROM sessions
             WHERE token_hash = $1`,
            [sha256(bergen.token)],
          )
        )[0].idle_seconds;

      // Used 4 minutes ago: still valid, and the use is written (it was more than a minute old).
      await move(4);
      expect((await bergen(`{ me { email } }`)).errors).toBeUndefined();
      expect(await lastUsed()).toBeLessThan(60);

      // Unused for 6 minutes with a 5-minute limit: refused, with the reason.
      await move(6);
      const idle = await bergen(`{ me { email } }`);
      expect(errorCode(idle)).toBe('UNAUTHENTICATED');
      expect(idle.errors![0].message).toBe('The session ended after 5 minutes without use: sign in again');
      const nb = await bergen(`{ me { email } }`, {}, { 'accept-language': 'nb' });
      expect(errorCode(nb)).toBe('UNAUTHENTICATED');

      // The session has ended: making it look fresh again does not bring it back.
      await move(0);
      expect(errorCode(await bergen(`{ me { email } }`))).toBe('UNAUTHENTICATED');
    });

    it('writes the last use at most once a minute, not on every request', async () => {
      const oslo = await t.as('okonomi.oslo@demo.gevinst.no');
      await oslo(`{ me { email } }`);
      const before = await t.db.query<{ last_used_at: Date }[]>(
        `SELECT last_used_at FROM sessions WHERE token_hash = $1`,
        [sha256(oslo.token)],
      );
      await oslo(`{ me { email } }`);
      const after = await t.db.query<{ last_used_at: Date }[]>(
        `SELECT last_used_at FROM sessions WHERE token_hash = $1`,
        [sha256(oslo.token)],
      );
      expect(new Date(after[0].last_used_at).getTime()).toBe(new Date(before[0].last_used_at).getTime());
    });
  });

  describe('a password change revokes sessions and API tokens', () => {
    it("ends the user's other sessions and revokes all the user's API tokens on their own change", async () => {
      const email = 'changer@test.gevinst.no';
      expect(
        (await createUser(email, 'first-Password-2026', orgIds.oslo, ['READER'])).errors,
      ).toBeUndefined();
      const here = await t.as(email, 'first-Password-2026');
      const elsewhere = await t.as(email, 'first-Password-2026');
      const token = t.withToken(await tokenFor(here));
      expect((await token(`{ me { email } }`)).data.me.email).toBe(email);

      const fromToken = await token(CHANGE, { c: 'first-Password-2026', n: 'second-Password-2026' });
      expect(errorCode(fromToken)).toBe('FORBIDDEN');

      const wrong = await here(CHANGE, { c: 'not-my-password', n: 'second-Password-2026' });
      expect(errorCode(wrong)).toBe('BAD_USER_INPUT');
      expect(wrong.errors![0].message).toBe('currentPassword: is not your current password');

      const common = await here(CHANGE, { c: 'first-Password-2026', n: 'password1234' });
      expect(errorCode(common)).toBe('BAD_USER_INPUT');
      expect(common.errors![0].message).toBe(`newPassword: ${COMMON}`);
      expect((await elsewhere(`{ me { email } }`)).errors).toBeUndefined(); // nothing changed yet

      const changed = await here(CHANGE, { c: 'first-Password-2026', n: 'second-Password-2026' });
      expect(changed.data).toEqual({ changePassword: true });
      expect((await here(`{ me { email } }`)).data.me.email).toBe(email);
      expect(errorCode(await elsewhere(`{ me { email } }`))).toBe('UNAUTHENTICATED');
      expect(errorCode(await token(`{ me { email } }`))).toBe('UNAUTHENTICATED');
      expect(errorCode(await t.anonymous(LOGIN, { e: email, p: 'first-Password-2026' }))).toBe(
        'UNAUTHENTICATED',
      );
      expect(
        (await t.anonymous(LOGIN, { e: email, p: 'second-Password-2026' })).data.login.token,
      ).toBeTruthy();

      const [event] = await t.db.query<AuditRow[]>(
        `SELECT * FROM audit_events WHERE operation = 'changePassword' AND entity_id = $1`,
        [await userIdOf(email)],
      );
      expect(event).toMatchObject({ entity_type: 'User', actor_email: email });
      expect(event.after).toEqual({ passwordChanged: true, endedSessions: 1, revokedApiTokens: 1 });
    });

    it("ends all the user's sessions and revokes their API tokens when an administrator sets a password", async () => {
      const email = 'reset@test.gevinst.no';
      const created = await createUser(email, 'first-Password-2026', orgIds.oslo, ['READER']);
      const session = await t.as(email, 'first-Password-2026');
      const token = t.withToken(await tokenFor(session));
      const reset = await t.gql(`mutation($i: UpdateUserInput!) { updateUser(input: $i) { id } }`, {
        i: {
          id: created.data.createUser.id,
          version: created.data.createUser.version,
          password: 'reset-Password-2026',
        },
      });
      expect(reset.errors).toBeUndefined();
      expect(errorCode(await session(`{ me { email } }`))).toBe('UNAUTHENTICATED');
      expect(errorCode(await token(`{ me { email } }`))).toBe('UNAUTHENTICATED');
      const [event] = await t.db.query<AuditRow[]>(
        `SELECT * FROM audit_events WHERE operation = 'updateUser' AND entity_id = $1`,
        [created.data.createUser.id],
      );
      expect(event.after).toMatchObject({ passwordChanged: true, endedSessions: 1, revokedApiTokens: 1 });
    });
  });

  describe('FORBIDDEN decisions are audited', () => {
    it('records who, what, when and from where for a refused GraphQL field, outside its transaction', async () => {
      const integrator = await t.as('integrator@demo.gevinst.no');
      const adminId = await userIdOf('admin@test.gevinst.no');
      const startedAt = (await t.db.query<{ now: Date }[]>(`SELECT now()`))[0].now;
      const res = await integrator(`query Peek($id: ID!) { me { email } other: user(id: $id) { email } }`, {
        id: adminId,
      });
      expect(errorCode(res)).toBe('FORBIDDEN');
      expect(res.data.me.email).toBe('integrator@demo.gevinst.no');
      const events = await t.db.query<AuditRow[]>(
        `SELECT * FROM audit_events WHERE operation = 'accessDenied' AND actor_email = 'integrator@demo.gevinst.no'`,
      );
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({
        entity_type: 'Access',
        entity_id: 'other',
        owner_organisation_id: null,
      });
      expect(new Date(events[0].occurred_at).getTime()).toBeGreaterThanOrEqual(new Date(startedAt).getTime());
      expect(events[0].after).toEqual({
        operation: 'query Peek',
        path: 'other',
        message: 'Only administrators see other users',
        ip: '127.0.0.1',
        userAgent: expect.any(String),
        entity: { id: adminId },
      });
      // Only administrators read these events.
      const trail = await t.gql(
        `{ auditEvents(filter: { entityType: Access }) { nodes { operation actorEmail } } }`,
      );
      expect(trail.errors).toBeUndefined();
    });

    it('records a refused REST download as well', async () => {
      const bergen = await t.as('okonomi.bergen@demo.gevinst.no');
      const [initiative] = await t.db.query<{ id: string }[]>(
        `SELECT id FROM initiatives WHERE code = 'DEMO-LIV-BEDRIFT'`,
      );
      const response = await fetch(
        `${t.url}/api/exports/co-financing-report.xlsx?initiativeId=${initiative.id}&year=2024`,
        { headers: { authorization: `Bearer ${bergen.token}` } },
      );
      expect(response.status).toBe(403);
      const event = await eventually(async () => {
        const rows = await t.db.query<AuditRow[]>(
          `SELECT * FROM audit_events WHERE operation = 'accessDenied' AND actor_email = 'okonomi.bergen@demo.gevinst.no'`,
        );
        return rows[0];
      });
      expect(event.entity_id).toBe('/api/exports/co-financing-report.xlsx');
      expect(event.after).toMatchObject({
        operation: 'GET /api/exports/co-financing-report.xlsx',
        ip: '127.0.0.1',
        entity: { initiativeId: initiative.id },
      });
    });
  });

  describe('client addresses', () => {
    it('ignores X-Forwarded-For by default: the socket address is recorded', async () => {
      expect(await addressRecordedFor(t, '203.0.113.9')).toEqual(['127.0.0.1']);
    });
  });
});

/** Signs in wrongly with X-Forwarded-For set; the addresses the failed attempts were recorded from. */
async function addressRecordedFor(t: TestApp, forwardedFor: string): Promise<string[]> {
  await t.anonymous(
    LOGIN,
    { e: 'forwarded@test.gevinst.no', p: 'a wrong password' },
    { 'x-forwarded-for': forwardedFor },
  );
  const rows = await t.db.query<{ ip: string }[]>(
    `SELECT ip FROM login_attempts WHERE email = 'forwarded@test.gevinst.no'`,
  );
  return rows.map((row) => row.ip);
}

describe('throttling and trusted proxies', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { TRUSTED_PROXIES: 'loopback', LOGIN_MAX_FAILURES: '5' } });
  });
  afterAll(() => t?.close());

  it('honours X-Forwarded-For from a trusted proxy', async () => {
    expect(await addressRecordedFor(t, '203.0.113.9')).toEqual(['203.0.113.9']);
  });

  it('verifies at most LOGIN_MAX_FAILURES wrong passwords under 50 parallel guesses', async () => {
    const email = 'okonomi.oslo@demo.gevinst.no';
    const verify = jest.spyOn(t.app.get(PasswordVerifier), 'verify');
    try {
      const answers = await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          t.anonymous(LOGIN, { e: email, p: `wrong-guess-${i}` }, { 'x-forwarded-for': '198.51.100.7' }),
        ),
      );
      const codes = answers.map(errorCode);
      expect(codes.filter((code) => code === 'UNAUTHENTICATED')).toHaveLength(5);
      expect(codes.filter((code) => code === 'TOO_MANY_REQUESTS')).toHaveLength(45);
      expect(verify).toHaveBeenCalledTimes(5);
      const [{ count }] = await t.db.query<{ count: number }[]>(
        `SELECT count(*)::int AS count FROM login_attempts WHERE email = $1`,
        [email],
      );
      expect(count).toBe(5);
      // The right password is refused too while the window lasts, without being verified.
      verify.mockClear();
      expect(errorCode(await t.anonymous(LOGIN, { e: email, p: DEMO_PASSWORD }))).toBe('TOO_MANY_REQUESTS');
      expect(verify).not.toHaveBeenCalled();
    } finally {
      verify.mockRestore();
    }
  });
});
