import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { type TestApp, errorCode, startTestApp, tempPgliteDir } from './support/test-app.js';

const IMPORT = `mutation($csv: String!, $year: Int!, $dryRun: Boolean) {
  importPopulation(csv: $csv, year: $year, dryRun: $dryRun) {
    year dryRun source rows matched added changed unchanged
    changes { municipalityNumber name before after }
    unknownMunicipalityNumbers
    missingMunicipalities { municipalityNumber name organisationId }
    problems { line message }
  } }`;

/** Table 07459 as the StatBank downloads it: a title, then region × sex × year, semicolons, quoted. */
function fixture2025(bergen = 148000): string {
  return [
    '"07459: Befolkning, etter region, kjønn, år og statistikkvariabel"',
    '',
    '"region";"kjønn";"år";"statistikkvariabel";"Personer"',
    '"0301 Oslo";"1 Menn";"2025";"Personer";362000',
    '"0301 Oslo";"2 Kvinner";"2025";"Personer";366000',
    '"K-4601 Bergen";"1 Menn";"2025";"Personer";147000',
    `"K-4601 Bergen";"2 Kvinner";"2025";"Personer";${bergen}`,
    '"5001 Trondheim - Tråante";"1 Menn";"2025";"Personer";109000',
    '"5001 Trondheim - Tråante";"2 Kvinner";"2025";"Personer";108500',
    '"1103 Stavanger";"1 Menn";"2025";"Personer";".."',
    '"1103 Stavanger";"2 Kvinner";"2025";"Personer";".."',
    '"9998 Ukjent kommune";"1 Menn";"2025";"Personer";10',
    '"9998 Ukjent kommune";"2 Kvinner";"2025";"Personer";12',
    '"46 Vestland";"1 Menn";"2025";"Personer";330000',
    '"46 Vestland";"2 Kvinner";"2025";"Personer";325000',
  ].join('\r\n');
}

