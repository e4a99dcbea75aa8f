/**
 * Issue 19, "payload types for mutations": the mutations introduced with issues 19–21 answer
 * `{ <entity>, userErrors }`. A refused input (BAD_USER_INPUT, NOT_FOUND of an id given, CONFLICT) is
 * data — the entity null, nothing stored, nothing audited — in the language of Accept-Language; FORBIDDEN
 * and UNAUTHENTICATED stay top-level errors. The other payload mutations are covered in their own suites
 * (service-accounts, webhooks, budget-forecast, invoice-basis, key-confirmation, integration-script).
 */
import { type Gql, type TestApp, errorCode, startTestApp } from './support/test-app.js';
import { aSignedInUser } from './support/users.js';

const NOWHERE = '00000000-0000-4000-8000-000000000000';
const USER_ERRORS = 'userErrors { code reason field message }';
const PROVIDER = 'identityProvider { id slug displayName version }';
const CREATE = `mutation($i: IdentityProviderInput!) { createIdentityProvider(input: $i) { ${PROVIDER} ${USER_ERRORS} } }`;
const UPDATE = `mutation($id: ID!, $i: UpdateIdentityProviderInput!) {
  updateIdentityProvider(id: $id, input: $i) { ${PROVIDER} ${USER_ERRORS} } }`;
const DELETE = `mutation($id: ID!) { deleteIdentityProvider(id: $id) { deletedId ${USER_ERRORS} } }`;

const provider = (slug: string, extra: Record<string, unknown> = {}) => ({
  slug,
  displayName: `Leverandør ${slug}`,
  issuerUrl: 'https://idp.example.no',
  clientId: 'gevinst',
  clientSecret: 'a client secret',
  organisationClaim: 'orgno',
  ...extra,
});

