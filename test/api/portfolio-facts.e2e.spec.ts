import pg from 'pg';
import { aBenefit, aMeasurement } from './support/benefits.js';
import { aCostItem } from './support/cost-items.js';
import { anInitiative } from './support/initiatives.js';
import { type TestApp, startTestApp } from './support/test-app.js';

/**
 * initiative_portfolio_facts (migration 1795423800000) is kept by the writing transactions; what the API
 * reads from it (PORTFOLIO_SQL.initiativeFacts) must equal what the definition computes from the base
 * tables (PORTFOLIO_SQL.initiativeFactsDefinition, the statement the API ran before) for every initiative,
 * after any write.
 */
describe('the kept portfolio facts equal their definition after writes', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
  });
  afterAll(() => t.close());

  /** Both readings of every initiative's facts, by id. */
  async function facts() {
    const { PORTFOLIO_SQL, initiativeFactsOf } =
      await import('../../apps/api/src/portfolio/portfolio.repository.js');
    const { namedQuery } = await import('../../apps/api/src/common/named-sql.js');
    const ids = (await t.db.query<{ id: string }[]>(`SELECT id FROM initiatives ORDER BY id`)).map(
      (row) => row.id,
    );
    const read = async (sql: string) =>
      (await namedQuery<never[]>(t.db.manager, sql, { initiativeIds: ids }))
        .map((row) => initiativeFactsOf(row))
        .sort((a, b) => a.initiativeId.localeCompare(b.initiativeId));
    return {
      kept: await read(PORTFOLIO_SQL.initiativeFacts),
      defined: await read(PORTFOLIO_SQL.initiativeFactsDefinition),
    };
  }

  async function expectEqual() {
    const { kept, defined } = await facts();
    expect(kept.length).toBeGreaterThan(0);
    expect(kept).toEqual(defined);
    return kept;
  }

  const gqlOk = async (query: string, variables: Record<string, unknown>) => {
    const res = await t.gql(query, variables);
    expect(res.errors).toBeUndefined();
    return res.data;
  };

  it('equal after seeding (the demo data is written after the migration, through the triggers)', async () => {
    const kept = await expectEqual();
    expect(kept.some((row) => row.costText !== null)).toBe(true);
    expect(kept.some((row) => row.stamp !== '|')).toBe(true);
  });

  it('equal after cost items are created, changed (amount, actual, year, initiative) and deleted', async () => {
    const [{ id: initiativeId, owner_id: ownerId, ministry_id: ministryId }] = await t.db.query<
      { id: string; owner_id: string; ministry_id: string }[]
    >(`SELECT id, owner_id, ministry_id FROM initiatives ORDER BY code LIMIT 1`);
    const item = await aCostItem(t.gql, { initiativeId, year: 2031, plannedAmount: '1234.56' });
    const second = await aCostItem(t.gql, { initiativeId, year: 2031, plannedAmount: '0.44' });
    let kept = await expectEqual();
    expect(kept.find((row) => row.initiativeId === initiativeId)?.costText).toContain('2031:1235.00:');

    const updated = await gqlOk(
      `mutation($i: UpdateCostItemInput!) { updateCostItem(input: $i) { id version } }`,
      { i: { id: item.id, version: item.version, actualAmount: '99.90', plannedAmount: '1000.00' } },
    );
    await expectEqual();
    await gqlOk(`mutation($i: UpdateCostItemInput!) { updateCostItem(input: $i) { id version } }`, {
      i: { id: item.id, version: updated.updateCostItem.version, year: 2032 },
    });
    kept = await expectEqual();
    expect(kept.find((row) => row.initiativeId === initiativeId)?.costText).toMatch(
      /2031:0\.44:;2032:1000\.00:99\.90$/,
    );

    // Moved to a new initiative (by SQL: the API has no such mutation), which had no facts row yet.
    const other = await anInitiative(t.gql, { ownerId, ministryId });
    expect((await facts()).kept.find((row) => row.initiativeId === other.id)?.stamp).toBe('|');
    await t.db.query(`UPDATE cost_items SET initiative_id = $1 WHERE id = $2`, [other.id, second.id]);
    kept = await expectEqual();
    expect(kept.find((row) => row.initiativeId === other.id)?.costText).toBe('2031:0.44:');

    await gqlOk(`mutation($id: ID!, $v: Int!) { deleteCostItem(id: $id, version: $v) }`, {
      id: second.id,
      v: 1,
    });
    kept = await expectEqual();
    expect(kept.find((row) => row.initiativeId === other.id)?.costText).toBeNull();
    // A statement changing many rows at once.
    await t.db.query(`UPDATE cost_items SET planned_amount = planned_amount + 1 WHERE year = 2025`);
    await expectEqual();
  });

  it('equal after benefits, targets and measurements change, and the stamp moves with them', async () => {
    const [initiative] = await t.db.query<{ id: string; receiving: string }[]>(
      `SELECT i.id, i.owner_id AS receiving FROM initiatives i ORDER BY i.code DESC LIMIT 1`,
    );
    const stampOf = async () => (await expectEqual()).find((row) => row.initiativeId === initiative.id)!;
    const start = await stampOf();
    const benefit = await aBenefit(t.gql, {
      initiativeId: initiative.id,
      category: 'BUDGET_RELEASING',
      receivingOrganisationId: initiative.receiving,
      valuePerUnit: '500',
      baseline: { date: '2019-06-01', value: '0' },
      targets: [{ date: '2027-12-31', value: '100' }],
    });
    const created = await stampOf();
    expect(created.stamp).not.toBe(start.stamp);
    expect(created.firstBenefit).toBe(Math.min(2019, start.firstBenefit ?? 2019));

    await aMeasurement(t.gql, { benefitId: benefit.id, date: '2025-03-01', value: '5', source: 'test' });
    const measured = await stampOf();
    expect(measured.stamp).not.toBe(created.stamp);

    await t.db.query(`UPDATE benefit_targets SET value = value + 1 WHERE benefit_id = $1`, [benefit.id]);
    const targeted = await stampOf();
    expect(targeted.stamp).not.toBe(measured.stamp);

    await t.db.query(`UPDATE benefits SET status = 'CANCELLED' WHERE id = $1`, [benefit.id]);
    const cancelled = await stampOf();
    expect(cancelled.firstBenefit).toBe(start.firstBenefit);

    // A benefit added and deleted again: the stamp is the one before it.
    const removable = await aBenefit(t.gql, { initiativeId: initiative.id });
    expect((await stampOf()).stamp).not.toBe(cancelled.stamp);
    await gqlOk(
      `mutation($id: ID!, $v: Int!) { deleteBenefit(id: $id, version: $v, changeReason: "test") }`,
      { id: removable.id, v: removable.version },
    );
    expect((await stampOf()).stamp).toBe(cancelled.stamp);
  });

  it('drops the facts with their initiative (cost items cascade)', async () => {
    const [{ owner_id: ownerId, ministry_id: ministryId }] = await t.db.query<
      { owner_id: string; ministry_id: string }[]
    >(`SELECT owner_id, ministry_id FROM initiatives ORDER BY code LIMIT 1`);
    const initiative = await anInitiative(t.gql, { ownerId, ministryId });
    await aCostItem(t.gql, { initiativeId: initiative.id, year: 2030, plannedAmount: '10.00' });
    const count = async () =>
      (
        await t.db.query<{ n: number }[]>(
          `SELECT count(*)::int AS n FROM initiative_portfolio_facts WHERE initiative_id = $1`,
          [initiative.id],
        )
      )[0].n;
    expect(await count()).toBe(1);
    await t.db.query(`DELETE FROM initiatives WHERE id = $1`, [initiative.id]);
    expect(await count()).toBe(0);
    await expectEqual();
  });
});

