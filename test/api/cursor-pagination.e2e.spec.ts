import { type TestApp, errorCode, startTestApp } from './support/test-app.js';

const NB = { 'accept-language': 'nb' };

const INITIATIVES = `query($first: Int, $after: String, $offset: Int, $limit: Int) {
  initiatives(first: $first, after: $after, offset: $offset, limit: $limit, sort: { field: CODE, direction: ASC }) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage endCursor }
    nodes { id code owner { id name } ministry { id name } }
  }
}`;

/** The bench's page: owner, ministry and participants (the complexity limit allows 20 a page here). */
const WITH_PARTICIPANTS = `query($first: Int) {
  initiatives(first: $first, sort: { field: CODE, direction: ASC }) {
    totalCount
    nodes { id code name phase lifeEvent startDate endDate version owner { id name } ministry { id name }
      participants { id role pays organisation { id name } } }
  }
}`;

/**
 * Cursor paging (first/after, pageInfo) alongside offset paging on the large lists, the paged nested list
 * Initiative.participantsPage, and the coded errors of a bad cursor or page size; and the initiatives page
 * and the allocation lines, each read in at most two statements besides authentication.
 */
describe('cursor pagination', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
  });
  afterAll(() => t.close());

  it('pages the initiatives by cursor to the same records, in the same order, as by offset', async () => {
    const all = await t.gql(INITIATIVES, { offset: 0, limit: 500 });
    expect(all.errors).toBeUndefined();
    const expected = all.data.initiatives.nodes;
    expect(expected.length).toBeGreaterThan(5);
    expect(all.data.initiatives.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false });

    const seen: unknown[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const res: any = await t.gql(INITIATIVES, { first: 3, after });
      expect(res.errors).toBeUndefined();
      const page: any = res.data.initiatives;
      expect(page.totalCount).toBe(expected.length);
      expect(page.nodes.length).toBeLessThanOrEqual(3);
      expect(page.pageInfo.hasPreviousPage).toBe(pages > 0);
      seen.push(...page.nodes);
      pages++;
      if (!page.pageInfo.hasNextPage) break;
      expect(typeof page.pageInfo.endCursor).toBe('string');
      after = page.pageInfo.endCursor;
    }
    expect(pages).toBe(Math.ceil(expected.length / 3));
    expect(seen).toEqual(expected);
  });

  it('pages the allocation lines by cursor with the totals of every matching line', async () => {
    const query = `query($first: Int, $after: String, $limit: Int) {
      allocations(first: $first, after: $after, limit: $limit) {
        totalCount totalAmount totalActualAmount pageInfo { hasNextPage endCursor }
        nodes { id plannedAmount initiative { code } }
      }
    }`;
    const all = (await t.gql(query, { limit: 500 })).data.allocations;
    expect(all.totalCount).toBeGreaterThan(4);
    const first = (await t.gql(query, { first: 2 })).data.allocations;
    const second = (await t.gql(query, { first: 2, after: first.pageInfo.endCursor })).data.allocations;
    for (const page of [first, second]) {
      expect(page.totalCount).toBe(all.totalCount);
      expect(page.totalAmount).toBe(all.totalAmount);
      expect(page.totalActualAmount).toBe(all.totalActualAmount);
      expect(page.pageInfo.hasNextPage).toBe(true);
    }
    expect([...first.nodes, ...second.nodes]).toEqual(all.nodes.slice(0, 4));
    // Past the end: no line, the totals still there and no cursor to go on from.
    const past = (
      await t.gql(
        `{ allocations(offset: 100000) { totalCount totalAmount pageInfo { hasNextPage endCursor } nodes { id } } }`,
      )
    ).data.allocations;
    expect(past).toEqual({
      totalCount: all.totalCount,
      totalAmount: all.totalAmount,
      pageInfo: { hasNextPage: false, endCursor: null },
      nodes: [],
    });
  });

  it('pages an initiative’s participants (participantsPage) as the deprecated unpaged list orders them', async () => {
    const found = await t.gql(WITH_PARTICIPANTS, { first: 20 });
    expect(found.errors).toBeUndefined();
    const initiative = found.data.initiatives.nodes.reduce((a: any, b: any) =>
      b.participants.length > a.participants.length ? b : a,
    );
    const expected = initiative.participants;
    expect(expected.length).toBeGreaterThan(2);
    const query = `query($id: ID!, $after: String) { initiative(id: $id) {
      participantsPage(first: 2, after: $after) {
        totalCount pageInfo { hasNextPage hasPreviousPage endCursor } nodes { id role pays organisation { id name } }
      } } }`;
    const seen: unknown[] = [];
    let after: string | null = null;
    for (;;) {
      const res: any = await t.gql(query, { id: initiative.id, after });
      expect(res.errors).toBeUndefined();
      const page: any = res.data.initiative.participantsPage;
      expect(page.totalCount).toBe(expected.length);
      seen.push(...page.nodes);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(expected);

    // On a whole page of initiatives: one window of each, with each one's count.
    const nested = await t.gql(`{ initiatives(limit: 20) { nodes { participants { id }
      participantsPage(first: 1) { totalCount nodes { id } pageInfo { hasNextPage } } } } }`);
    expect(nested.errors).toBeUndefined();
    for (const node of nested.data.initiatives.nodes) {
      expect(node.participantsPage.totalCount).toBe(node.participants.length);
      expect(node.participantsPage.nodes).toEqual(node.participants.slice(0, 1));
      expect(node.participantsPage.pageInfo.hasNextPage).toBe(node.participants.length > 1);
    }
  });

  it('refuses a bad cursor, a cursor of another list, a page size out of range and a cursor with an offset', async () => {
    const allocationCursor = (await t.gql(`{ allocations(first: 1) { pageInfo { endCursor } } }`)).data
      .allocations.pageInfo.endCursor;
    const cases: [Record<string, unknown>, string, string, string][] = [
      [{ first: 2, after: 'not a cursor' }, 'after', 'is not a cursor of this list', 'er ikke en peker'],
      [{ first: 2, after: allocationCursor }, 'after', 'is not a cursor of this list', 'er ikke en peker'],
      [{ first: 0 }, 'first', 'must be between 1 and 500 (got 0)', 'må være mellom 1 og 500'],
      [{ first: 501 }, 'first', 'must be between 1 and 500 (got 501)', 'må være mellom 1 og 500'],
    ];
    for (const [variables, field, english, norwegian] of cases) {
      const res: any = await t.gql(INITIATIVES, variables, { 'accept-language': 'en' });
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.errors[0].extensions.field).toBe(field);
      expect(res.errors[0].message).toContain(english);
      const nb: any = await t.gql(INITIATIVES, variables, NB);
      expect(nb.errors[0].message).toContain(norwegian);
      expect(nb.data).toBeNull();
    }
    const cursor = (await t.gql(INITIATIVES, { first: 1 })).data.initiatives.pageInfo.endCursor;
    const both: any = await t.gql(
      INITIATIVES,
      { first: 1, after: cursor, offset: 3 },
      { 'accept-language': 'en' },
    );
    expect(errorCode(both)).toBe('BAD_USER_INPUT');
    expect(both.errors[0].extensions.field).toBe('offset');
    expect(both.errors[0].message).toContain('cannot be combined with offset');
    const nested = await t.gql(
      `{ initiatives(limit: 1) { nodes { participantsPage(first: 2, after: "${cursor}") { totalCount } } } }`,
    );
    expect(errorCode(nested)).toBe('BAD_USER_INPUT');
  });

  it('reads the initiatives page and the allocation lines in at most two statements besides authentication', async () => {
    // What authentication alone costs this caller: a query that reads nothing else.
    const authOnly = (await t.gql(`{ __typename }`)).queryCount;
    expect(Number.isFinite(authOnly)).toBe(true);
    const page = await t.gql(WITH_PARTICIPANTS, { first: 20 });
    expect(page.errors).toBeUndefined();
    expect(page.data.initiatives.nodes.some((n: any) => n.participants.length > 1)).toBe(true);
    expect(page.queryCount - authOnly).toBeLessThanOrEqual(2);
    const { organisationId, year } = (
      await t.gql(`{ allocations(limit: 1) { nodes { year organisation { id } } } }`)
    ).data.allocations.nodes.map((n: any) => ({ organisationId: n.organisation.id, year: n.year }))[0];
    const lines = await t.gql(
      `query($o: ID!, $y: Int!) { allocations(filter: { organisationId: $o, year: $y }, limit: 500) {
        totalCount totalAmount totalActualAmount
        nodes { id year costCategory plannedAmount actualAmount share explanation initiative { code name } } } }`,
      { o: organisationId, y: year },
    );
    expect(lines.errors).toBeUndefined();
    expect(lines.data.allocations.nodes.length).toBeGreaterThan(0);
    // The lines' initiatives (narrow columns) come with the page's own statement.
    expect(lines.queryCount - authOnly).toBeLessThanOrEqual(1);
    // The same initiatives as their own field gives them, and as the batch loader gives them when the
    // selection needs more than the page statement reads (the description).
    const wide = await t.gql(
      `query($o: ID!, $y: Int!) { allocations(filter: { organisationId: $o, year: $y }, limit: 500) {
        nodes { id initiative { id code name description owner { name } } } } }`,
      { o: organisationId, y: year },
    );
    expect(wide.errors).toBeUndefined();
    const ids = [...new Set(wide.data.allocations.nodes.map((n: any) => n.initiative.id))];
    for (const id of ids) {
      const one = (
        await t.gql(`query($id: ID!) { initiative(id: $id) { id code name description owner { name } } }`, {
          id,
        })
      ).data.initiative;
      for (const n of wide.data.allocations.nodes.filter((n: any) => n.initiative.id === id))
        expect(n.initiative).toEqual(one);
    }
    const narrowById = new Map(lines.data.allocations.nodes.map((n: any) => [n.id, n.initiative]));
    for (const n of wide.data.allocations.nodes)
      expect(narrowById.get(n.id)).toEqual({ code: n.initiative.code, name: n.initiative.name });
  });
});
