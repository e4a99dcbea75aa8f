import { Role } from '@gevinst/domain';
import { AllocationQueryService } from '../../apps/api/src/allocation/allocation-query.service.js';
import type { AllocationFilter } from '../../apps/api/src/allocation/dto/allocation-filter.input.js';
import type { Actor } from '../../apps/api/src/auth/actor.js';
import {
  CSV_DIALECTS,
  type CsvDialectName,
  csvHeader,
  csvLine,
  csvRecords,
} from '../../apps/api/src/export/csv-dialect.js';
import { anAllocationRun } from './support/allocations.js';
import { aCostItem } from './support/cost-items.js';
import { aCostSharingKey } from './support/cost-sharing-keys.js';
import { anInitiative } from './support/initiatives.js';
import { organisationsByNumber } from './support/organisations.js';
import { TEST_ADMIN, type TestApp, startTestApp } from './support/test-app.js';
import { countCopyDownloads, useCopyStreams } from './support/copy-counter.js';
import { DataSource } from 'typeorm';
import {
  EXPORT_BLOCK_IDS,
  csvLinesSql,
  lineTextCell,
  withLiterals,
} from '../../apps/api/src/export/csv-copy.js';
import { EXPORT_TABLES } from '../../apps/api/src/export/allocation-export.repository.js';
import { guardFormulaText } from '../../apps/api/src/export/csv-guard.js';

/**
 * On a PostgreSQL server the CSV export is written by the database and streamed with COPY; on the
 * embedded database by batches through csvRecords. Both must give the same bytes: this compares every
 * download with csvRecords over the same lines, for both dialects, with names that need quoting, a
 * formula guard, decimal commas, actual amounts and superseded runs.
 */
