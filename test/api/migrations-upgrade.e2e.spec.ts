import { type TestApp, startTestApp } from './support/test-app.js';

/**
 * Upgrading a database that holds data: the latest migrations must run on an installation with allocation
 * runs, funding sources and benefits, not only on an empty one (a backfill that writes to an immutable
 * table, say, fails only there). The demo portfolio has all of them: undo the migrations of issue 14 and run
 * them again.
 */
describe('the latest migrations upgrade a database that holds data', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
  });
  afterAll(() => t.close());

  it('undoes and re-runs them with allocation runs, funding sources and benefits in place, backfilling the runs', async () => {
    const runs = Number((await t.db.query(`SELECT count(*) AS n FROM allocation_runs`))[0].n);
    expect(runs).toBeGreaterThan(0);
    const names = [
      // Issue 15: undone with the demo co-financing call and its applications in place.
      'CoFinancingApplications1795421910000',
      'SchemeAdministrator1795421900000',
      'AllocationDifference1795421830000',
      'PriceIndex1795421820000',
      'BenefitEffectStart1795421810000',
      'FundingPlan1795421800000',
    ];
    for (const name of names) {
      const [last] = await t.db.query(`SELECT name FROM migrations ORDER BY id DESC LIMIT 1`);
      expect(last.name).toBe(name);
      await t.db.undoLastMigration({ transaction: 'each' });
    }
    const ran = await t.db.runMigrations({ transaction: 'each' });
    expect(ran.map((m) => m.name)).toEqual([...names].reverse());
    // Every run is backfilled: what its cost items came to, and the difference with what it allocated.
    const [missing] = await t.db.query(
      `SELECT count(*) AS n FROM allocation_runs WHERE cost_item_amount IS NULL`,
    );
    expect(Number(missing.n)).toBe(0);
    const [differs] = await t.db.query(
      `SELECT count(*) AS n FROM allocation_runs WHERE difference <> cost_item_amount - planned_total`,
    );
    expect(Number(differs.n)).toBe(0);
    // Runs stay immutable after the backfill.
    await expect(t.db.query(`UPDATE allocation_runs SET difference = 0`)).rejects.toThrow(/immutable/);
    // Funding sources have their year again (from the initiative's start).
    const [noYear] = await t.db.query(
      `SELECT count(*) AS n FROM initiative_funding_sources WHERE year IS NULL`,
    );
    expect(Number(noYear.n)).toBe(0);
  });
});
