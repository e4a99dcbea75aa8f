import { createHash } from 'node:crypto';
import {
  type Gql,
  type TestApp,
  DEMO_PASSWORD,
  TEST_ADMIN,
  errorCode,
  startTestApp,
} from './support/test-app.js';

/**
 * The deny matrix: every persona against every operation, each cell asserted. "ok" means the operation
 * succeeded; otherwise the expected error code.
 */
type Persona =
  | 'anonymous'
  | 'admin'
  | 'owner'
  | 'reviewer'
  | 'bergen'
  | 'oslo'
  | 'integrator'
  | 'readToken'
  | 'writeToken';
type Expect = 'ok' | 'UNAUTHENTICATED' | 'FORBIDDEN';

describe('access control (deny matrix), API tokens and the audit trail', () => {
  let t: TestApp;
  const as = {} as Record<Persona, Gql>;
  const ids: Record<string, string> = {};
  let seq = 0;

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    as.anonymous = t.anonymous;
    as.admin = t.gql;
    as.owner = await t.as('eier@demo.gevinst.no');
    as.reviewer = await t.as('departement@demo.gevinst.no');
    as.bergen = await t.as('okonomi.bergen@demo.gevinst.no');
    as.oslo = await t.as('okonomi.oslo@demo.gevinst.no');
    as.integrator = await t.as('integrator@demo.gevinst.no');
    const future = new Date(Date.now() + 86_400_000).toISOString();
    const token = async (scopes: string[]) =>
      (
        await as.owner(
          `mutation($i: CreateApiTokenInput!) { createApiToken(input: $i) { secret token { id scopes } } }`,
          { i: { name: `owner ${scopes.join('+')}`, scopes, expiresAt: future } },
        )
      ).data.createApiToken.secret as string;
    as.readToken = t.withToken(await token(['READ']));
    as.writeToken = t.withToken(await token(['READ', 'WRITE']));
    const find = async (code: string) =>
      (await t.gql(`{ initiatives(filter: { search: "${code}" }) { nodes { id version } } }`)).data
        .initiatives.nodes[0].id as string;
    ids.bedrift = await find('DEMO-LIV-BEDRIFT'); // owned by Brønnøysundregistrene (the owner persona)
    ids.jobb = await find('DEMO-LIV-JOBB'); // owned by NAV
    const org = async (n: string) =>
      (await t.gql(`{ organisationByOrgNumber(orgNumber: "${n}") { id } }`)).data.organisationByOrgNumber
        .id as string;
    ids.brreg = await org('974760673');
    ids.nfd = await org('912660680');
    ids.oslo = await org('958935420');
    ids.bergen = await org('964338531');
    ids.ks = await org('971032146');
    ids.ownerUser = (await as.owner(`{ me { id } }`)).data.me.id;
  });
  afterAll(() => t.close());

  const version = async (id: string) =>
    (await t.gql(`query($id: ID!) { initiative(id: $id) { version } }`, { id })).data.initiative
      .version as number;

  const operations: Record<string, { run: (gql: Gql) => Promise<any>; allowed: Persona[] }> = {
    'read organisations': {
      run: (gql) => gql(`{ organisations(limit: 2) { totalCount nodes { name population } } }`),
      allowed: ['admin', 'owner', 'reviewer', 'bergen', 'oslo', 'integrator', 'readToken', 'writeToken'],
    },
    'read initiatives with nested fields': {
      run: (gql) =>
        gql(
          `{ initiatives(limit: 2) { nodes { name owner { name } participants { organisation { name } } } } }`,
        ),
      allowed: ['admin', 'owner', 'reviewer', 'bergen', 'oslo', 'integrator', 'readToken', 'writeToken'],
    },
    me: {
      run: (gql) => gql(`{ me { email } }`),
      allowed: ['admin', 'owner', 'reviewer', 'bergen', 'oslo', 'integrator', 'readToken', 'writeToken'],
    },
    'create organisation': {
      run: (gql) =>
        gql(
          `mutation { createOrganisation(input: { orgNumber: "923609016", name: "Test ${++seq}", kind: OTHER }) { id } }`,
        ).then(async (res) => {
          if (res.data?.createOrganisation)
            await t.db.query(`DELETE FROM organisations WHERE org_number = '923609016'`);
          return res;
        }),
      allowed: ['admin'],
    },
    'update organisation': {
      run: async (gql) => {
        const v = (await t.gql(`query($id: ID!) { organisation(id: $id) { version } }`, { id: ids.ks })).data
          .organisation.version;
        return gql(`mutation($i: UpdateOrganisationInput!) { updateOrganisation(input: $i) { id } }`, {
          i: { id: ids.ks, version: v, name: 'KS – Kommunesektorens organisasjon' },
        });
      },
      allowed: ['admin'],
    },
    'set population': {
      run: (gql) =>
        gql(
          `mutation($id: ID!) { setOrganisationPopulation(organisationId: $id, population: { year: 2030, value: 1 }) { id } }`,
          {
            id: ids.bergen,
          },
        ),
      allowed: ['admin'],
    },
    'create initiative for Brønnøysundregistrene': {
      run: (gql) =>
        gql(`mutation($i: CreateInitiativeInput!) { createInitiative(input: $i) { id } }`, {
          i: { code: `ACL-${++seq}`, name: 'Tilgangstest', ownerId: ids.brreg, ministryId: ids.nfd },
        }),
      allowed: ['admin', 'owner', 'writeToken'],
    },
    'update own-organisation initiative': {
      run: async (gql) =>
        gql(`mutation($i: UpdateInitiativeInput!) { updateInitiative(input: $i) { id } }`, {
          i: { id: ids.bedrift, version: await version(ids.bedrift), description: `[Demo] endret ${++seq}` },
        }),
      allowed: ['admin', 'owner', 'writeToken'],
    },
    "update another organisation's initiative": {
      run: async (gql) =>
        gql(`mutation($i: UpdateInitiativeInput!) { updateInitiative(input: $i) { id } }`, {
          i: { id: ids.jobb, version: await version(ids.jobb), description: `[Demo] endret ${++seq}` },
        }),
      allowed: ['admin'],
    },
    'add and remove a participant': {
      run: async (gql) => {
        const res = await gql(
          `mutation($i: ID!, $o: ID!) { addParticipant(initiativeId: $i, organisationId: $o, role: BENEFICIARY) { id } }`,
          { i: ids.bedrift, o: ids.ks },
        );
        if (res.data?.addParticipant)
          await gql(
            `mutation($i: ID!, $o: ID!) { removeParticipant(initiativeId: $i, organisationId: $o) { id } }`,
            {
              i: ids.bedrift,
              o: ids.ks,
            },
          );
        return res;
      },
      allowed: ['admin', 'owner', 'writeToken'],
    },
    'list users': { run: (gql) => gql(`{ users { totalCount } }`), allowed: ['admin'] },
    "read another user's profile": {
      run: (gql) => gql(`query($id: ID!) { user(id: $id) { email } }`, { id: ids.ownerUser }),
      allowed: ['admin', 'owner', 'writeToken', 'readToken'],
    },
    'create user': {
      run: (gql) =>
        gql(`mutation($i: CreateUserInput!) { createUser(input: $i) { id } }`, {
          i: {
            email: `new${++seq}@test.no`,
            name: 'Ny',
            password: 'long enough password',
            organisationId: ids.ks,
            roles: ['READER'],
          },
        }),
      allowed: ['admin'],
    },
    "list everybody's API tokens": {
      run: (gql) => gql(`{ apiTokens(all: true) { totalCount } }`),
      allowed: ['admin'],
    },
    'list own API tokens': {
      run: (gql) => gql(`{ apiTokens { nodes { id } } }`),
      allowed: ['admin', 'owner', 'reviewer', 'bergen', 'oslo', 'integrator', 'readToken', 'writeToken'],
    },
    'read the audit trail': {
      run: (gql) => gql(`{ auditEvents(limit: 5) { totalCount } }`),
      allowed: ['admin', 'owner', 'reviewer', 'bergen', 'oslo', 'integrator', 'readToken', 'writeToken'],
    },
  };

  const personas: Persona[] = [
    'anonymous',
    'admin',
    'owner',
    'reviewer',
    'bergen',
    'oslo',
    'integrator',
    'readToken',
    'writeToken',
  ];
  const cells = Object.entries(operations).flatMap(([name, op]) =>
    personas.map((persona) => {
      const expected: Expect =
        persona === 'anonymous' ? 'UNAUTHENTICATED' : op.allowed.includes(persona) ? 'ok' : 'FORBIDDEN';
      return [name, persona, expected] as const;
    }),
  );

  it.each(cells)('%s as %s → %s', async (name, persona, expected) => {
    const res = await operations[name].run(as[persona]);
    if (expected === 'ok') {
      expect(res.errors).toBeUndefined();
    } else {
      expect(errorCode(res)).toBe(expected);
      expect(res.data ? Object.values(res.data).every((v) => v === null) : true).toBe(true);
    }
  });

  it('answers FORBIDDEN without changing anything when a READ token tries to write', async () => {
    const before = await version(ids.bedrift);
    const res = await as.readToken(
      `mutation($i: UpdateInitiativeInput!) { updateInitiative(input: $i) { id } }`,
      {
        i: { id: ids.bedrift, version: before, name: 'Endret av lesetoken' },
      },
    );
    expect(errorCode(res)).toBe('FORBIDDEN');
    expect(res.errors![0].message).toMatch(/READ scope/);
    expect(await version(ids.bedrift)).toBe(before);
  });

  it('shows a token secret once, lists tokens without it, and refuses a revoked token at once', async () => {
    const created = await as.integrator(
      `mutation($i: CreateApiTokenInput!) { createApiToken(input: $i) { secret token { id name prefix scopes } } }`,
      {
        i: {
          name: 'Integrasjon',
          scopes: ['READ'],
          expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
        },
      },
    );
    const { secret, token } = created.data.createApiToken;
    expect(secret).toMatch(/^gvt_[A-Za-z0-9_-]{43}$/);
    expect(secret.startsWith(token.prefix)).toBe(true);
    const listed = await as.integrator(`{ apiTokens { nodes { id name prefix revokedAt } } }`);
    expect(JSON.stringify(listed)).not.toContain(secret);
    const stored = await t.db.query(`SELECT token_hash FROM api_tokens WHERE id = $1`, [token.id]);
    expect(stored[0].token_hash).not.toContain(secret);
    const client = t.withToken(secret);
    expect((await client(`{ me { email } }`)).data.me.email).toBe('integrator@demo.gevinst.no');
    const revoked = await as.integrator(`mutation($id: ID!) { revokeApiToken(id: $id) { revokedAt } }`, {
      id: token.id,
    });
    expect(revoked.data.revokeApiToken.revokedAt).toBeTruthy();
    const after = await client(`{ me { email } }`);
    expect(errorCode(after)).toBe('UNAUTHENTICATED');
    // Someone else's token looks like no token at all.
    const other = await as.oslo(`mutation($id: ID!) { revokeApiToken(id: $id) { id } }`, { id: token.id });
    expect(errorCode(other)).toBe('NOT_FOUND');
    // A token cannot mint tokens.
    const minted = await as.writeToken(
      `mutation($i: CreateApiTokenInput!) { createApiToken(input: $i) { secret } }`,
      { i: { name: 'x', scopes: ['READ'], expiresAt: new Date(Date.now() + 3_600_000).toISOString() } },
    );
    expect(errorCode(minted)).toBe('FORBIDDEN');
  });

  it('signs in and out, never returns a password hash, and refuses expired sessions', async () => {
    const login = await t.anonymous(
      `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token expiresAt user { email name roles organisation { name } } } }`,
      { e: 'OKONOMI.BERGEN@demo.gevinst.no', p: DEMO_PASSWORD },
    );
    expect(login.data.login.user).toEqual({
      email: 'okonomi.bergen@demo.gevinst.no',
      name: 'Berit Økonomi (Bergen)',
      roles: ['FINANCE_OFFICER'],
      organisation: { name: 'Bergen' },
    });
    expect(JSON.stringify(login)).not.toMatch(/argon2/);
    const session = t.withToken(login.data.login.token);
    expect((await session(`{ me { email } }`)).data.me.email).toBe('okonomi.bergen@demo.gevinst.no');
    expect((await session(`mutation { logout }`)).data.logout).toBe(true);
    expect(errorCode(await session(`{ me { email } }`))).toBe('UNAUTHENTICATED');

    const again = await t.as('okonomi.bergen@demo.gevinst.no');
    await t.db.query(`UPDATE sessions SET expires_at = now() - interval '1 second' WHERE token_hash = $1`, [
      createHash('sha256').update(again.token).digest('hex'),
    ]);
    const expired = await again(`{ me { email } }`);
    expect(errorCode(expired)).toBe('UNAUTHENTICATED');
    expect(expired.errors![0].message).toMatch(/invalid, expired or revoked/);
  });

  it('uses the same answer for an unknown e-mail and a wrong password, and throttles repeated failures', async () => {
    const attempt = (e: string, p: string) =>
      t.anonymous(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`, {
        e,
        p,
      });
    const unknown = await attempt('nobody@example.no', 'whatever-password');
    const wrong = await attempt('okonomi.oslo@demo.gevinst.no', 'wrong-password!!');
    expect(errorCode(unknown)).toBe('UNAUTHENTICATED');
    expect(unknown.errors![0].message).toBe(wrong.errors![0].message);
    for (let i = 0; i < 4; i++) await attempt('okonomi.oslo@demo.gevinst.no', 'wrong-password!!');
    const throttled = await attempt('okonomi.oslo@demo.gevinst.no', DEMO_PASSWORD);
    expect(errorCode(throttled)).toBe('TOO_MANY_REQUESTS');
    expect(throttled.errors![0].message).toMatch(/Too many failed sign-ins for this account/);
  });

  it('lets administrators deactivate users, which ends their sessions', async () => {
    const reader = await t.as('integrator@demo.gevinst.no');
    const me = (await reader(`{ me { id version } }`)).data.me;
    const res = await t.gql(`mutation($i: UpdateUserInput!) { updateUser(input: $i) { active } }`, {
      i: { id: me.id, version: me.version, active: false },
    });
    expect(res.data.updateUser.active).toBe(false);
    expect(errorCode(await reader(`{ me { id } }`))).toBe('UNAUTHENTICATED');
    const login = await t.anonymous(
      `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`,
      {
        e: 'integrator@demo.gevinst.no',
        p: DEMO_PASSWORD,
      },
    );
    expect(errorCode(login)).toBe('UNAUTHENTICATED');
    const short = await t.gql(`mutation($i: CreateUserInput!) { createUser(input: $i) { id } }`, {
      i: {
        email: 'kort@test.no',
        name: 'Kort',
        password: 'short',
        organisationId: ids.ks,
        roles: ['READER'],
      },
    });
    expect(short.errors![0].message).toBe('password: must be at least 12 characters');
  });

  it('writes an audit event for every mutation, scoped to the owner organisation', async () => {
    const before = Number((await t.db.query(`SELECT count(*) AS n FROM audit_events`))[0].n);
    const v = await version(ids.bedrift);
    await as.owner(`mutation($i: UpdateInitiativeInput!) { updateInitiative(input: $i) { id } }`, {
      i: { id: ids.bedrift, version: v, phase: 'REALISATION', description: '[Demo] revidert' },
    });
    const after = Number((await t.db.query(`SELECT count(*) AS n FROM audit_events`))[0].n);
    expect(after).toBe(before + 1);
    const events = await as.owner(
      `query($id: String!) { auditEvents(filter: { entityType: "Initiative", entityId: $id }, limit: 1) {
        nodes { operation actorEmail actorKind organisationId before after } } }`,
      { id: ids.bedrift },
    );
    const event = events.data.auditEvents.nodes[0];
    expect(event).toMatchObject({
      operation: 'updateInitiative',
      actorEmail: 'eier@demo.gevinst.no',
      actorKind: 'USER',
    });
    expect(event.before.version).toBe(v);
    expect(event.after.version).toBe(v + 1);
    expect(event.after.description).toBe('[Demo] revidert');
    // Oslo sees nothing of Brønnøysundregistrene's trail.
    const oslo = await as.oslo(
      `query($id: String!) { auditEvents(filter: { entityId: $id }) { totalCount } }`,
      {
        id: ids.bedrift,
      },
    );
    expect(oslo.data.auditEvents.totalCount).toBe(0);
  });

  it('keeps the audit table append-only at the database level', async () => {
    await expect(t.db.query(`UPDATE audit_events SET operation = 'tampered'`)).rejects.toThrow(/append-only/);
    await expect(t.db.query(`DELETE FROM audit_events`)).rejects.toThrow(/append-only/);
    await expect(t.db.query(`TRUNCATE audit_events`)).rejects.toThrow(/append-only/);
  });

  it('fails the change when its audit event cannot be written', async () => {
    const v = await version(ids.bedrift);
    await t.db.query(
      `ALTER TABLE audit_events ADD CONSTRAINT audit_test_block CHECK (operation <> 'updateInitiative') NOT VALID`,
    );
    try {
      const res = await as.owner(
        `mutation($i: UpdateInitiativeInput!) { updateInitiative(input: $i) { id } }`,
        {
          i: { id: ids.bedrift, version: v, name: 'Skal ikke lagres' },
        },
      );
      expect(res.errors).toBeDefined();
      expect(await version(ids.bedrift)).toBe(v);
    } finally {
      await t.db.query(`ALTER TABLE audit_events DROP CONSTRAINT audit_test_block`);
    }
  });

  it('rejects deep and over-complex queries, and introspection without a session', async () => {
    let deep = 'id';
    for (let i = 0; i < 11; i++) deep = `parent { ${deep} }`;
    const tooDeep = await t.gql(`{ organisations(limit: 1) { nodes { ${deep} } } }`);
    expect(errorCode(tooDeep)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(tooDeep.errors![0].message).toMatch(/exceeds maximum operation depth of 10/);
    const page = `organisations(limit: 500) { nodes { id name orgNumber kind parent { name } children { name } populations { year value } } }`;
    const complex = await t.gql(`{ a: ${page} b: ${page} c: ${page} d: ${page} e: ${page} }`);
    expect(errorCode(complex)).toBe('TOO_COMPLEX');
    const anonymousSchema = await t.anonymous(`{ __schema { queryType { name } } }`);
    expect(errorCode(anonymousSchema)).toBe('UNAUTHENTICATED');
    const signedInSchema = await t.gql(`{ __schema { queryType { name } } }`);
    expect(signedInSchema.data.__schema.queryType.name).toBe('Query');
  });

  it('sends security headers, limits the body size and keeps the health check public', async () => {
    const health = await fetch(`${t.url}/health`);
    expect(health.status).toBe(200);
    expect(health.headers.get('x-content-type-options')).toBe('nosniff');
    expect(health.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    expect(health.headers.get('x-powered-by')).toBeNull();
    const huge = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ me { id } }`, variables: { x: 'x'.repeat(2_000_000) } }),
    });
    expect(huge.status).toBe(413);
    expect(TEST_ADMIN.email).toBe('admin@test.gevinst.no');
  });
});