describe('allocation CSV: the streamed file equals csvRecords over the same lines', () => {
  let t: TestApp;
  let token: string;
  let admin: Actor;
  const ids: Record<string, string> = {};
  /** Downloads streamed by COPY (on a PostgreSQL server; none on the embedded database). */
  let copies: ReturnType<typeof countCopyDownloads>;

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    token = (await t.as(TEST_ADMIN.email, TEST_ADMIN.password)).token;
    copies = countCopyDownloads(t.app);
    const me = await t.gql(`{ me { id organisation { id } } }`);
    admin = {
      kind: 'USER',
      userId: me.data.me.id,
      email: TEST_ADMIN.email,
      name: 'Test',
      organisationId: me.data.me.organisation.id,
      roles: [Role.ADMIN],
    };
    for (const [key, organisation] of Object.entries(
      await organisationsByNumber(t.gql, { oslo: '958935420', bergen: '964338531', kdd: '972417858' }),
    )) {
      ids[key] = organisation.id;
      ids[`${key}Version`] = String(organisation.version);
    }
    const renamed = await t.gql(
      `mutation($i: UpdateOrganisationInput!) { updateOrganisation(input: $i) { id } }`,
      { i: { id: ids.bergen, version: Number(ids.bergenVersion), name: '+Bergen, "Bjørgvin"; vest' } },
    );
    expect(renamed.errors).toBeUndefined();
    ids.initiative = (
      await anInitiative(t.gql, {
        code: 'CSV-PATHS',
        name: 'Felles "løsning"; test, med komma',
        ownerId: ids.oslo,
        ministryId: ids.kdd,
        participants: [{ organisationId: ids.bergen, role: 'PARTNER' }],
      })
    ).id;
    const key = await aCostSharingKey(t.gql, {
      name: '=Nøkkel; "A", B',
      ownerOrganisationId: ids.oslo,
      spec: { method: 'PROPORTIONAL', driver: 'population' },
      populationYear: 2024,
    });
    const current = await t.gql(`{ initiative(id: "${ids.initiative}") { version } }`);
    const withKey = await t.gql(
      `mutation($i: UpdateInitiativeInput!) { updateInitiative(input: $i) { id } }`,
      {
        i: {
          id: ids.initiative,
          version: current.data.initiative.version,
          costSharingKeyId: key.id,
        },
      },
    );
    expect(withKey.errors).toBeUndefined();
    for (const item of [
      {
        category: 'DEVELOPMENT',
        plannedAmount: '1000000.00',
        actualAmount: '987654.33',
        description: '-Utvikling',
      },
      { category: 'LICENCE', plannedAmount: '250000.01', description: 'Lisenser' },
    ] as const) {
      await aCostItem(t.gql, { initiativeId: ids.initiative, year: 2025, ...item });
    }
    for (let run = 0; run < 3; run++) {
      // Each run's lines across a boundary of the export's blocks of ids (csv-copy.ts), so that both COPY
      // streams write some of the lines, and their blocks must be interleaved: the demo's lines in block 0,
      // these in blocks 0 to 3.
      const [{ max }] = await t.db.query<{ max: string }[]>(`SELECT max(id) AS max FROM allocation_lines`);
      const boundary = (Math.floor((Number(max) + 1) / EXPORT_BLOCK_IDS) + 1) * EXPORT_BLOCK_IDS;
      await t.db.query(`ALTER TABLE allocation_lines ALTER COLUMN id RESTART WITH ${boundary - 1}`);
      await anAllocationRun(t.gql, { initiativeId: ids.initiative, year: 2025 });
    }
    const blocks = await t.db.query<{ block: number }[]>(
      `SELECT DISTINCT (id / ${EXPORT_BLOCK_IDS})::int AS block FROM allocation_lines ORDER BY 1`,
    );
    expect(blocks.map((row) => row.block)).toEqual([0, 1, 2, 3]);
  });
  afterAll(() => t.close());

  async function expected(filter: AllocationFilter, dialect: CsvDialectName): Promise<string> {
    const query = t.app.get(AllocationQueryService);
    let text = csvHeader(CSV_DIALECTS[dialect]);
    for await (const batch of query.exportBatches(await query.scoped(admin, filter), 7))
      text += csvRecords(batch, CSV_DIALECTS[dialect]);
    return text;
  }

  it.each([
    ['nb', 2],
    ['rfc4180', 2],
    ['nb', 1],
    ['rfc4180', 1],
  ] as const)(
    'gives the same bytes in the %s dialect, for every filter, with %i COPY streams',
    async (dialect, streams) => {
      useCopyStreams(t.app, streams);
      const before = copies.streams.length;
      const filters: Record<string, AllocationFilter> = {
        all: {},
        superseded: { includeSuperseded: true },
        bergen: { organisationId: ids.bergen },
        initiative: { initiativeId: ids.initiative, year: 2025, includeSuperseded: true },
      };
      for (const filter of Object.values(filters)) {
        const query = new URLSearchParams({ dialect });
        for (const [name, value] of Object.entries(filter)) query.set(name, String(value));
        const response = await fetch(`${t.url}/api/exports/allocations.csv?${query.toString()}`, {
          headers: { authorization: `Bearer ${token}` },
        });
        expect(response.status).toBe(200);
        const text = Buffer.from(await response.arrayBuffer()).toString('utf8');
        expect(text).toBe(await expected(filter, dialect));
      }
      expect(copies.count > 0).toBe(Boolean(process.env.DATABASE_URL));
      // on a PostgreSQL server each download had as many streams as asked for (nothing else is exporting)
      if (process.env.DATABASE_URL) {
        expect(new Set(copies.streams.slice(before))).toEqual(new Set([streams]));
        expect(new Set(copies.copies.slice(before))).toEqual(new Set([streams]));
      }
      // The tricky names are in the file, quoted and guarded as the dialect says.
      const bergen = await expected({ initiativeId: ids.initiative }, dialect);
      if (dialect === 'nb') {
        expect(bergen).toContain(`"'+Bergen, ""Bjørgvin""; vest"`);
        expect(bergen).toContain(`"'=Nøkkel; ""A"", B"`);
        expect(bergen).toMatch(/;\d+,\d{2};/);
      } else {
        // The rfc4180 dialect guards formula cells too (security finding 5): the same guard on both paths.
        expect(bergen).toContain(`"'+Bergen, ""Bjørgvin""; vest"`);
        expect(bergen).toContain(`"'=Nøkkel; ""A"", B"`);
        expect(bergen).toContain(`"Felles ""løsning""; test, med komma"`);
      }
    },
  );

  // A two-stream export locks the tables its statements read before either starts (the repository's
  // EXPORT_TABLES): every relation in the parts' plans must be among them, for each kind of reader.
  it('locks every table that the parts of a two-stream export read, whoever exports', async () => {
    const query = t.app.get(AllocationQueryService);
    const db = t.app.get(DataSource);
    const actors: Actor[] = [
      admin,
      { ...admin, roles: [Role.PORTFOLIO_REVIEWER], organisationId: ids.kdd },
      { ...admin, roles: [Role.FINANCE_OFFICER], organisationId: ids.bergen },
    ];
    const relations = new Set<string>();
    const collect = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(collect);
      else if (node && typeof node === 'object')
        for (const [key, value] of Object.entries(node)) {
          if (key === 'Relation Name') relations.add(String(value));
          else collect(value);
        }
    };
    for (const actor of actors)
      for (const filter of [{}, { organisationId: ids.bergen, year: 2025 }] as AllocationFilter[])
        for (const index of [0, 1]) {
          const [sql, parameters] = csvLinesSql(await query.scoped(actor, filter), CSV_DIALECTS.nb, {
            index,
          });
          const [row] = await db.query<{ 'QUERY PLAN': unknown }[]>(
            `EXPLAIN (FORMAT JSON) ${withLiterals(sql, parameters)}`,
          );
          const plan = row['QUERY PLAN'];
          collect(typeof plan === 'string' ? JSON.parse(plan) : plan);
        }
    expect(relations.has('allocation_lines')).toBe(true);
    expect([...EXPORT_TABLES]).toEqual(expect.arrayContaining([...relations]));
  });

  // The explanation's cell is written by its own expression (lineTextCell: the quote first, the delimiter
  // by LIKE): on a PostgreSQL server, the same cell as the JavaScript writer's for values that need every
  // branch, in both dialects, and with delimiters that LIKE would otherwise take for wildcards.
  it('writes the explanation cell as csvLine does, for every kind of value', async () => {
    if (!process.env.DATABASE_URL) return;
    const values = [
      null,
      '',
      'plain',
      'a,b',
      'a;b',
      'say "hi"',
      '"',
      '=1+2',
      '+x, y',
      '-12',
      '@"q";',
      '\tx',
      '\rx',
      'line\nbreak',
      'x\r',
      'æøå; «sitat», 1 000,00 kr',
      '100 %',
      'a_b',
      'back\\slash',
    ];
    const dialects = [
      CSV_DIALECTS.nb,
      CSV_DIALECTS.rfc4180,
      ...['%', '_', '\\'].map((delimiter) => ({ ...CSV_DIALECTS.rfc4180, delimiter })),
    ];
    const db = t.app.get(DataSource);
    for (const dialect of dialects) {
      for (const value of values) {
        const [{ cell }] = await db.query<{ cell: string }[]>(
          `SELECT ${lineTextCell('$1::text', dialect)} AS cell`,
          [value],
        );
        const text = guardFormulaText(value ?? '');
        const quote = /["\r\n]/.test(text) || text.includes(dialect.delimiter);
        expect({ delimiter: dialect.delimiter, value, cell }).toEqual({
          delimiter: dialect.delimiter,
          value,
          cell: quote ? `"${text.replace(/"/g, '""')}"` : text,
        });
        if (dialect === CSV_DIALECTS.nb || dialect === CSV_DIALECTS.rfc4180)
          expect(`${cell}\r\n`).toBe(csvLine([text], dialect));
      }
    }
  });
});