describe('mutation payloads and userErrors (issue 19)', () => {
  let t: TestApp;
  let reader: Gql;
  /** The identity providers and their audit events: what a refused mutation must leave as it was. */
  const stored = async () =>
    (
      await t.db.query<{ providers: number; audits: number }[]>(
        `SELECT (SELECT count(*)::int FROM identity_providers) AS providers,
                (SELECT count(*)::int FROM audit_events WHERE entity_type = 'IdentityProvider') AS audits`,
      )
    )[0];

  beforeAll(async () => {
    t = await startTestApp();
    const me = await t.gql(`{ me { organisation { id } } }`);
    reader = await aSignedInUser(t, { organisationId: me.data.me.organisation.id });
  });
  afterAll(() => t?.close());

  it('creates: the entity and no userErrors; a refused input: userErrors in nb and en, nothing stored', async () => {
    const created = await t.gql(CREATE, { i: provider('forste') });
    expect(created.errors).toBeUndefined();
    expect(created.data.createIdentityProvider).toEqual({
      identityProvider: {
        id: expect.any(String),
        slug: 'forste',
        displayName: 'Leverandør forste',
        version: 1,
      },
      userErrors: [],
    });

    const before = await stored();
    const bad = { i: provider('andre', { issuerUrl: 'ftp://idp.example.no' }) };
    const nb = await t.gql(CREATE, bad, { 'accept-language': 'nb' });
    const en = await t.gql(CREATE, bad, { 'accept-language': 'en-GB' });
    expect(nb.errors).toBeUndefined();
    expect(nb.data.createIdentityProvider).toEqual({
      identityProvider: null,
      userErrors: [
        {
          code: 'BAD_USER_INPUT',
          reason: 'NOT_AN_HTTPS_URL',
          field: ['input', 'issuerUrl'],
          message: 'må være en https://-adresse (http:// bare for localhost)',
        },
      ],
    });
    expect(en.data.createIdentityProvider.userErrors).toEqual([
      {
        code: 'BAD_USER_INPUT',
        reason: 'NOT_AN_HTTPS_URL',
        field: ['input', 'issuerUrl'],
        message: 'must be an https:// address (http:// only for localhost)',
      },
    ]);
    // A rule of the state (the slug is taken): CONFLICT, no one field.
    const taken = await t.gql(CREATE, { i: provider('forste') }, { 'accept-language': 'en' });
    expect(taken.data.createIdentityProvider).toEqual({
      identityProvider: null,
      userErrors: [
        {
          code: 'CONFLICT',
          reason: 'OIDC_SLUG_TAKEN',
          field: null,
          message: 'An identity provider is already called forste',
        },
      ],
    });
    expect(await stored()).toEqual(before);
  });

  it('updates at the version read; a stale version and an unknown id are userErrors, nothing changed', async () => {
    const { id } = (await t.gql(CREATE, { i: provider('tredje') })).data.createIdentityProvider
      .identityProvider;
    const changed = await t.gql(UPDATE, { id, i: { ...provider('tredje'), displayName: 'Ny', version: 1 } });
    expect(changed.errors).toBeUndefined();
    expect(changed.data.updateIdentityProvider).toEqual({
      identityProvider: { id, slug: 'tredje', displayName: 'Ny', version: 2 },
      userErrors: [],
    });
    const before = await stored();
    const stale = await t.gql(UPDATE, {
      id,
      i: { ...provider('tredje'), displayName: 'Gammel', version: 1 },
    });
    expect(stale.data.updateIdentityProvider).toMatchObject({
      identityProvider: null,
      userErrors: [{ code: 'CONFLICT', reason: 'STALE_VERSION', field: null }],
    });
    // NOT_FOUND of the id given: the userError names the argument that held it.
    const missing = await t.gql(UPDATE, { id: NOWHERE, i: { ...provider('fjerde'), version: 1 } });
    expect(missing.data.updateIdentityProvider).toMatchObject({
      identityProvider: null,
      userErrors: [{ code: 'NOT_FOUND', reason: 'NOT_FOUND', field: ['id'] }],
    });
    expect(await stored()).toEqual(before);
    const [row] = await t.db.query(`SELECT display_name, version FROM identity_providers WHERE id = $1`, [
      id,
    ]);
    expect(row).toEqual({ display_name: 'Ny', version: 2 });
  });

  it('deletes: the deleted id; an unknown id is a userError', async () => {
    const { id } = (await t.gql(CREATE, { i: provider('femte') })).data.createIdentityProvider
      .identityProvider;
    const deleted = await t.gql(DELETE, { id });
    expect(deleted.errors).toBeUndefined();
    expect(deleted.data.deleteIdentityProvider).toEqual({ deletedId: id, userErrors: [] });
    const again = await t.gql(DELETE, { id }, { 'accept-language': 'nb' });
    expect(again.data.deleteIdentityProvider).toEqual({
      deletedId: null,
      userErrors: [
        { code: 'NOT_FOUND', reason: 'NOT_FOUND', field: ['id'], message: expect.stringContaining(id) },
      ],
    });
  });

  it('keeps FORBIDDEN a top-level error (and stores nothing), for valid and invalid input alike', async () => {
    const before = await stored();
    for (const [query, variables] of [
      [CREATE, { i: provider('sjette') }],
      [CREATE, { i: provider('sjette', { issuerUrl: 'ftp://x' }) }],
      [DELETE, { id: NOWHERE }],
      [UPDATE, { id: NOWHERE, i: { ...provider('sjette'), version: 1 } }],
    ] as const) {
      const res = await reader(query, variables);
      expect(errorCode(res)).toBe('FORBIDDEN');
      expect(res.data).toBeNull();
      expect(res.errors).toHaveLength(1);
    }
    expect(await stored()).toEqual(before);
  });

  it('signs out with a payload; without a session it is UNAUTHENTICATED, top-level', async () => {
    const res = await reader(`mutation { signOut { signedOut endSessionUrl ${USER_ERRORS} } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.signOut).toEqual({ signedOut: true, endSessionUrl: null, userErrors: [] });
    const anonymous = await t.anonymous(`mutation { signOut { signedOut ${USER_ERRORS} } }`);
    expect(errorCode(anonymous)).toBe('UNAUTHENTICATED');
  });

  it('answers a bulk call refused as a whole (more than MAX_BATCH_SIZE items) in its userErrors', async () => {
    const item = {
      initiativeId: NOWHERE,
      externalId: 'x',
      category: 'OPERATION',
      plannedAmount: '1.00',
      year: 2026,
    };
    const res = await t.gql(
      `mutation($i: [ImportCostItemInput!]!) { importCostItems(input: $i) {
         created updated unchanged failed results { status } ${USER_ERRORS} } }`,
      { i: Array.from({ length: 251 }, () => item) },
      { 'accept-language': 'nb' },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.importCostItems).toEqual({
      created: 0,
      updated: 0,
      unchanged: 0,
      failed: 0,
      results: [],
      userErrors: [
        {
          code: 'BAD_USER_INPUT',
          reason: 'TOO_MANY_AT_ONCE',
          field: ['input'],
          message: expect.stringContaining('250'),
        },
      ],
    });
  });
});
