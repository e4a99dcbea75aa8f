import { ApiTokenScope, Role } from '@gevinst/domain';
import type { Actor } from '../auth/actor.js';
import { AppError } from '../common/errors.js';
import { todayInNorway } from '../common/today.js';
import { MAX_CSV_LENGTH, PopulationImportService } from './population-import.service.js';
import type { MunicipalityRow, PopulationRepository } from './population.repository.js';
import { actorOf, fakeMutations } from '../testing/fakes.js';

const ORG = '11111111-1111-4111-8111-111111111111';
const OSLO = 'aaaaaaaa-0301-4000-8000-000000000000';
const BERGEN = 'aaaaaaaa-4601-4000-8000-000000000000';
const TRONDHEIM = 'aaaaaaaa-5001-4000-8000-000000000000';
const STAVANGER = 'aaaaaaaa-1103-4000-8000-000000000000';

const actor = (roles: Role[], extra: Partial<Actor> = {}) =>
  actorOf(ORG, roles, {
    userId: '22222222-2222-4222-8222-222222222222',
    email: 'admin@demo.gevinst.no',
    name: 'A',
    sessionId: '55555555-5555-4555-8555-555555555555',
    ...extra,
  });
const admin = actor([Role.ADMIN]);

const HEADER =
  '"region";"år";"statistikkvariabel";"07459: Befolkning, etter region, år og statistikkvariabel"';
const row = (region: string, year: number, value: string | number) =>
  `"${region}";"${year}";"Personer";${typeof value === 'number' ? value : `"${value}"`}`;

/** Oslo as stored, Bergen changed, Trondheim new; Stavanger is not in the file. 2024 rows are ignored. */
const GOOD_CSV = [
  HEADER,
  row('0301 Oslo', 2024, 717710),
  row('0301 Oslo', 2025, 728000),
  row('4601 Bergen', 2025, 295000),
  row('5001 Trondheim', 2025, 217500),
].join('\n');

/**
 * The service on an in-memory organisation_populations table of year 2025 (Oslo 728000, Bergen 290000)
 * and four municipalities, remembering every read and write.
 */
function setup() {
  const municipalities: MunicipalityRow[] = [
    { id: OSLO, municipality_number: '0301', name: 'Oslo' },
    { id: STAVANGER, municipality_number: '1103', name: 'Stavanger' },
    { id: BERGEN, municipality_number: '4601', name: 'Bergen' },
    { id: TRONDHEIM, municipality_number: '5001', name: 'Trondheim' },
  ];
  const figures = new Map<string, { value: number; source: string }>([
    [`${OSLO}:2025`, { value: 728000, source: 'earlier' }],
    [`${BERGEN}:2025`, { value: 290000, source: 'earlier' }],
  ]);
  const reads: string[] = [];
  const writes: string[] = [];
  const repository = {
    municipalities: () => (reads.push('municipalities'), Promise.resolve(municipalities)),
    municipalFigures: (year: number, lock: boolean) => {
      reads.push(`figures ${year}${lock ? ' locked' : ''}`);
      return Promise.resolve(
        new Map(
          [...figures]
            .filter(([key]) => key.endsWith(`:${year}`))
            .map(([key, figure]) => [key.split(':')[0], figure.value]),
        ),
      );
    },
    upsertFigures: (year: number, source: string, changed: { organisationId: string; value: number }[]) => {
      writes.push(`upsert ${year}`);
      for (const { organisationId, value } of changed)
        figures.set(`${organisationId}:${year}`, { value, source });
      return Promise.resolve();
    },
  } as unknown as PopulationRepository;
  const { mutations, entries: audited } = fakeMutations();
  const service = new PopulationImportService(repository, mutations);
  const stored = () => Object.fromEntries([...figures].map(([key, figure]) => [key, figure.value]));
  return { service, figures, stored, reads, writes, audited };
}

