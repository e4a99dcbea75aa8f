import type { QueryRunner } from 'typeorm';
import { AllocationAutovacuum1795423897000 } from '../../apps/api/src/database/migrations/1795423897000-allocation-autovacuum.js';
import { AllocationLinesIdBlocks1795423898000 } from '../../apps/api/src/database/migrations/1795423898000-allocation-lines-id-blocks.js';
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

  /**
   * Runs a migration's up or down on a query runner of its own, released before anything else is asked
   * (the embedded database has one connection: a query outside the runner would wait for it).
   */
  async function withRunner(work: (runner: QueryRunner) => Promise<void>): Promise<void> {
    const runner = t.db.createQueryRunner();
    try {
      await work(runner);
    } finally {
      await runner.release();
    }
  }

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

  it('rewrites stored explanations in today’s words and number formats without changing a figure (issue 17)', async () => {
    const figures = async () =>
      (
        await t.db.query(
          `SELECT md5(string_agg(concat_ws('|', id, planned_amount, actual_amount, share, run_id), ',' ORDER BY id)) AS h
             FROM allocation_lines`,
        )
      )[0].h as string;
    const before = await figures();
    // Undo down to the rewrite (and whatever later migrations sit on top), store a line as runs before
    // issue 17 wrote it, and run the migrations again.
    const names: string[] = [];
    for (let guard = 0; guard < 50 && names.at(-1) !== 'ExplanationWords1795422500000'; guard++) {
      const [last] = await t.db.query(`SELECT name FROM migrations ORDER BY id DESC LIMIT 1`);
      names.push(last.name);
      await t.db.undoLastMigration({ transaction: 'each' });
    }
    const [line] = await t.db.query(`SELECT min(id)::text AS id FROM allocation_lines`);
    await t.db.query(`ALTER TABLE allocation_lines DISABLE TRIGGER allocation_lines_immutable`);
    await t.db.query(`UPDATE allocation_lines SET explanation = $1, explanation_nb = $2 WHERE id = $3`, [
      'Group LOCAL gets 50 % of NOK 1000.00 = NOK 500.00. Within the group, population 291940: …',
      'Innbyggertall 291940 × kr 20,00 per enhet = kr 5838800,00.',
      line.id,
    ]);
    await t.db.query(`ALTER TABLE allocation_lines ENABLE TRIGGER allocation_lines_immutable`);
    await t.db.runMigrations({ transaction: 'each' });
    const [after] = await t.db.query(
      `SELECT explanation, explanation_nb FROM allocation_lines WHERE id = $1`,
      [line.id],
    );
    // 291 940 × 20,00 kr = 5 838 800,00 kr (Bergen's DigiFin share for 2024)
    expect(after.explanation_nb).toBe(
      '291\u00a0940 innbyggere × 20,00 kr per innbygger = 5\u00a0838\u00a0800,00 kr.',
    );
    expect(after.explanation).toBe(
      'Local level gets 50 % of NOK 1000.00 = NOK 500.00. Within the group, population 291940: …',
    );
    // No stored Norwegian explanation keeps the old layout, and no figure changed.
    const [old] = await t.db.query(
      `SELECT count(*) AS n FROM allocation_lines WHERE explanation_nb ~ 'kr [0-9]|Gruppe [A-Z]{2,}|innbyggertall [0-9]'`,
    );
    expect(Number(old.n)).toBe(0);
    expect(await figures()).toBe(before);
    await expect(t.db.query(`UPDATE allocation_lines SET explanation = ''`)).rejects.toThrow(/immutable/);
  });

  it('has autovacuum visit the allocation tables after 1 % of new or changed rows, and undoes it', async () => {
    const options = async () =>
      Object.fromEntries(
        (
          await t.db.query(
            `SELECT relname, reloptions FROM pg_class WHERE relname IN ('allocation_lines', 'allocation_runs')`,
          )
        ).map((row: { relname: string; reloptions: string[] | null }) => [row.relname, row.reloptions ?? []]),
      );
    expect(await options()).toEqual({
      allocation_lines: ['autovacuum_vacuum_insert_scale_factor=0.01'],
      allocation_runs: ['autovacuum_vacuum_scale_factor=0.01', 'autovacuum_vacuum_insert_scale_factor=0.01'],
    });
    // Its down resets them (the runner's `down`, whichever migration is the latest by now).
    const migration = new AllocationAutovacuum1795423897000();
    await withRunner((runner) => migration.down(runner));
    expect(await options()).toEqual({ allocation_lines: [], allocation_runs: [] });
    await withRunner((runner) => migration.up(runner));
    expect((await options()).allocation_lines).toEqual(['autovacuum_vacuum_insert_scale_factor=0.01']);
  });

  it('splits allocation lines into alternate blocks of ids by two partial indexes with statistics, and undoes it', async () => {
    const objects = async () => ({
      indexes: (
        await t.db.query<{ indexname: string; indexdef: string }[]>(
          `SELECT indexname, indexdef FROM pg_indexes
           WHERE tablename = 'allocation_lines' AND indexname LIKE '%blocks' ORDER BY indexname`,
        )
      ).map((row) => `${row.indexname}: ${row.indexdef.replace(/^.* WHERE /, '')}`),
      statistics: (
        await t.db.query<{ stxname: string }[]>(
          `SELECT stxname FROM pg_statistic_ext WHERE stxname = 'allocation_lines_block_parity'`,
        )
      ).map((row) => row.stxname),
    });
    const created = {
      indexes: [
        'allocation_lines_even_blocks: (((id / 8192) % (2)::bigint) = 0)',
        'allocation_lines_odd_blocks: (((id / 8192) % (2)::bigint) = 1)',
      ],
      statistics: ['allocation_lines_block_parity'],
    };
    expect(await objects()).toEqual(created);
    // every line is in exactly one of the two
    const [counts] = await t.db.query<{ all: string; even: string; odd: string }[]>(
      `SELECT count(*) AS all, count(*) FILTER (WHERE (id / 8192) % 2 = 0) AS even,
              count(*) FILTER (WHERE (id / 8192) % 2 = 1) AS odd FROM allocation_lines`,
    );
    expect(Number(counts.even) + Number(counts.odd)).toBe(Number(counts.all));
    const migration = new AllocationLinesIdBlocks1795423898000();
    await withRunner((runner) => migration.down(runner));
    expect(await objects()).toEqual({ indexes: [], statistics: [] });
    await withRunner((runner) => migration.up(runner));
    expect(await objects()).toEqual(created);
  });
});
