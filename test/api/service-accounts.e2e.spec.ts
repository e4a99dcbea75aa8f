import { type TestApp, errorCode, startTestApp } from './support/test-app.js';

/**
 * Issue 19, machine credentials: an administrator creates a service account (a user that cannot sign in
 * with a password) and API tokens for it with an expiry of their choice; two tokens may be valid during a
 * change-over, and revoking the old one ends it at once. Every step is audited.
 */
const CREATE_ACCOUNT = `mutation($i: CreateServiceAccountInput!) {
  createServiceAccount(input: $i) {
    serviceAccount { id kind email roles active }
    userErrors { code reason field message }
  }
}`;
const CREATE_TOKEN = `mutation($i: CreateApiTokenInput!) {
  createApiToken(input: $i) { secret token { id expiresAt owner { id kind } } }
}`;
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

describe('service accounts and their API tokens', () => {
  let t: TestApp;
  let ksId: string;
  let accountId: string;

  beforeAll(async () => {
    t = await startTestApp();
    // KS, the organisation of the demo integrator.
    ksId = (
      await t.db.query<{ id: string }[]>(`SELECT id FROM organisations WHERE org_number = '971032146'`)
    )[0].id;
  });
  afterAll(() => t?.close());

  it('lets an administrator create a service account, without a password, audited', async () => {
    const res = await t.gql(CREATE_ACCOUNT, {
      i: {
        email: 'Okonomisystem@Test.gevinst.no',
        name: 'Økonomisystemet',
        organisationId: ksId,
        roles: ['READER'],
      },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data.createServiceAccount.userErrors).toEqual([]);
    expect(res.data.createServiceAccount.serviceAccount).toEqual(
      expect.objectContaining({
        kind: 'SERVICE_ACCOUNT',
        email: 'okonomisystem@test.gevinst.no',
        active: true,
      }),
    );
    accountId = res.data.createServiceAccount.serviceAccount.id;
    const [row] = await t.db.query<{ kind: string; password_hash: string | null }[]>(
      `SELECT kind, password_hash FROM users WHERE id = $1`,
      [accountId],
    );
    expect(row).toEqual({ kind: 'SERVICE_ACCOUNT', password_hash: null });
    const audit = await t.db.query<{ operation: string; actor_email: string }[]>(
      `SELECT operation, actor_email FROM audit_events WHERE entity_type = 'User' AND entity_id = $1`,
      [accountId],
    );
    expect(audit).toEqual([{ operation: 'createServiceAccount', actor_email: 'admin@test.gevinst.no' }]);
  });

  it('answers a refused input as userErrors (nb and en), with nothing stored or audited', async () => {
    const input = {
      i: { email: 'okonomisystem@test.gevinst.no', name: 'Igjen', organisationId: ksId, roles: ['READER'] },
    };
    const count = async () =>
      (
        await t.db.query<{ users: number; audits: number }[]>(
          `SELECT (SELECT count(*)::int FROM users WHERE email = 'okonomisystem@test.gevinst.no') AS users,
                  (SELECT count(*)::int FROM audit_events WHERE operation = 'createServiceAccount') AS audits`,
        )
      )[0];
    const before = await count();
    const nb = await t.gql(CREATE_ACCOUNT, input, { 'accept-language': 'nb' });
    const en = await t.gql(CREATE_ACCOUNT, input, { 'accept-language': 'en' });
    for (const res of [nb, en]) {
      expect(res.errors).toBeUndefined();
      expect(res.data.createServiceAccount.serviceAccount).toBeNull();
    }
    expect(en.data.createServiceAccount.userErrors).toEqual([
      {
        code: 'BAD_USER_INPUT',
        reason: 'EMAIL_TAKEN',
        field: ['input', 'email'],
        message: 'okonomisystem@test.gevinst.no already has a user',
      },
    ]);
    const [nbError] = nb.data.createServiceAccount.userErrors;
    expect(nbError).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'EMAIL_TAKEN',
      field: ['input', 'email'],
    });
    expect(nbError.message).toBe('okonomisystem@test.gevinst.no har allerede en bruker');
    expect(await count()).toEqual(before);
  });

  it('keeps a password off a service account: the database refuses one, and so does updateUser', async () => {
    await expect(
      t.db.query(`UPDATE users SET password_hash = 'x' WHERE id = $1`, [accountId]),
    ).rejects.toThrow(/users_password_by_kind/);
    await expect(
      t.db.query(`UPDATE users SET kind = 'SERVICE_ACCOUNT' WHERE email = 'admin@test.gevinst.no'`),
    ).rejects.toThrow(/users_password_by_kind/);
    const version = (await t.gql(`query($id: ID!) { user(id: $id) { version } }`, { id: accountId })).data
      .user.version;
    const res = await t.gql(`mutation($i: UpdateUserInput!) { updateUser(input: $i) { id } }`, {
      i: { id: accountId, version, password: 'a long test password 42' },
    });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].extensions!.problems[0]).toEqual(
      expect.objectContaining({ field: 'password', reason: 'SERVICE_ACCOUNT_NO_PASSWORD' }),
    );
  });

  it('cannot sign in with any password', async () => {
    const res = await t.anonymous(
      `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`,
      {
        e: 'okonomisystem@test.gevinst.no',
        p: 'a long test password 42',
      },
    );
    expect(errorCode(res)).toBe('UNAUTHENTICATED');
    expect(res.errors![0].extensions!.reason).toBe('WRONG_CREDENTIALS');
  });

  it('refuses non-administrators, tokens for a person, and no expiry unless the server allows it', async () => {
    const owner = await t.as('eier@demo.gevinst.no');
    const byOwner = await owner(CREATE_ACCOUNT, {
      i: { email: 'x@test.gevinst.no', name: 'x', organisationId: ksId, roles: ['READER'] },
    });
    expect(errorCode(byOwner)).toBe('FORBIDDEN');
    const forOthers = await owner(CREATE_TOKEN, {
      i: { name: 'x', scopes: ['READ'], expiresAt: inDays(30), userId: accountId },
    });
    expect(errorCode(forOthers)).toBe('FORBIDDEN');
    const personId = (
      await t.db.query<{ id: string }[]>(`SELECT id FROM users WHERE email = 'eier@demo.gevinst.no'`)
    )[0].id;
    const forPerson = await t.gql(CREATE_TOKEN, {
      i: { name: 'x', scopes: ['READ'], expiresAt: inDays(30), userId: personId },
    });
    expect(errorCode(forPerson)).toBe('FORBIDDEN');
    expect(forPerson.errors![0].extensions!.reason).toBe('TOKEN_OWNER_NOT_SERVICE_ACCOUNT');
    const noExpiry = await t.gql(CREATE_TOKEN, { i: { name: 'x', scopes: ['READ'], userId: accountId } });
    expect(errorCode(noExpiry)).toBe('BAD_USER_INPUT');
    expect(noExpiry.errors![0].extensions!.problems[0]).toEqual(
      expect.objectContaining({ field: 'expiresAt', reason: 'TOKEN_EXPIRY_REQUIRED' }),
    );
    const tooLong = await t.gql(CREATE_TOKEN, {
      i: { name: 'x', scopes: ['READ'], expiresAt: inDays(731), userId: accountId },
    });
    expect(tooLong.errors![0].extensions!.problems[0]).toEqual(
      expect.objectContaining({
        field: 'expiresAt',
        reason: 'TOKEN_LIFETIME_TOO_LONG',
        params: { days: 730 },
      }),
    );
    const [{ count }] = await t.db.query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM api_tokens WHERE user_id IN ($1, $2)`,
      [accountId, personId],
    );
    expect(count).toBe(0);
  });

  it('rotates: two tokens valid during the change-over, the old one refused at once when revoked', async () => {
    const old = await t.gql(CREATE_TOKEN, {
      i: { name: 'Økonomisystem 2026', scopes: ['READ'], expiresAt: inDays(90), userId: accountId },
    });
    expect(old.errors).toBeUndefined();
    expect(old.data.createApiToken.token.owner).toEqual({ id: accountId, kind: 'SERVICE_ACCOUNT' });
    const oldClient = t.withToken(old.data.createApiToken.secret);
    const me = await oldClient(`{ me { email kind roles } }`);
    expect(me.data.me).toEqual({
      email: 'okonomisystem@test.gevinst.no',
      kind: 'SERVICE_ACCOUNT',
      roles: ['READER'],
    });
    // Its roles are those of the service account: a READER does not write.
    const write = await oldClient(
      `mutation($i: CreateServiceAccountInput!) { createServiceAccount(input: $i) { serviceAccount { id } } }`,
      { i: { email: 'y@test.gevinst.no', name: 'y', organisationId: ksId, roles: ['READER'] } },
    );
    expect(errorCode(write)).toBe('FORBIDDEN');

    const next = await t.gql(CREATE_TOKEN, {
      i: { name: 'Økonomisystem 2027', scopes: ['READ'], expiresAt: inDays(455), userId: accountId },
    });
    const nextClient = t.withToken(next.data.createApiToken.secret);
    // The change-over: both work.
    expect((await oldClient(`{ me { id } }`)).data.me.id).toBe(accountId);
    expect((await nextClient(`{ me { id } }`)).data.me.id).toBe(accountId);
    // The administrator lists the service account's tokens and revokes the old one.
    const list = await t.gql(`query($u: ID) { apiTokens(userId: $u) { totalCount nodes { id name } } }`, {
      u: accountId,
    });
    expect(list.data.apiTokens.totalCount).toBe(2);
    const revoked = await t.gql(`mutation($id: ID!) { revokeApiToken(id: $id) { revokedAt } }`, {
      id: old.data.createApiToken.token.id,
    });
    expect(revoked.errors).toBeUndefined();
    expect(errorCode(await oldClient(`{ me { id } }`))).toBe('UNAUTHENTICATED');
    expect((await nextClient(`{ me { id } }`)).data.me.id).toBe(accountId);

    const audit = await t.db.query<{ operation: string; owner_organisation_id: string }[]>(
      `SELECT operation, owner_organisation_id FROM audit_events
       WHERE entity_type = 'ApiToken' AND entity_id = ANY($1::text[]) ORDER BY id`,
      [[old.data.createApiToken.token.id, next.data.createApiToken.token.id]],
    );
    expect(audit.map((event) => event.operation)).toEqual([
      'createApiToken',
      'createApiToken',
      'revokeApiToken',
    ]);
    expect(audit[0].owner_organisation_id).toBe(ksId);
  });

  it('seeds the demo service account of the integrator example', async () => {
    const [row] = await t.db.query<{ kind: string; password_hash: string | null; roles: string[] }[]>(
      `SELECT kind, password_hash, roles FROM users WHERE email = 'integrasjon.ks@demo.gevinst.no'`,
    );
    expect(row).toEqual({ kind: 'SERVICE_ACCOUNT', password_hash: null, roles: ['READER'] });
  });
});

describe('tokens without expiry where the server allows them', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ demo: false, env: { API_TOKEN_ALLOW_NO_EXPIRY: 'true' } });
  });
  afterAll(() => t?.close());

  it('creates a token that never expires, which works', async () => {
    const res = await t.gql(CREATE_TOKEN, { i: { name: 'for ever', scopes: ['READ'] } });
    expect(res.errors).toBeUndefined();
    expect(res.data.createApiToken.token.expiresAt).toBeNull();
    expect((await t.withToken(res.data.createApiToken.secret)(`{ me { email } }`)).data.me.email).toBe(
      'admin@test.gevinst.no',
    );
  });
});