const onServer = process.env.DATABASE_URL ? describe : describe.skip;

/**
 * Concurrent writers of one initiative (PostgreSQL server only: PGlite has one connection): each
 * transaction's facts are recomputed under the facts row's lock at its commit, in a snapshot that includes
 * the writers that committed before it, so no writer's change is lost. (Writers of one initiative's cost
 * items and benefits also wait for each other at the initiative's row, which touch_initiative_activity
 * updates.)
 */
onServer('the kept portfolio facts under concurrent writers', () => {
  let t: TestApp;
  let clients: pg.Client[];

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    const url = (t.db.options as { url: string }).url;
    clients = await Promise.all(
      [0, 1, 2, 3].map(async () => {
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        return client;
      }),
    );
  });
  afterAll(async () => {
    await Promise.all((clients ?? []).map((client) => client.end()));
    await t?.close();
  });

  it('loses no writer’s change when four transactions write one initiative at once', async () => {
    const [{ id }] = await t.db.query<{ id: string }[]>(`SELECT id FROM initiatives ORDER BY code LIMIT 1`);
    for (let round = 0; round < 5; round++)
      await Promise.all(
        clients.map(async (client, n) => {
          await client.query('BEGIN');
          await client.query(
            `INSERT INTO cost_items (initiative_id, year, category, planned_amount, actual_amount)
             VALUES ($1, $2, 'OTHER', $3, $4)`,
            [id, 2040 + (n % 2), `${n + 1}.00`, n % 2 ? '1.00' : null],
          );
          await client.query(
            `UPDATE benefits SET title = title WHERE id = (
               SELECT id FROM benefits WHERE initiative_id = $1 ORDER BY id OFFSET $2 LIMIT 1)`,
            [id, n],
          );
          await client.query('COMMIT');
        }),
      );
    const { PORTFOLIO_SQL } = await import('../../apps/api/src/portfolio/portfolio.repository.js');
    const { namedQuery } = await import('../../apps/api/src/common/named-sql.js');
    const [kept] = await namedQuery<{ costs: string; stamp: string }[]>(
      t.db.manager,
      PORTFOLIO_SQL.initiativeFacts,
      {
        initiativeIds: [id],
      },
    );
    const [defined] = await namedQuery<{ costs: string; stamp: string }[]>(
      t.db.manager,
      PORTFOLIO_SQL.initiativeFactsDefinition,
      { initiativeIds: [id] },
    );
    expect(kept).toEqual(defined);
    // 5 rounds of 1 + 3 (2040) and 2 + 4 (2041).
    expect(kept.costs).toMatch(/2040:20\.00:;2041:30\.00:10\.00$/);
  });
});