describe('population updates from SSB table 07459', () => {
  let t: TestApp;

  const populations = async (orgNumber: string) =>
    (
      await t.gql(
        `query($n: String!) { organisationByOrgNumber(orgNumber: $n) { y2024: population(year: 2024) y2025: population(year: 2025) populations { year value source } } }`,
        { n: orgNumber },
      )
    ).data.organisationByOrgNumber;
  const count = async (sql: string, params: unknown[] = []) =>
    (await t.db.query<{ n: number }[]>(sql, params))[0].n;

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
  });
  afterAll(() => t.close());

  it('refuses anyone but administrators', async () => {
    for (const email of ['okonomi.bergen@demo.gevinst.no', 'eier@demo.gevinst.no']) {
      const user = await t.as(email);
      const res = await user(IMPORT, { csv: fixture2025(), year: 2025, dryRun: true });
      expect(errorCode(res)).toBe('FORBIDDEN');
    }
    expect(errorCode(await t.anonymous(IMPORT, { csv: fixture2025(), year: 2025 }))).toBe('UNAUTHENTICATED');
  });

  it('dry run: reports what would change, unknown and missing municipalities, and stores nothing', async () => {
    const before2025 = await count(
      `SELECT count(*)::int AS n FROM organisation_populations WHERE year = 2025`,
    );
    const auditBefore = await count(
      `SELECT count(*)::int AS n FROM audit_events WHERE operation = 'importPopulation'`,
    );
    const res = await t.gql(IMPORT, { csv: fixture2025(), year: 2025, dryRun: true });
    expect(res.errors).toBeUndefined();
    const report = res.data.importPopulation;
    expect(report).toMatchObject({
      year: 2025,
      dryRun: true,
      rows: 12,
      matched: 3,
      added: 3,
      changed: 0,
      unchanged: 0,
      unknownMunicipalityNumbers: ['9998'],
    });
    expect(report.source).toMatch(/^SSB table 07459, imported \d{4}-\d\d-\d\d$/);
    expect(report.changes).toEqual([
      { municipalityNumber: '0301', name: 'Oslo', before: null, after: 728000 },
      { municipalityNumber: '4601', name: 'Bergen', before: null, after: 295000 },
      { municipalityNumber: '5001', name: 'Trondheim', before: null, after: 217500 },
    ]);
    expect(report.missingMunicipalities).toHaveLength(357 - 3);
    expect(report.missingMunicipalities.map((m: any) => m.municipalityNumber)).toEqual(
      expect.arrayContaining(['1103', '1151', '5601']),
    );
    expect(report.missingMunicipalities.find((m: any) => m.municipalityNumber === '1151')).toMatchObject({
      name: 'Utsira',
    });
    expect(report.problems).toEqual([
      { line: null, message: 'skipped 1 region that is not a municipality (46 Vestland)' },
      { line: 10, message: '1103 Stavanger: no figure ("..") for 2025: not imported' },
    ]);
    expect(await count(`SELECT count(*)::int AS n FROM organisation_populations WHERE year = 2025`)).toBe(
      before2025,
    );
    expect(
      await count(`SELECT count(*)::int AS n FROM audit_events WHERE operation = 'importPopulation'`),
    ).toBe(auditBefore);
    expect((await populations('958935420')).y2025).toBeNull();
  });

  it('stores the 2025 figures, leaves 2024 untouched and writes an audit event', async () => {
    const snapshot2024 = await t.db.query(
      `SELECT organisation_id, value, source FROM organisation_populations WHERE year = 2024 ORDER BY organisation_id`,
    );
    const res = await t.gql(IMPORT, { csv: fixture2025(), year: 2025 });
    expect(res.errors).toBeUndefined();
    expect(res.data.importPopulation).toMatchObject({ dryRun: false, matched: 3, added: 3, changed: 0 });
    const oslo = await populations('958935420');
    expect(oslo.y2024).toBe(717710);
    expect(oslo.y2025).toBe(728000);
    expect(oslo.populations.find((p: any) => p.year === 2025).source).toMatch(/^SSB table 07459/);
    expect((await populations('964338531')).y2025).toBe(295000);
    expect((await populations('964965226')).y2025 ?? null).toBeNull(); // Stavanger: no figure in the file
    expect(
      await t.db.query(
        `SELECT organisation_id, value, source FROM organisation_populations WHERE year = 2024 ORDER BY organisation_id`,
      ),
    ).toEqual(snapshot2024);
    const [event] = await t.db.query(
      `SELECT actor_kind, actor_email, entity_id, after FROM audit_events WHERE operation = 'importPopulation'`,
    );
    expect(event).toMatchObject({
      actor_kind: 'USER',
      actor_email: 'admin@test.gevinst.no',
      entity_id: 'municipalities:2025',
    });
    expect(event.after).toMatchObject({ year: 2025, added: 3, unknownMunicipalityNumbers: ['9998'] });

    // Importing again with one changed figure replaces that figure only.
    const again = await t.gql(IMPORT, { csv: fixture2025(149000), year: 2025 });
    expect(again.data.importPopulation).toMatchObject({ added: 0, changed: 1, unchanged: 2 });
    expect(again.data.importPopulation.changes).toEqual([
      { municipalityNumber: '4601', name: 'Bergen', before: 295000, after: 296000 },
    ]);
    expect((await populations('964338531')).y2025).toBe(296000);
  });

  it('lists the years with figures, newest first, for the key editor (populationYears)', async () => {
    // After the import above: 2025 for Oslo, Bergen and Trondheim (3), and 2024 as the reference data
    // loaded it (one figure per organisation with a population, counted in the database).
    const in2024 = await count(`SELECT count(*)::int AS n FROM organisation_populations WHERE year = 2024`);
    expect(in2024).toBeGreaterThan(357);
    const reader = await t.as('okonomi.bergen@demo.gevinst.no');
    const res = await reader(`{ populationYears { year organisationCount } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.populationYears).toEqual([
      { year: 2025, organisationCount: 3 },
      { year: 2024, organisationCount: in2024 },
    ]);
    expect(errorCode(await t.anonymous(`{ populationYears { year } }`))).toBe('UNAUTHENTICATED');
  });

  it('refuses a file without the year or without any known municipality, naming the field', async () => {
    const noYear = await t.gql(IMPORT, { csv: fixture2025(), year: 2026 });
    expect(errorCode(noYear)).toBe('BAD_USER_INPUT');
    expect(noYear.errors![0].extensions!.field).toBe('year');
    expect(noYear.errors![0].message).toBe(
      'year: 2026 is not in the file (it has 2025): download the year you import',
    );
    const unknownOnly = await t.gql(IMPORT, {
      csv: '"region";"år";"Personer"\n"9998 Ukjent";"2025";1\n',
      year: 2025,
    });
    expect(errorCode(unknownOnly)).toBe('BAD_USER_INPUT');
    expect(unknownOnly.errors![0].message).toMatch(
      /no figure for 2025 for any municipality in Gevinst \(unknown municipality numbers: 9998\)/,
    );
    const garbage = await t.gql(IMPORT, { csv: 'hello', year: 2025 });
    expect(garbage.errors![0].extensions!.field).toBe('csv');
  });
});

/** A database for the command to work on, and a way to look at it through the API afterwards. */
interface CliTarget {
  env: Record<string, string | undefined>;
  inspect(check: (t: TestApp) => Promise<void>): Promise<void>;
  close(): Promise<void>;
}

/** The embedded database: booted once for schema and reference data, then closed (one process at a time). */
async function embeddedTarget(): Promise<CliTarget> {
  const dataDir = tempPgliteDir();
  await (await startTestApp({ demo: false, pgliteDir: dataDir })).close();
  const env: Record<string, string | undefined> = {
    ...process.env,
    PGLITE_DIR: dataDir,
    GEVINST_DEMO: 'false',
  };
  delete env.DATABASE_URL;
  return {
    env,
    async inspect(check) {
      const t = await startTestApp({ demo: false, pgliteDir: dataDir });
      try {
        await check(t);
      } finally {
        await t.close();
      }
    },
    close: () => {
      rmSync(dataDir, { recursive: true, force: true });
      return Promise.resolve();
    },
  };
}

/** The suite's own database on the PostgreSQL server in DATABASE_URL, with the application running. */
async function serverTarget(): Promise<CliTarget> {
  const t = await startTestApp({ demo: false });
  const url = (t.db.options as { url?: string }).url;
  return {
    env: { ...process.env, DATABASE_URL: url, GEVINST_DEMO: 'false' },
    inspect: (check) => check(t),
    close: () => t.close(),
  };
}

describe('population import from the command line', () => {
  const cli = resolve('dist/apps/api/cli/import-population.js');
  const run = promisify(execFile);
  const where = process.env.DATABASE_URL ? 'the PostgreSQL server' : 'the embedded database';

  it(`imports a file as SYSTEM with --dry-run first, on ${where}`, async () => {
    expect(existsSync(cli)).toBe(true); // built by `npx nx run api:build`
    const work = mkdtempSync(join(tmpdir(), 'gevinst-population-'));
    const file = join(work, '07459.csv');
    writeFileSync(file, fixture2025());
    const target = process.env.DATABASE_URL ? await serverTarget() : await embeddedTarget();
    const { env } = target;
    try {
      const dry = await run(process.execPath, [cli, file, '--year', '2025', '--dry-run'], { env });
      expect(dry.stdout).toMatch(/^Dry run \(nothing stored\): population 1 January 2025/);
      expect(dry.stdout).toContain('added: 3, changed: 0, unchanged: 0');
      expect(dry.stdout).toContain('0301 Oslo: (none) → 728000');
      expect(dry.stdout).toContain('unknown municipality numbers (not imported): 9998');
      expect(dry.stdout).toMatch(
        /municipalities without a figure in the file \(354, left as they were\): .*1103 Stavanger/,
      );

      const real = await run(process.execPath, [cli, file, '--year', '2025', '--json'], { env });
      const report = JSON.parse(real.stdout);
      expect(report).toMatchObject({
        dryRun: false,
        matched: 3,
        added: 3,
        source: expect.stringContaining('file 07459.csv'),
      });

      const refused = await run(process.execPath, [cli, file, '--year', '2031'], { env }).catch(
        (error: { code: number; stderr: string }) => error,
      );
      expect(refused).toMatchObject({ code: 1 });
      expect((refused as { stderr: string }).stderr).toMatch(/Not imported: year: 2031 is not in the file/);
      const usage = await run(process.execPath, [cli, file], { env }).catch(
        (error: { code: number }) => error,
      );
      expect(usage).toMatchObject({ code: 2 });

      await target.inspect(async (t) => {
        const oslo = await t.gql(
          `{ organisationByOrgNumber(orgNumber: "958935420") { a: population(year: 2024) b: population(year: 2025) } }`,
        );
        expect(oslo.data.organisationByOrgNumber).toEqual({ a: 717710, b: 728000 });
        const events = await t.db.query(
          `SELECT actor_kind, actor_email FROM audit_events WHERE operation = 'importPopulation'`,
        );
        expect(events).toEqual([{ actor_kind: 'SYSTEM', actor_email: null }]);
      });
    } finally {
      await target.close();
      rmSync(work, { recursive: true, force: true });
    }
  });
});

describe('consumer price index import from the command line (the same import runner)', () => {
  const cli = resolve('dist/apps/api/cli/import-cpi.js');
  const run = promisify(execFile);

  it('imports an SSB 03014 year as SYSTEM, refuses a bad file with exit 1 and a usage mistake with exit 2', async () => {
    expect(existsSync(cli)).toBe(true); // built by `npx nx run api:build`
    const work = mkdtempSync(join(tmpdir(), 'gevinst-cpi-'));
    const file = join(work, '03014.csv');
    writeFileSync(file, 'year,cpi_2015_100\n2031,160.4\n');
    const bad = join(work, 'bad.csv');
    writeFileSync(bad, 'årstall;noe\n2031;x\n');
    const target = process.env.DATABASE_URL ? await serverTarget() : await embeddedTarget();
    const { env } = target;
    try {
      const dry = await run(process.execPath, [cli, file, '--dry-run'], { env });
      expect(dry.stdout).toMatch(/^Dry run \(nothing stored\): consumer price index/);
      expect(dry.stdout).toContain('2031: (none) → 160.4');
      const real = await run(process.execPath, [cli, file, '--json'], { env });
      expect(JSON.parse(real.stdout)).toMatchObject({ dryRun: false, added: 1 });
      const refused = await run(process.execPath, [cli, bad], { env }).catch(
        (error: { code: number; stderr: string }) => error,
      );
      expect(refused).toMatchObject({ code: 1 });
      expect((refused as { stderr: string }).stderr).toMatch(/^Not imported: /);
      const usage = await run(process.execPath, [cli], { env }).catch(
        (error: { code: number; stderr: string }) => error,
      );
      expect(usage).toMatchObject({ code: 2 });
      expect((usage as { stderr: string }).stderr).toContain('Usage: npm run import:cpi');
      await target.inspect(async (t) => {
        const index = await t.gql(`{ priceIndex { year value } }`);
        expect(index.data.priceIndex).toContainEqual({ year: 2031, value: expect.stringMatching(/^160\.4/) });
        const events = await t.db.query(
          `SELECT actor_kind FROM audit_events WHERE operation = 'importPriceIndex'`,
        );
        expect(events).toEqual([{ actor_kind: 'SYSTEM' }]);
      });
    } finally {
      await target.close();
      rmSync(work, { recursive: true, force: true });
    }
  });
});
