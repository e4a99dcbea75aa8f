import { DataSource } from 'typeorm';
import { loadConfig } from '../../apps/api/src/config/app-config.js';
import { dataSourceOptions } from '../../apps/api/src/database/data-source-options.js';
import { organisationId } from './support/organisations.js';
import { type Gql, type TestApp, errorCode, startTestApp } from './support/test-app.js';

/**
 * Issue 12, findings 2 and 3: the complexity budget cannot be skipped, and one signed-in user cannot stall
 * the server. "Refused before execution" is proved by the X-Query-Count header: a refused request runs no
 * more SQL than the sign-in lookup of a request that selects nothing (`{ __typename }`).
 */
describe('complexity budget, statement cap and statement timeout', () => {
  let t: TestApp;
  let bergen: Gql;
  let fiks: string;
  let bergenId: string;

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    bergen = await t.as('okonomi.bergen@demo.gevinst.no');
    fiks = (await t.gql(`{ initiatives(filter: { search: "DEMO-DIGIFIN-FIKS" }) { nodes { id } } }`)).data
      .initiatives.nodes[0].id as string;
    bergenId = await organisationId(t.gql, '964338531');
  });

  afterAll(async () => {
    await t?.close();
  });

  /** Sends the query and expects TOO_COMPLEX with no SQL beyond the sign-in lookup. */
  async function expectRefusedBeforeExecution(gql: Gql, query: string, variables?: Record<string, unknown>) {
    const baseline = await gql(`{ __typename }`);
    expect(baseline.errors).toBeUndefined();
    const refused = await gql(query, variables);
    expect(errorCode(refused)).toBe('TOO_COMPLEX');
    expect(refused.status).toBe(400);
    expect(refused.data).toBeUndefined();
    expect(refused.queryCount).toBeLessThanOrEqual(baseline.queryCount);
    return refused;
  }

  const overBudget = `organisations(limit: 500) { nodes { id name orgNumber kind parent { name } children { name } populations { year value } } }`;

  it('refuses a query over the budget, and the same query padded with 10,000 __typename aliases', async () => {
    const plain = await expectRefusedBeforeExecution(t.gql, `{ a: ${overBudget} b: ${overBudget} }`);
    expect(plain.errors![0].extensions?.complexity).toBeGreaterThan(20_000);
    const padding = Array.from({ length: 10_000 }, (_, i) => `p${i}: __typename`).join(' ');
    await expectRefusedBeforeExecution(t.gql, `{ a: ${overBudget} b: ${overBudget} ${padding} }`);
    // Padding alone, which the estimator cannot walk, is refused too.
    await expectRefusedBeforeExecution(bergen, `{ ${padding} }`);
  });

  it('refuses a document whose fragments expand past the node limit', async () => {
    const fields = Array.from({ length: 40 }, (_, i) => `f${i}: __typename`).join(' ');
    // Fragments spread many times in one selection: few fields written, many walked.
    const wide = `query { ${Array.from({ length: 300 }, (_, i) => `m${i}: me { ...G }`).join(' ')} } fragment G on User { ${fields} }`;
    await expectRefusedBeforeExecution(t.gql, wide);
  });

  it('refuses 20 aliases of participants → organisation → allocationSummary, priced per row', async () => {
    const one = `initiative(id: $i) { participants { organisation { allocationSummary(year: 2024) { total } } } }`;
    const single = await bergen(`query($i: ID!) { ${one} }`, { i: fiks });
    expect(errorCode(single)).not.toBe('TOO_COMPLEX');
    const aliases = Array.from({ length: 20 }, (_, n) => `a${n}: ${one}`).join(' ');
    await expectRefusedBeforeExecution(bergen, `query($i: ID!) { ${aliases} }`, { i: fiks });
    await expectRefusedBeforeExecution(t.gql, `query($i: ID!) { ${aliases} }`, { i: fiks });
  });

  it('refuses 200 aliases of netPositions, and answers one', async () => {
    const one = `netPositions { totals { allocatedCostNok } }`;
    const single = await bergen(`{ ${one} }`);
    expect(single.errors).toBeUndefined();
    const aliases = Array.from({ length: 200 }, (_, n) => `n${n}: ${one}`).join(' ');
    await expectRefusedBeforeExecution(bergen, `{ ${aliases} }`);
  });

  it('prices an unpaged list by its largest size, per-row summaries by their SQL', async () => {
    // 40 organisations, each with its allocation summary: 40 × (1 + 50 + 1) fits the budget…
    const page = (limit: number) =>
      `{ organisations(limit: ${limit}) { nodes { id allocationSummary(year: 2024) { total } } } }`;
    const fits = await t.gql(page(40));
    expect(errorCode(fits)).not.toBe('TOO_COMPLEX');
    // …500 of them does not.
    const refused = await expectRefusedBeforeExecution(t.gql, page(500));
    expect(refused.errors![0].extensions?.complexity).toBe(1 + 500 * (1 + 50));
    // A county's children: up to 357 municipalities each.
    await expectRefusedBeforeExecution(
      t.gql,
      `{ organisations(limit: 100) { nodes { children { id parent { id } } } } }`,
    );
  });

  it('batches allocationSummary per request, with the scope rule of allocations', async () => {
    const page = (limit: number) =>
      `{ organisations(limit: ${limit}, sort: { field: NAME, direction: ASC }) { nodes { id allocationSummary(year: 2024) { total byInitiative { amount } } } } }`;
    const few = await t.gql(page(5));
    const many = await t.gql(page(40));
    expect(few.errors).toBeUndefined();
    expect(many.errors).toBeUndefined();
    expect(many.data.organisations.nodes).toHaveLength(40);
    // The same statements for 40 organisations as for 5: one batch, not one summary per row.
    expect(many.queryCount).toBe(few.queryCount);
    // Each organisation's summary is the one asked for on its own.
    const one = (id: string) =>
      t.gql(
        `query($o: ID!) { organisation(id: $o) { allocationSummary(year: 2024) { total byInitiative { amount } } } }`,
        {
          o: id,
        },
      );
    const withAmount = many.data.organisations.nodes.find(
      (node: { allocationSummary: { total: string } }) => node.allocationSummary.total !== '0.00',
    );
    if (withAmount)
      expect((await one(withAmount.id)).data.organisation.allocationSummary).toEqual(
        withAmount.allocationSummary,
      );
    // Each persona gets of Oslo what `allocations` gives it: FORBIDDEN, or the same (scoped) total.
    const oslo = await organisationId(t.gql, '958935420');
    for (const email of ['okonomi.bergen@demo.gevinst.no', 'integrator@demo.gevinst.no']) {
      const persona = await t.as(email);
      const me = (await persona(`{ me { organisation { id } } }`)).data.me.organisation.id as string;
      const mixed = await persona(
        `query($m: ID!, $o: ID!) {
          m: organisation(id: $m) { allocationSummary(year: 2024) { total } }
          o: organisation(id: $o) { allocationSummary(year: 2024) { total } }
        }`,
        { m: me, o: oslo },
      );
      expect(mixed.data.m.allocationSummary.total).toMatch(/^\d+\.\d{2}$/);
      const viaList = await persona(
        `query($o: ID!) { allocations(filter: { organisationId: $o, year: 2024 }, limit: 1) { totalPlannedAmount } }`,
        { o: oslo },
      );
      if (errorCode(viaList) === 'FORBIDDEN') {
        expect(mixed.data.o).toBeNull();
        expect(mixed.errors?.map((error) => [error.path?.[0], error.extensions?.code])).toEqual([
          ['o', 'FORBIDDEN'],
        ]);
      } else {
        expect(mixed.errors).toBeUndefined();
        expect(mixed.data.o.allocationSummary.total).toBe(viaList.data.allocations.totalPlannedAmount);
      }
    }
  });

  it('still reports invalid variables as BAD_USER_INPUT, not TOO_COMPLEX', async () => {
    const res = await t.gql(`query($i: ID!) { initiative(id: $i) { id } }`, { i: { not: 'an id' } });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
  });

  it('answers the ordinary pages of the admin within the budget', async () => {
    const res = await t.gql(
      `query($i: ID!) {
        initiative(id: $i) {
          id participants { id role pays costGroup organisation { id name kind administrativeLevel population } }
        }
        initiatives(limit: 25) { nodes { id code name owner { id name } ministry { id name }
          fundingSources { scheme plannedAmount } participants { id role organisation { id name } } } }
        organisation(id: "${bergenId}") { id allocationSummary(year: 2024) { total byInitiative { amount initiative { id code } } } }
      }`,
      { i: fiks },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.initiative.participants.length).toBeGreaterThan(0);
  });

  describe('the cap on SQL statements per request', () => {
    let capped: TestApp;

    beforeAll(async () => {
      capped = await startTestApp({ demo: true, env: { MAX_SQL_STATEMENTS_PER_REQUEST: '50' } });
    });

    afterAll(async () => {
      await capped?.close();
    });

    it('stops a request past the cap with TOO_COMPLEX, and lets the next one run', async () => {
      const initiative = (
        await capped.gql(`{ initiatives(filter: { search: "DEMO-DIGIFIN-FIKS" }) { nodes { id } } }`)
      ).data.initiatives.nodes[0].id as string;
      const one = await capped.gql(
        `{ previewAllocation(initiativeId: "${initiative}", year: 2024, total: "1000.00") { total } }`,
      );
      expect(one.errors).toBeUndefined();
      // Each preview runs its own statements; 60 of them (3,000 points, within the budget) pass the cap.
      const aliases = Array.from(
        { length: 60 },
        (_, n) =>
          `p${n}: previewAllocation(initiativeId: "${initiative}", year: 2024, total: "${1000 + n}.00") { total }`,
      ).join(' ');
      const res = await capped.gql(`{ ${aliases} }`);
      expect(res.errors?.length).toBeGreaterThan(0);
      expect(new Set(res.errors!.map((error) => error.extensions?.code))).toEqual(new Set(['TOO_COMPLEX']));
      expect(res.errors![0].message).toMatch(/too many database statements/);
      // Statements past the cap were never sent: the count stops a little past it (those already queued).
      expect(res.queryCount).toBeGreaterThan(50);
      const next = await capped.gql(`{ initiatives(limit: 5) { nodes { id code } } }`);
      expect(next.errors).toBeUndefined();
      expect(next.data.initiatives.nodes.length).toBeGreaterThan(0);
    });
  });

  const server = process.env.DATABASE_URL;
  (server ? describe : describe.skip)('the statement timeout (PostgreSQL server)', () => {
    it('sets STATEMENT_TIMEOUT_MS on the connections of the app', async () => {
      const timed = await startTestApp({ demo: false, env: { STATEMENT_TIMEOUT_MS: '4321' } });
      try {
        const [{ statement_timeout: value }] =
          await timed.db.query<{ statement_timeout: string }[]>(`SHOW statement_timeout`);
        expect(value).toBe('4321ms');
      } finally {
        await timed.close();
      }
    });

    it('cancels a statement that runs past the timeout', async () => {
      const config = loadConfig({ ...process.env, DATABASE_URL: server, STATEMENT_TIMEOUT_MS: '200' });
      const db = new DataSource({ ...dataSourceOptions(config.database), migrationsRun: false });
      await db.initialize();
      try {
        await expect(db.query(`SELECT pg_sleep(30)`)).rejects.toMatchObject({
          driverError: expect.objectContaining({ code: '57014' }),
        });
      } finally {
        await db.destroy();
      }
    });
  });
});
