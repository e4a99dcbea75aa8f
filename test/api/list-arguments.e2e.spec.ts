/**
 * Issue 19: every list takes `filter`, `sort`, `offset` and `limit` (docs/api.md, "Lists"). For each list
 * that answered a bare list (or, webhookDeliveries, a page without filter and sort) before: the answer
 * without the new arguments is the answer with the defaults spelled out; ascending reversed is descending
 * for a field with unique values; windows join to the whole list; a filter narrows to exactly the rows it
 * names; the deprecated loose argument and the filter give the same answer; `limit` outside 1–500 is
 * BAD_USER_INPUT on `limit`.
 */
import { aBenefit, aMeasurement } from './support/benefits.js';
import { initiativeIdsByCode, queryData } from './support/graphql.js';
import { anInitiative } from './support/initiatives.js';
import { organisationIds } from './support/organisations.js';
import { type TestApp, errorCode, startTestApp } from './support/test-app.js';

type Row = Record<string, any>;

interface ListCase {
  /** The Query field. */
  field: string;
  /** Arguments every call needs (the required filter), as GraphQL text; empty when none. */
  base: () => string;
  /** The selection; `key` names each row. */
  selection: string;
  key: (row: Row) => string;
  /** A sort field whose values are unique in the list (so DESC is exactly ASC reversed). */
  unique: string;
  /** The whole list's default sort, spelled out. */
  defaultSort: string;
  /** A filter that narrows, and which rows it keeps. */
  narrow?: { filter: (whole: Row[]) => string; keeps: (row: Row, whole: Row[]) => boolean };
  /** Deprecated loose arguments and the filter that replaces them (the same answer). */
  loose?: () => { args: string; filter: string };
  /** How many rows the list has at least in this test (windows are checked on it). */
  atLeast: number;
  /** The page fields (webhookDeliveries answers a page). */
  page?: boolean;
}

