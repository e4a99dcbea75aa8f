import { type TestApp, startTestApp } from './support/test-app.js';

/**
 * Upgrading a database that holds data: the latest migrations must run on an installation with allocation
 * runs, funding sources and benefits, not only on an empty one (a backfill that writes to an immutable
 * table, say, fails only there). The demo portfolio has all of them: undo the migrations of issues 14 and 15 and
 * run them again.
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
    // Undo every migration from the newest down to issue 14's first (FundingPlan1795421800000), whatever
    // later issues have added on top (issue 15: CoFinancingReports1795421930000 among them), and run them again.
    const names: string[] = [];
    for (let guard = 0; guard < 50 && names.at(-1) !== 'FundingPlan1795421800000'; guard++) {
      const [last] = await t.db.query(`SELECT name FROM migrations ORDER BY id DESC LIMIT 1`);
      names.push(last.name);
      await t.db.undoLastMigration({ transaction: 'each' });
    }
    expect(names).toEqual(
      expect.arrayContaining([
        'CoFinancingReports1795421930000',
        'AllocationDifference1795421830000',
        'PriceIndex1795421820000',
        'BenefitEffectStart1795421810000',
        'FundingPlan1795421800000',
      ]),
    );
    expect(names.at(-1)).toBe('FundingPlan1795421800000');
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
    // The DigiFin contribution rules are back: the state 2017 and 2018, the local sector's round of 2024.
    const rules = await t.db.query(
      `SELECT year, contributor FROM digifin_contribution_rules ORDER BY year, contributor`,
    );
    expect(rules.map((r: { year: number; contributor: string }) => `${r.year} ${r.contributor}`)).toEqual([
      '2017 STATE',
      '2018 STATE',
      '2024 COUNTY_AUTHORITY',
      '2024 MUNICIPALITY',
    ]);
  });
});
