import { DeprecatedUsageRepository } from '../../apps/api/src/deprecated-usage/deprecated-usage.repository.js';
import { DeprecatedUsageClientKind } from '../../apps/api/src/deprecated-usage/dto/deprecated-usage.args.js';
import { todayInNorway } from '../../apps/api/src/common/today.js';
import { type Gql, type TestApp, errorCode, startTestApp } from './support/test-app.js';

/**
 * Issue 19, follow-up: which clients still use deprecated parts of the schema (docs/api-changes.md,
 * "Usage is visible"). An integration's API token (of a service account) selects a deprecated field, gives a
 * deprecated argument and a deprecated input field in variables; the administrators' `deprecatedUsage`
 * shows exactly those coordinates, per operation name and day, with the token's and the account's names.
 * Counts are buffered per process and written by a timer (1 s here), on shutdown, and before a read.
 */
const USAGE = `query Usage($filter: DeprecatedUsageFilter, $sort: DeprecatedUsageSort) {
  deprecatedUsage(filter: $filter, sort: $sort, limit: 100) {
    totalCount
    nodes {
      coordinate deprecationReason clientKind clientId clientName ownerId ownerName ownerEmail ownerKind
      operationName day requestCount firstSeenAt lastSeenAt
    }
  }
}`;
const NOWHERE = '00000000-0000-4000-8000-000000000000';