describe('filter, sort, offset and limit on every list (issue 19)', () => {
  let t: TestApp;
  const ids: Record<string, string> = {};
  let since = '';

  beforeAll(async () => {
    // The webhook worker polls every ten minutes here: the deliveries stay as queued while they are compared.
    t = await startTestApp({ demo: true, env: { WEBHOOK_POLL_INTERVAL_MS: '600000' } });
    const byCode = await initiativeIdsByCode(t.gql);
    const org = await organisationIds(t.gql, { brreg: '974760673', nfd: '912660680' });
    Object.assign(ids, org);

    // The initiative with the most runs and driver values in the demo.
    let mostRuns = -1;
    let mostDrivers = -1;
    for (const id of Object.values(byCode)) {
      const data = await queryData(
        t.gql,
        `query($i: ID!) { allocationRuns(filter: { initiativeId: $i }) { id } allocationDrivers(filter: { initiativeId: $i }) { year } }`,
        { i: id },
      );
      if (data.allocationRuns.length > mostRuns) [mostRuns, ids.runs] = [data.allocationRuns.length, id];
      if (data.allocationDrivers.length > mostDrivers)
        [mostDrivers, ids.drivers] = [data.allocationDrivers.length, id];
    }
    ids.initiatives = JSON.stringify(Object.values(byCode).slice(0, 5));
    const calls = await queryData(t.gql, `{ coFinancingCalls { id year } }`);
    let mostRows = -1;
    for (const call of calls.coFinancingCalls as Row[]) {
      const ranking = await queryData(
        t.gql,
        `query($c: ID!) { coFinancingRanking(filter: { callId: $c }) { rank } }`,
        {
          c: call.id,
        },
      );
      if (ranking.coFinancingRanking.length > mostRows)
        [mostRows, ids.call] = [ranking.coFinancingRanking.length, call.id];
    }

    // Two webhook subscriptions of every organisation, and three queued deliveries to the first.
    for (const [url, eventTypes] of [
      ['https://93.184.215.14/gevinst-a', ['MEASUREMENT_RECORDED']],
      ['https://93.184.215.14/gevinst-b', ['ALLOCATION_RUN_CREATED', 'MEASUREMENT_RECORDED']],
    ] as const) {
      const created = await queryData(
        t.gql,
        `mutation($i: CreateWebhookSubscriptionInput!) {
           createWebhookSubscription(input: $i) { webhookSubscription { id } userErrors { code } } }`,
        { i: { url, eventTypes, allOrganisations: true } },
      );
      expect(created.createWebhookSubscription.userErrors).toEqual([]);
      ids[url.slice(-1)] = created.createWebhookSubscription.webhookSubscription.id;
    }
    const initiative = await anInitiative(t.gql, { ownerId: org.brreg, ministryId: org.nfd });
    const benefit = await aBenefit(t.gql, { initiativeId: initiative.id });
    await aMeasurement(t.gql, { benefitId: benefit.id, date: '2025-01-31', value: '1' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    since = new Date().toISOString();
    await aMeasurement(t.gql, { benefitId: benefit.id, date: '2025-02-28', value: '2' });
    await aMeasurement(t.gql, { benefitId: benefit.id, date: '2025-03-31', value: '3' });

    // Identity providers: two enabled, one not.
    for (const [slug, enabled] of [
      ['idp-b', true],
      ['idp-a', false],
      ['idp-c', true],
    ] as const) {
      const created = await queryData(
        t.gql,
        `mutation($i: IdentityProviderInput!) { createIdentityProvider(input: $i) { identityProvider { id } userErrors { code } } }`,
        {
          i: {
            slug,
            displayName: `Leverandør ${slug}`,
            issuerUrl: `https://${slug}.example.no`,
            clientId: 'gevinst',
            clientSecret: 'secret',
            organisationClaim: 'orgno',
            enabled,
          },
        },
      );
      expect(created.createIdentityProvider.userErrors).toEqual([]);
    }
  });
  afterAll(() => t?.close());

  const cases: ListCase[] = [
    {
      field: 'allocationRuns',
      base: () => `filter: { initiativeId: "${ids.runs}" }`,
      selection: 'id year status createdAt',
      key: (r) => r.id,
      unique: 'CREATED_AT',
      defaultSort: '{ field: YEAR, direction: DESC }',
      narrow: {
        filter: (whole) => `filter: { initiativeId: "${ids.runs}", year: ${whole[0].year} }`,
        keeps: (r, whole) => r.year === whole[0].year,
      },
      loose: () => ({
        args: `initiativeId: "${ids.runs}"`,
        filter: `filter: { initiativeId: "${ids.runs}" }`,
      }),
      atLeast: 2,
    },
    {
      field: 'allocationDrivers',
      base: () => `filter: { initiativeId: "${ids.drivers}" }`,
      selection: 'year driver value organisation { id }',
      key: (r) => `${r.year}/${r.driver}/${r.organisation.id}`,
      unique: '',
      defaultSort: '{ field: YEAR, direction: ASC }',
      loose: () => ({
        args: `initiativeId: "${ids.drivers}"`,
        filter: `filter: { initiativeId: "${ids.drivers}" }`,
      }),
      atLeast: 2,
    },
    {
      field: 'coFinancingCalls',
      base: () => '',
      selection: 'id year status deadline',
      key: (r) => r.id,
      unique: 'YEAR',
      defaultSort: '{ field: YEAR, direction: DESC }',
      narrow: { filter: () => 'filter: { status: OPEN }', keeps: (r) => r.status === 'OPEN' },
      atLeast: 1,
    },
    {
      field: 'coFinancingRanking',
      base: () => `filter: { callId: "${ids.call}" }`,
      selection: 'rank initiativeCode category',
      key: (r) => r.initiativeCode,
      unique: 'RANK',
      defaultSort: '{ field: RANK, direction: ASC }',
      loose: () => ({ args: `callId: "${ids.call}"`, filter: `filter: { callId: "${ids.call}" }` }),
      atLeast: 2,
    },
    {
      field: 'coFinancingReportDeadlines',
      base: () => 'filter: { asOf: "2030-06-01" }',
      selection: 'initiativeId code overdueCount',
      key: (r) => r.initiativeId,
      unique: 'CODE',
      defaultSort: '{ field: CODE, direction: ASC }',
      narrow: {
        filter: () => 'filter: { asOf: "2030-06-01", overdueOnly: true }',
        keeps: (r) => r.overdueCount > 0,
      },
      loose: () => ({
        args: 'asOf: "2030-06-01", overdueOnly: true',
        filter: 'filter: { asOf: "2030-06-01", overdueOnly: true }',
      }),
      atLeast: 1,
    },
    {
      field: 'counties',
      base: () => '',
      selection: 'number name',
      key: (r) => r.number,
      unique: 'NAME',
      defaultSort: '{ field: NUMBER, direction: ASC }',
      narrow: { filter: () => 'filter: { search: "fold" }', keeps: (r) => /fold/i.test(r.name) },
      atLeast: 15,
    },
    {
      field: 'identityProviders',
      base: () => '',
      selection: 'id slug displayName enabled',
      key: (r) => r.id,
      unique: 'SLUG',
      defaultSort: '{ field: DISPLAY_NAME, direction: ASC }',
      narrow: { filter: () => 'filter: { enabled: true }', keeps: (r) => r.enabled === true },
      atLeast: 3,
    },
    {
      field: 'initiativeStatusOverviews',
      base: () => `filter: { initiativeIds: ${ids.initiatives} }`,
      selection: 'initiativeId',
      key: (r) => r.initiativeId,
      unique: 'INITIATIVE_ID',
      defaultSort: '{ field: NAMED, direction: ASC }',
      loose: () => ({
        args: `initiativeIds: ${ids.initiatives}`,
        filter: `filter: { initiativeIds: ${ids.initiatives} }`,
      }),
      atLeast: 5,
    },
    {
      field: 'kostraCodes',
      base: () => `filter: { organisationId: "${ids.brreg}" }`,
      selection: 'category art function own',
      key: (r) => r.category,
      unique: 'CATEGORY',
      defaultSort: '{ field: CATEGORY, direction: ASC }',
      narrow: {
        filter: () => `filter: { organisationId: "${ids.brreg}", category: LICENCE }`,
        keeps: (r) => r.category === 'LICENCE',
      },
      loose: () => ({
        args: `organisationId: "${ids.brreg}"`,
        filter: `filter: { organisationId: "${ids.brreg}" }`,
      }),
      atLeast: 2,
    },
    {
      field: 'populationYears',
      base: () => '',
      selection: 'year organisationCount',
      key: (r) => String(r.year),
      unique: 'YEAR',
      defaultSort: '{ field: YEAR, direction: DESC }',
      atLeast: 1,
    },
    {
      field: 'priceIndex',
      base: () => '',
      selection: 'year value',
      key: (r) => String(r.year),
      unique: 'YEAR',
      defaultSort: '{ field: YEAR, direction: ASC }',
      narrow: {
        filter: () => 'filter: { fromYear: 2018, toYear: 2020 }',
        keeps: (r) => r.year >= 2018 && r.year <= 2020,
      },
      atLeast: 5,
    },
    {
      field: 'statusReportDeadlines',
      base: () => 'filter: { asOf: "2030-06-01" }',
      selection: 'benefitId state dueDate initiativeId initiativeCode',
      key: (r) => r.benefitId,
      unique: '',
      defaultSort: '{ field: URGENCY, direction: ASC }',
      narrow: {
        filter: (whole) => `filter: { asOf: "2030-06-01", initiativeId: "${whole[0].initiativeId}" }`,
        keeps: (r, whole) => r.initiativeId === whole[0].initiativeId,
      },
      loose: () => ({
        args: 'asOf: "2030-06-01", overdueOnly: true',
        filter: 'filter: { asOf: "2030-06-01", overdueOnly: true }',
      }),
      atLeast: 2,
    },
    {
      field: 'webhookSubscriptions',
      base: () => '',
      selection: 'id url eventTypes',
      key: (r) => r.id,
      unique: 'URL',
      defaultSort: '{ field: CREATED_AT, direction: DESC }',
      narrow: {
        filter: () => 'filter: { eventType: ALLOCATION_RUN_CREATED }',
        keeps: (r) => r.eventTypes.includes('ALLOCATION_RUN_CREATED'),
      },
      atLeast: 2,
    },
    {
      field: 'webhookDeliveries',
      page: true,
      base: () => `filter: { subscriptionId: "${ids.a}" }`,
      selection: 'id eventType status',
      key: (r) => r.id,
      unique: '',
      defaultSort: '{ field: CREATED_AT, direction: DESC }',
      narrow: {
        filter: () => `filter: { subscriptionId: "${ids.a}", since: "${since}" }`,
        keeps: () => true, // checked by position: the two queued after `since` are the newest two
      },
      loose: () => ({ args: `subscriptionId: "${ids.a}"`, filter: `filter: { subscriptionId: "${ids.a}" }` }),
      atLeast: 3,
    },
  ];

  /** The rows the list answers to exactly these arguments (the nodes of a page). */
  async function call(c: ListCase, ...args: string[]): Promise<Row[]> {
    const text = args.filter(Boolean);
    const selection = c.page ? `{ totalCount nodes { ${c.selection} } }` : `{ ${c.selection} }`;
    const res = await t.gql(`{ ${c.field}${text.length ? `(${text.join(', ')})` : ''} ${selection} }`);
    expect(res.errors).toBeUndefined();
    return c.page ? res.data[c.field].nodes : res.data[c.field];
  }
  /** The rows the list answers to its required filter and these arguments. */
  const rows = (c: ListCase, ...args: string[]) => call(c, c.base(), ...args);
  const keys = (c: ListCase, list: Row[]) => list.map(c.key);

  it('prices a list by its limit in the query cost, and by its largest size without one', async () => {
    // allocationRuns without a limit is priced as its 500 rows at most (1 + 500 × 1), with limit: 2 as
    // two (1 + 2 × 1): 40 aliases cost 20,040 (over the budget of 20,000) without a limit, 120 with one.
    const aliases = (args: string) =>
      Array.from(
        { length: 40 },
        (_, i) => `r${i}: allocationRuns(filter: { initiativeId: "${ids.runs}" }${args}) { id }`,
      ).join(' ');
    const unlimited = await t.gql(`{ ${aliases('')} }`);
    expect(errorCode(unlimited)).toBe('TOO_COMPLEX');
    expect(unlimited.errors![0].extensions!.complexity).toBe(40 * 501);
    const limited = await t.gql(`{ ${aliases(', limit: 2')} }`);
    expect(limited.errors).toBeUndefined();
    expect(limited.data.r39).toHaveLength(2);
  });

  describe.each(cases.map((c) => [c.field, c] as const))('%s', (_field, c) => {
    it('answers the same without the new arguments as with the defaults spelled out', async () => {
      const plain = await rows(c);
      expect(plain.length).toBeGreaterThanOrEqual(c.atLeast);
      expect(await rows(c, `sort: ${c.defaultSort}`)).toEqual(plain);
      expect(await rows(c, c.page ? 'offset: 0' : 'offset: 0, limit: null')).toEqual(plain);
    });

    it('reverses exactly between ASC and DESC on a field with unique values', async () => {
      if (!c.unique) return; // no field of this list is unique: the window and filter tests cover it
      const asc = keys(c, await rows(c, `sort: { field: ${c.unique}, direction: ASC }`));
      const desc = keys(c, await rows(c, `sort: { field: ${c.unique}, direction: DESC }`));
      expect(new Set(asc).size).toBe(asc.length);
      expect(desc).toEqual([...asc].reverse());
    });

    it('cuts windows that join to the whole list', async () => {
      const whole = keys(c, await rows(c, c.page ? 'limit: 500' : ''));
      const joined: string[] = [];
      for (let offset = 0; offset < whole.length + 2; offset += 2)
        joined.push(...keys(c, await rows(c, `offset: ${offset}, limit: 2`)));
      expect(joined).toEqual(whole);
    });

    it('narrows with a filter to exactly the rows it names', async () => {
      if (!c.narrow) return;
      const whole = await rows(c);
      const narrowed = await call(c, c.narrow.filter(whole));
      if (c.field === 'webhookDeliveries') {
        expect(narrowed.length).toBe(2);
        expect(whole.length).toBe(3);
        expect(keys(c, narrowed)).toEqual(keys(c, whole).slice(0, 2));
        return;
      }
      expect(keys(c, narrowed)).toEqual(
        keys(
          c,
          whole.filter((row) => c.narrow!.keeps(row, whole)),
        ),
      );
      expect(narrowed.length).toBeLessThan(whole.length);
    });

    it('gives the same answer to the deprecated loose arguments as to the filter', async () => {
      if (!c.loose) return;
      const { args, filter } = c.loose();
      const fromLoose = keys(c, await call(c, args));
      expect(fromLoose.length).toBeGreaterThan(0);
      expect(fromLoose).toEqual(keys(c, await call(c, filter)));
    });

    it('refuses limit 0 and 501 as BAD_USER_INPUT on limit', async () => {
      for (const limit of [0, 501]) {
        const args = [c.base(), `limit: ${limit}`].filter(Boolean).join(', ');
        const res = await t.gql(
          `{ ${c.field}(${args}) ${c.page ? '{ totalCount }' : `{ ${c.selection} }`} }`,
        );
        expect(errorCode(res)).toBe('BAD_USER_INPUT');
        expect(res.errors![0].extensions!.problems[0].field).toBe('limit');
      }
    });
  });
});
