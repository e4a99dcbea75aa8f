import { type TestApp, startTestApp } from './support/test-app.js';

/**
 * The initiative list is counted, sorted and cut on ids and sort keys first, and only the page's rows are
 * then read whole and sorted again (InitiativeRepository.pageWithOrganisations). Whatever the column sort,
 * paging through the list in small pages must give the one list a single page gives, in the same order,
 * with the same count on every page.
 */
const LIST = `query($sort: InitiativeSort, $offset: Int!, $limit: Int!) {
  initiatives(sort: $sort, offset: $offset, limit: $limit) {
    totalCount nodes { id code name phase startDate owner { id name } ministry { id name } }
  }
}`;

const PHASES = ['CONCEPT', 'PLANNING', 'EXECUTION', 'REALISATION', 'CLOSED'];

interface Row {
  id: string;
  code: string;
  name: string;
  phase: string;
  startDate: string | null;
  owner: { id: string; name: string };
  ministry: { id: string; name: string };
}

describe('initiative list: pages in every column order', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ demo: true });
  });
  afterAll(() => t.close());

  async function page(sort: { field: string; direction: string }, offset: number, limit: number) {
    const res = await t.gql(LIST, { sort, offset, limit });
    expect(res.errors).toBeUndefined();
    return res.data.initiatives as { totalCount: number; nodes: Row[] };
  }

  const fields = ['CODE', 'NAME', 'PHASE', 'START_DATE', 'UPDATED_AT'];
  it.each(fields.flatMap((field) => ['ASC', 'DESC'].map((direction) => [field, direction])))(
    'sort %s %s: pages of 4 add up to the whole list',
    async (field, direction) => {
      const sort = { field, direction };
      const whole = await page(sort, 0, 500);
      expect(whole.totalCount).toBeGreaterThan(8);
      expect(whole.nodes).toHaveLength(whole.totalCount);
      const paged: Row[] = [];
      for (let offset = 0; offset < whole.totalCount; offset += 4) {
        const part = await page(sort, offset, 4);
        expect(part.totalCount).toBe(whole.totalCount);
        paged.push(...part.nodes);
      }
      expect(paged).toEqual(whole.nodes);
      // Each row carries its own owner and ministry (joined after the page was cut).
      for (const row of whole.nodes) {
        expect(row.owner.id).toBeTruthy();
        expect(row.ministry.name).toBeTruthy();
      }
    },
  );

  it('orders by the asked key, ties by code (ascending: nulls last)', async () => {
    const key: Record<string, (row: Row) => string | number | null> = {
      CODE: (row) => row.code,
      NAME: (row) => row.name,
      PHASE: (row) => PHASES.indexOf(row.phase),
      START_DATE: (row) => row.startDate,
    };
    for (const [field, of] of Object.entries(key)) {
      const { nodes } = await page({ field, direction: 'ASC' }, 0, 500);
      for (let k = 1; k < nodes.length; k++) {
        const [a, b] = [of(nodes[k - 1]), of(nodes[k])];
        if (a === null) expect(b).toBeNull();
        else if (b !== null && a === b) expect(nodes[k - 1].code < nodes[k].code).toBe(true);
        else if (b !== null) expect(a < b).toBe(true);
      }
    }
  });

  it('a page past the end is empty and still counts the list', async () => {
    const whole = await page({ field: 'CODE', direction: 'ASC' }, 0, 500);
    const past = await page({ field: 'CODE', direction: 'ASC' }, whole.totalCount + 10, 5);
    expect(past).toEqual({ totalCount: whole.totalCount, nodes: [] });
  });

  it('one initiative is read with its owner and ministry in one statement, the same as the list gives', async () => {
    const authOnly = (await t.gql(`{ __typename }`)).queryCount;
    const { nodes } = await page({ field: 'CODE', direction: 'ASC' }, 0, 500);
    for (const row of nodes.slice(0, 5)) {
      const one = await t.gql(
        `query($id: ID!) { initiative(id: $id) { id code name phase startDate owner { id name } ministry { id name } } }`,
        { id: row.id },
      );
      expect(one.errors).toBeUndefined();
      expect(one.data.initiative).toEqual(row);
      expect(one.queryCount - authOnly).toBeLessThanOrEqual(1);
    }
  });
});