async function refusal(call: Promise<unknown>): Promise<AppError> {
  const error = await call.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

const problemsOf = (error: AppError) =>
  (error.extensions.problems as { field: string; reason: string; params: unknown }[]).map((p) => ({
    field: p.field,
    reason: p.reason,
    params: p.params,
  }));

const SOURCE = `SSB table 07459, GOOD.csv, imported ${todayInNorway()}`;

describe('PopulationImportService', () => {
  it('dry run: reports added, changed, unchanged and missing municipalities, and writes and audits nothing', async () => {
    const { service, stored, reads, writes, audited } = setup();
    const before = stored();
    const report = await service.import(admin, GOOD_CSV, 2025, { dryRun: true, origin: 'GOOD.csv' });
    expect(report).toEqual({
      year: 2025,
      dryRun: true,
      source: SOURCE,
      rows: 3,
      matched: 3,
      added: 1,
      changed: 1,
      unchanged: 1,
      changes: [
        { organisationId: BERGEN, municipalityNumber: '4601', name: 'Bergen', before: 290000, after: 295000 },
        {
          organisationId: TRONDHEIM,
          municipalityNumber: '5001',
          name: 'Trondheim',
          before: null,
          after: 217500,
        },
      ],
      unknownMunicipalityNumbers: [],
      missingMunicipalities: [{ organisationId: STAVANGER, municipalityNumber: '1103', name: 'Stavanger' }],
      problems: [],
    });
    // A dry run does not lock the year's figures.
    expect(reads).toEqual(['municipalities', 'figures 2025']);
    expect(writes).toEqual([]);
    expect(stored()).toEqual(before);
    expect(audited).toEqual([]);
  });

  it('stores the changed and added figures with their source in one write, and records one audit event', async () => {
    const { service, figures, stored, reads, writes, audited } = setup();
    const report = await service.import(admin, GOOD_CSV, 2025, { origin: 'GOOD.csv' });
    expect(report).toMatchObject({ dryRun: false, matched: 3, added: 1, changed: 1, unchanged: 1 });
    expect(reads).toEqual(['municipalities', 'figures 2025 locked']);
    expect(writes).toEqual(['upsert 2025']);
    expect(stored()).toEqual({
      [`${OSLO}:2025`]: 728000,
      [`${BERGEN}:2025`]: 295000,
      [`${TRONDHEIM}:2025`]: 217500,
    });
    // The unchanged figure keeps its source; the written ones get the import's.
    expect(figures.get(`${OSLO}:2025`)!.source).toBe('earlier');
    expect(figures.get(`${BERGEN}:2025`)!.source).toBe(SOURCE);
    expect(audited).toEqual([
      {
        actor: admin,
        change: {
          operation: 'importPopulation',
          entityType: 'OrganisationPopulation',
          entityId: 'municipalities:2025',
          ownerOrganisationId: null,
          before: { year: 2025, figures: [{ municipalityNumber: '4601', value: 290000 }] },
          after: {
            year: 2025,
            source: SOURCE,
            rows: 3,
            matched: 3,
            added: 1,
            changed: 1,
            unchanged: 1,
            figures: [
              { municipalityNumber: '4601', value: 295000 },
              { municipalityNumber: '5001', value: 217500 },
            ],
            unknownMunicipalityNumbers: [],
            missingMunicipalityNumbers: ['1103'],
          },
        },
      },
    ]);
  });

  it('writes nothing but still audits an import that changes no figure', async () => {
    const { service, writes, audited } = setup();
    const csv = [HEADER, row('0301 Oslo', 2025, 728000)].join('\n');
    const report = await service.import(null, csv, 2025);
    expect(report).toMatchObject({ matched: 1, unchanged: 1, changes: [] });
    expect(writes).toEqual([]);
    expect(audited).toHaveLength(1);
    expect(audited[0]).toMatchObject({ actor: null, change: { operation: 'importPopulation' } });
  });

  it('reports every faulty row with its line and imports only the municipalities without a fault', async () => {
    // Bergen twice (line 4), Trondheim with a figure that is not a number (line 5), an unknown number.
    const csv = [
      HEADER,
      row('0301 Oslo', 2025, 730000),
      row('4601 Bergen', 2025, 295000),
      row('4601 Bergen', 2025, 295000),
      row('5001 Trondheim', 2025, '21x500'),
      row('9998 Ukjent', 2025, 1000),
    ].join('\n');
    const { service, stored, writes, audited } = setup();
    const report = await service.import(admin, csv, 2025);
    expect(report).toMatchObject({
      rows: 5,
      matched: 1,
      added: 0,
      changed: 1,
      unchanged: 0,
      changes: [
        { organisationId: OSLO, municipalityNumber: '0301', name: 'Oslo', before: 728000, after: 730000 },
      ],
      unknownMunicipalityNumbers: ['9998'],
    });
    expect(report.problems).toEqual([
      { line: 4, message: '4601 Bergen appears more than once: its figure is not imported' },
      {
        line: 5,
        message: '5001 Trondheim: "21x500" is not a whole number of inhabitants: its figure is not imported',
      },
      { line: 3, message: '4601 Bergen: appears more than once for 2025: not imported' },
      { line: 5, message: '5001 Trondheim: not a number for 2025: not imported' },
    ]);
    expect(report.missingMunicipalities.map((m) => m.municipalityNumber)).toEqual(['1103', '4601', '5001']);
    expect(writes).toEqual(['upsert 2025']);
    expect(stored()).toEqual({ [`${OSLO}:2025`]: 730000, [`${BERGEN}:2025`]: 290000 });
    expect(audited).toHaveLength(1);
  });

  it('refuses a file in which no municipality has a usable figure, naming the unknown numbers, and writes nothing', async () => {
    const csv = [
      HEADER,
      row('9998 Ukjent', 2025, 1000),
      row('9999 Ukjent', 2025, 2000),
      row('4601 Bergen', 2025, 'mange'),
    ].join('\n');
    const { service, stored, writes, audited } = setup();
    const before = stored();
    const error = await refusal(service.import(admin, csv, 2025));
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(problemsOf(error)).toEqual([
      { field: 'csv', reason: 'CSV_NO_FIGURE', params: { year: 2025, unknown: ['9998', '9999'] } },
    ]);
    expect(writes).toEqual([]);
    expect(stored()).toEqual(before);
    expect(audited).toEqual([]);
  });

  it('refuses a year out of range and a file that is too long together, before reading anything', async () => {
    const { service, reads, writes, audited } = setup();
    const error = await refusal(service.import(admin, 'x'.repeat(MAX_CSV_LENGTH + 1), 1799));
    expect(problemsOf(error)).toEqual([
      { field: 'year', reason: 'YEAR_BETWEEN', params: { min: 1800, max: 2200, got: '1799' } },
      { field: 'csv', reason: 'CSV_TOO_LONG', params: { length: MAX_CSV_LENGTH + 1, max: MAX_CSV_LENGTH } },
    ]);
    expect(reads).toEqual([]);
    expect(writes).toEqual([]);
    expect(audited).toEqual([]);
  });

  it('refuses a file without the year asked for on the field year', async () => {
    const { service, writes } = setup();
    const error = await refusal(service.import(admin, GOOD_CSV, 2023));
    expect(problemsOf(error)).toEqual([
      { field: 'year', reason: 'CSV_YEAR_MISSING', params: { year: 2023, years: ['2024', '2025'] } },
    ]);
    expect(writes).toEqual([]);
  });

  it('refuses anyone but an administrator, even for a dry run, and writes and audits nothing', async () => {
    const { service, stored, writes, audited } = setup();
    const before = stored();
    const readOnlyAdminToken = actor([Role.ADMIN], {
      kind: 'API_TOKEN',
      sessionId: undefined,
      tokenId: 't',
      scopes: [ApiTokenScope.READ],
    });
    for (const [who, dryRun] of [
      [actor([Role.INITIATIVE_OWNER]), false],
      [actor([Role.READER]), true],
      [readOnlyAdminToken, false],
    ] as const) {
      const error = await refusal(service.import(who, GOOD_CSV, 2025, { dryRun }));
      expect(error.extensions).toMatchObject({
        code: 'FORBIDDEN',
        reason: 'NEEDS_ROLE',
        params: { roles: [Role.ADMIN] },
      });
    }
    expect(writes).toEqual([]);
    expect(stored()).toEqual(before);
    expect(audited).toEqual([]);
  });
});
