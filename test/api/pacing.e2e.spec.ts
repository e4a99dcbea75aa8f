import { createHash } from 'node:crypto';
import { type TestApp, DEMO_PASSWORD, errorCode, startTestApp } from './support/test-app.js';
import { anApiToken } from './support/users.js';

/**
 * Issue 19 (pacing) and issue 18 (one authentication statement): every authenticated answer carries the
 * caller's request budget in RateLimit-* headers and the operation's cost in `extensions.cost`; a spent
 * budget is answered with 429, Retry-After and a coded error; the sign-in throttle answers 429 with
 * Retry-After; the credential check costs exactly one SQL statement, and revocation, deactivation and
 * expiry still apply to the very next request.
 */
const sha256 = (secret: string) => createHash('sha256').update(secret).digest('hex');
const LOGIN = `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`;

/** A raw POST to /graphql, with the response's headers. */
async function post(
  t: TestApp,
  query: string,
  token?: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
) {
  const response = await fetch(`${t.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...headers,
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as {
    data?: any;
    errors?: { message: string; extensions: Record<string, any> }[];
    extensions?: Record<string, any>;
  };
  return { status: response.status, headers: response.headers, ...body };
}

describe('pacing with the default budget', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.close());

  it('says the request budget in RateLimit-* headers on every authenticated answer, counting down', async () => {
    const bergen = await t.as('okonomi.bergen@demo.gevinst.no');
    const first = await post(t, `{ me { email } }`, bergen.token);
    expect(first.status).toBe(200);
    expect(first.headers.get('ratelimit-limit')).toBe('1200');
    const remaining = Number(first.headers.get('ratelimit-remaining'));
    expect(remaining).toBeGreaterThanOrEqual(0);
    expect(remaining).toBeLessThan(1200);
    const reset = Number(first.headers.get('ratelimit-reset'));
    expect(reset).toBeGreaterThanOrEqual(1);
    expect(reset).toBeLessThanOrEqual(60);
    const second = await post(t, `{ me { email } }`, bergen.token);
    const [{ budget_window_changed }] = await t.db.query<{ budget_window_changed: boolean }[]>(
      `SELECT budget_window <> to_timestamp(floor(extract(epoch FROM now()) / 60) * 60) AS budget_window_changed
       FROM sessions WHERE token_hash = $1`,
      [sha256(bergen.token)],
    );
    // Unless a new minute began between the two requests, the second one has one request fewer left.
    if (!budget_window_changed) expect(Number(second.headers.get('ratelimit-remaining'))).toBe(remaining - 1);
    // An answer without a credential has no budget to report.
    const anonymous = await post(t, `{ __typename }`);
    expect(anonymous.headers.get('ratelimit-limit')).toBeNull();
  });

  it('gives the query’s cost and the remaining complexity budget in extensions.cost', async () => {
    const answer = await post(
      t,
      `{ me { email organisation { name } } }`,
      (await t.as('eier@demo.gevinst.no')).token,
    );
    expect(answer.errors).toBeUndefined();
    // me (1) + its organisation (1); e-mail and name are scalars (0).
    expect(answer.extensions?.cost).toEqual({
      requestedComplexity: 2,
      maximumComplexity: 20_000,
      remainingComplexity: 19_998,
    });
    // An answer with an error says its cost too.
    const refused = await post(t, `{ users { totalCount } }`, (await t.as('eier@demo.gevinst.no')).token);
    expect(errorCode(refused as any)).toBe('FORBIDDEN');
    expect(refused.extensions?.cost.maximumComplexity).toBe(20_000);
  });

  it('checks a session or a token in exactly one SQL statement, besides the data statements', async () => {
    const oslo = await t.as('okonomi.oslo@demo.gevinst.no');
    const token = (await anApiToken(oslo, { scopes: ['READ'] })).secret;
    // No data statement: all of the request's SQL is the authentication.
    expect((await oslo(`{ __typename }`)).queryCount).toBe(1);
    expect((await t.withToken(token)(`{ __typename }`)).queryCount).toBe(1);
    expect((await t.anonymous(`{ __typename }`)).queryCount).toBe(0);
    // `me` reads the user (one data statement): 1 + 1, the same with a session or a token.
    const bySession = await oslo(`{ me { email } }`);
    const byToken = await t.withToken(token)(`{ me { email } }`);
    expect(bySession.data.me.email).toBe('okonomi.oslo@demo.gevinst.no');
    expect(byToken.data.me.email).toBe('okonomi.oslo@demo.gevinst.no');
    expect(bySession.queryCount).toBe(byToken.queryCount);
    // A refused credential is one statement too.
    expect((await t.withToken('gvt_not-a-token')(`{ __typename }`)).queryCount).toBe(1);
  });

  it('refuses a revoked token, a deactivated user and an expired session on the very next request', async () => {
    const user = await t.gql<{ createUser: { id: string; version: number } }>(
      `mutation($i: CreateUserInput!) { createUser(input: $i) { id version } }`,
      {
        i: {
          email: 'pacing-revoke@test.gevinst.no',
          name: 'Revoke',
          password: 'a long test password 42',
          organisationId: (await t.db.query<{ id: string }[]>(`SELECT id FROM organisations LIMIT 1`))[0].id,
          roles: ['READER'],
        },
      },
    );
    const { id, version } = user.data!.createUser;
    const session = await t.as('pacing-revoke@test.gevinst.no', 'a long test password 42');
    const created = await anApiToken(session, { scopes: ['READ'] });
    const token = t.withToken(created.secret);
    expect((await token(`{ me { email } }`)).errors).toBeUndefined();
    expect(
      (await session(`mutation($id: ID!) { revokeApiToken(id: $id) { id } }`, { id: created.id })).errors,
    ).toBeUndefined();
    expect(errorCode(await token(`{ me { email } }`))).toBe('UNAUTHENTICATED');

    // A second session, then the user is deactivated: refused at once.
    const other = await t.as('pacing-revoke@test.gevinst.no', 'a long test password 42');
    const second = await anApiToken(other, { scopes: ['READ'] });
    expect((await other(`{ me { email } }`)).errors).toBeUndefined();
    const deactivated = await t.gql(`mutation($i: UpdateUserInput!) { updateUser(input: $i) { active } }`, {
      i: { id, version, active: false },
    });
    expect(deactivated.errors).toBeUndefined();
    expect(errorCode(await other(`{ me { email } }`))).toBe('UNAUTHENTICATED');
    // The token is not revoked by deactivation, but its user is inactive: refused all the same.
    expect(errorCode(await t.withToken(second.secret)(`{ me { email } }`))).toBe('UNAUTHENTICATED');

    // A session past its absolute expiry: refused on the next request.
    const eier = await t.as('eier@demo.gevinst.no');
    expect((await eier(`{ me { email } }`)).errors).toBeUndefined();
    await t.db.query(`UPDATE sessions SET expires_at = now() - interval '1 second' WHERE token_hash = $1`, [
      sha256(eier.token),
    ]);
    const expired = await eier(`{ me { email } }`);
    expect(errorCode(expired)).toBe('UNAUTHENTICATED');
    expect(expired.queryCount).toBe(1);
  });
});

describe('pacing with a tiny budget and a strict sign-in throttle', () => {
  let t: TestApp;
  beforeAll(async () => {
    // A budget of 3 requests a day (a window that does not end during the test) and 2 failed sign-ins.
    t = await startTestApp({
      env: { REQUEST_BUDGET_LIMIT: '3', REQUEST_BUDGET_WINDOW_SECONDS: '86400', LOGIN_MAX_FAILURES: '2' },
    });
  });
  afterAll(() => t?.close());

  it('answers 429 with Retry-After and a coded error once a token’s budget is spent, per token', async () => {
    const reader = await t.as('integrator@demo.gevinst.no');
    const { secret } = await anApiToken(reader, { scopes: ['READ'] });
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push(await post(t, `{ me { email } }`, secret));
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 429]);
    expect(answers.map((answer) => answer.headers.get('ratelimit-remaining'))).toEqual(['2', '1', '0', '0']);
    const spent = answers[3];
    expect(spent.data).toBeUndefined();
    expect(spent.errors![0].extensions).toEqual(
      expect.objectContaining({
        code: 'TOO_MANY_REQUESTS',
        reason: 'REQUEST_BUDGET_SPENT',
        params: expect.objectContaining({ limit: 3, windowSeconds: 86400 }),
      }),
    );
    const retryAfter = Number(spent.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(86400);
    expect(spent.headers.get('ratelimit-reset')).toBe(String(retryAfter));
    expect(spent.errors![0].message).toBe(
      `This session or API token has used its 3 requests per 86400 seconds: try again in ${retryAfter} seconds`,
    );
    // In Norwegian when asked.
    const nb = await post(t, `{ me { email } }`, secret, undefined, { 'accept-language': 'nb' });
    expect(nb.status).toBe(429);
    expect(nb.errors![0].message).toMatch(
      /^Denne innloggingen eller API-nøkkelen har brukt sine 3 forespørsler/,
    );
    // The count is in the database, where every API process reads it.
    const [{ budget_used }] = await t.db.query<{ budget_used: number }[]>(
      `SELECT budget_used FROM api_tokens WHERE token_hash = $1`,
      [sha256(secret)],
    );
    expect(budget_used).toBe(5);
    // Another credential of the same user has its own budget.
    const fresh = await post(t, `{ me { email } }`, (await anApiToken(reader, { scopes: ['READ'] })).secret);
    expect(fresh.status).toBe(200);
  });

  it('answers a throttled sign-in with 429 and Retry-After', async () => {
    const email = 'okonomi.oslo@demo.gevinst.no';
    const first = await post(t, LOGIN, undefined, { e: email, p: 'wrong-password-1' });
    const second = await post(t, LOGIN, undefined, { e: email, p: 'wrong-password-2' });
    expect([first.status, second.status]).toEqual([200, 200]);
    expect(errorCode(second as any)).toBe('UNAUTHENTICATED');
    expect(second.headers.get('retry-after')).toBeNull();
    const throttled = await post(t, LOGIN, undefined, { e: email, p: DEMO_PASSWORD });
    expect(throttled.status).toBe(429);
    expect(errorCode(throttled as any)).toBe('TOO_MANY_REQUESTS');
    // LOGIN_WINDOW_MINUTES is 15 by default: 900 seconds.
    expect(throttled.headers.get('retry-after')).toBe('900');
    expect(throttled.errors![0].extensions.retryAfterSeconds).toBe(900);
  });
});

/**
 * The authentication statement's bookkeeping (last use, the budget's count) commits asynchronously when it
 * runs on its own, so requests sharing a credential no longer queue on its row while each commit reaches
 * the disk (docs/performance.md); counts stay exact, and a surrounding transaction keeps its durability.
 */
describe('the authentication statement commits its bookkeeping without waiting for the disk', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({
      demo: true,
      env: { REQUEST_BUDGET_LIMIT: '1000', REQUEST_BUDGET_WINDOW_SECONDS: '86400' },
    });
  });
  afterAll(() => t?.close());

  it('counts 50 parallel requests of one session exactly', async () => {
    const login = await post(t, LOGIN, undefined, { e: 'admin@demo.gevinst.no', p: DEMO_PASSWORD });
    const token = login.data.login.token as string;
    const used = async () =>
      (
        await t.db.query<{ budget_used: number }[]>(
          `SELECT budget_used FROM sessions WHERE token_hash = $1`,
          [sha256(token)],
        )
      )[0].budget_used;
    await post(t, `{ me { email } }`, token);
    const before = await used();
    const answers = await Promise.all(Array.from({ length: 50 }, () => post(t, `{ me { email } }`, token)));
    expect(answers.map((answer) => answer.status)).toEqual(Array(50).fill(200));
    expect((await used()) - before).toBe(50);
  });

  it('leaves synchronous commit on inside an open transaction', async () => {
    const { SessionRepository } = await import('../../apps/api/src/session/session.repository.js');
    const { UnitOfWork } = await import('../../apps/api/src/common/unit-of-work.js');
    const login = await post(t, LOGIN, undefined, { e: 'admin@demo.gevinst.no', p: DEMO_PASSWORD });
    const sessions = t.app.get(SessionRepository);
    const uow = t.app.get(UnitOfWork);
    await uow.transaction(async () => {
      const row = await sessions.authenticate(sha256(login.data.login.token), 30, 86400);
      expect(row).not.toBeNull();
      const [{ mode }] = await uow
        .manager()
        .query<{ mode: string }[]>(`SELECT current_setting('synchronous_commit') AS mode`);
      expect(mode).toBe('on');
    });
  });
});