describe('recording which operations use deprecated fields', () => {
  let t: TestApp;
  let integration: Gql;
  let tokenId: string;
  let accountId: string;

  beforeAll(async () => {
    t = await startTestApp({ demo: false, env: { DEPRECATED_USAGE_FLUSH_SECONDS: '1' } });
    const organisationId = (
      await t.db.query<{ id: string }[]>(`SELECT id FROM organisations ORDER BY name LIMIT 1`)
    )[0].id;
    const account = await t.gql(
      `mutation($i: CreateServiceAccountInput!) {
        createServiceAccount(input: $i) { serviceAccount { id } userErrors { code } }
      }`,
      {
        i: {
          email: 'okonomisystem@test.gevinst.no',
          name: 'Økonomisystemet',
          organisationId,
          roles: ['READER'],
        },
      },
    );
    expect(account.errors).toBeUndefined();
    expect(account.data.createServiceAccount.userErrors).toEqual([]);
    accountId = account.data.createServiceAccount.serviceAccount.id;
    const token = await t.gql(
      `mutation($i: CreateApiTokenInput!) { createApiToken(input: $i) { secret token { id } } }`,
      {
        i: {
          name: 'Fakturaintegrasjon',
          scopes: ['READ'],
          expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
          userId: accountId,
        },
      },
    );
    expect(token.errors).toBeUndefined();
    tokenId = token.data.createApiToken.token.id;
    integration = t.withToken(token.data.createApiToken.secret);
  });
  afterAll(() => t?.close());

  const rowsOf = async (filter: Record<string, unknown>) => {
    const res = await t.gql(USAGE, { filter, sort: { field: 'COORDINATE', direction: 'ASC' } });
    expect(res.errors).toBeUndefined();
    return res.data.deprecatedUsage;
  };

  it('counts a deprecated field, argument and input field per operation, and nothing for a clean query', async () => {
    // A deprecated field (Organisation.children → childrenPage), twice.
    for (let i = 0; i < 2; i++) {
      const res = await integration(
        `query OrgTree { organisations(limit: 2) { nodes { id children { id } } } }`,
      );
      expect(res.errors).toBeUndefined();
    }
    // A deprecated argument given in a variable; the same operation without the variable uses nothing.
    const search = `query TokenSearch($s: String) { apiTokens(search: $s) { totalCount } }`;
    expect((await integration(search, { s: 'Faktura' })).errors).toBeUndefined();
    expect((await integration(search, {})).errors).toBeUndefined();
    // A deprecated input field inside a variable's value (KeySpecInput.floor → floorAmount). The
    // initiative is not there: the operation ran and was answered with an error, and it is counted.
    const preview = await integration(
      `query PreviewKey($i: ID!, $k: KeySpecInput) {
        previewAllocation(initiativeId: $i, year: 2026, keySpec: $k) { allocatedAmount }
      }`,
      { i: NOWHERE, k: { method: 'EQUAL', floor: '10.00' } },
    );
    expect(errorCode(preview)).toEqual(expect.stringMatching(/^(NOT_FOUND|FORBIDDEN)$/));
    // Nothing deprecated: nothing recorded.
    const clean = await integration(
      `query Clean($s: String) { organisations(limit: 1) { nodes { id } } apiTokens(filter: { search: $s }) { totalCount } }`,
      { s: 'x' },
    );
    expect(clean.errors).toBeUndefined();

    const page = await rowsOf({ clientId: tokenId });
    const day = todayInNorway();
    expect(
      page.nodes.map((row: Record<string, unknown>) => [row.coordinate, row.operationName, row.requestCount]),
    ).toEqual([
      ['KeySpecInput.floor', 'PreviewKey', 1],
      ['Organisation.children', 'OrgTree', 2],
      ['Query.apiTokens(search:)', 'TokenSearch', 1],
    ]);
    expect(page.totalCount).toBe(3);
    for (const row of page.nodes)
      expect(row).toEqual(
        expect.objectContaining({
          clientKind: 'API_TOKEN',
          clientId: tokenId,
          clientName: 'Fakturaintegrasjon',
          ownerId: accountId,
          ownerName: 'Økonomisystemet',
          ownerEmail: 'okonomisystem@test.gevinst.no',
          ownerKind: 'SERVICE_ACCOUNT',
          day,
        }),
      );
    expect(page.nodes[1].deprecationReason).toBe('Unpaged: use childrenPage(first:, after:).');
    expect(page.nodes[0].deprecationReason).toBe('Use floorAmount.');
    expect(new Date(page.nodes[1].firstSeenAt) <= new Date(page.nodes[1].lastSeenAt)).toBe(true);
    expect((await rowsOf({ operationName: 'Clean' })).totalCount).toBe(0);
    // Filters: a coordinate's start, the kind of client, a day.
    expect(
      (await rowsOf({ coordinate: 'Organisation.' })).nodes.map((r: { coordinate: string }) => r.coordinate),
    ).toEqual(['Organisation.children']);
    expect((await rowsOf({ clientKind: 'USER', clientId: tokenId })).totalCount).toBe(0);
    expect((await rowsOf({ since: '2999-01-01' })).totalCount).toBe(0);
  });

  it('writes the counts with the timer, without a read, and adds to the stored row', async () => {
    await integration(`query OrgTree { organisations(limit: 1) { nodes { children { id } } } }`);
    const stored = async () =>
      (
        await t.db.query<{ request_count: number }[]>(
          `SELECT request_count FROM deprecated_usage WHERE client_id = $1 AND operation_name = 'OrgTree'`,
          [tokenId],
        )
      )[0]?.request_count;
    const deadline = Date.now() + 10_000;
    while ((await stored()) !== 3 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    expect(await stored()).toBe(3);
  });

  it('adds concurrent upserts of the same key without losing a count', async () => {
    const repository = t.app.get(DeprecatedUsageRepository);
    const now = new Date();
    const count = {
      coordinate: 'Test.concurrent',
      clientKind: DeprecatedUsageClientKind.API_TOKEN,
      clientId: tokenId,
      operationName: 'Parallel',
      day: todayInNorway(now),
      requestCount: 5,
      firstSeenAt: now,
      lastSeenAt: now,
    };
    const other = { ...count, coordinate: 'Test.concurrent2', requestCount: 1 };
    await Promise.all(
      Array.from({ length: 8 }, (_, i) => repository.add(i % 2 ? [count, other] : [other, count])),
    );
    const rows = await t.db.query<{ coordinate: string; request_count: number }[]>(
      `SELECT coordinate, request_count FROM deprecated_usage WHERE operation_name = 'Parallel' ORDER BY coordinate`,
    );
    expect(rows).toEqual([
      { coordinate: 'Test.concurrent', request_count: 40 },
      { coordinate: 'Test.concurrent2', request_count: 8 },
    ]);
    // Not in the schema: listed, with no deprecation reason.
    const listed = await rowsOf({ coordinate: 'Test.concurrent2' });
    expect(listed.nodes).toEqual([expect.objectContaining({ deprecationReason: null, requestCount: 8 })]);
  });

  it('deletes the days past the retention', async () => {
    const repository = t.app.get(DeprecatedUsageRepository);
    const old = new Date('2020-01-01T12:00:00Z');
    await repository.add([
      {
        coordinate: 'Test.old',
        clientKind: DeprecatedUsageClientKind.USER,
        clientId: accountId,
        operationName: '',
        day: '2020-01-01',
        requestCount: 1,
        firstSeenAt: old,
        lastSeenAt: old,
      },
    ]);
    expect(await repository.deleteBefore('2020-01-02')).toBe(1);
    expect((await rowsOf({ coordinate: 'Test.old' })).totalCount).toBe(0);
    expect((await rowsOf({ clientId: tokenId })).totalCount).toBeGreaterThan(0);
  });

  it('answers FORBIDDEN to anyone but an administrator, and UNAUTHENTICATED to the anonymous', async () => {
    const refused = await integration(USAGE, {});
    expect(errorCode(refused)).toBe('FORBIDDEN');
    expect(refused.data).toBeFalsy();
    expect(errorCode(await t.anonymous(USAGE, {}))).toBe('UNAUTHENTICATED');
  });
});
