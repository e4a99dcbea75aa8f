import { Role } from '@gevinst/domain';
import type { Actor } from '../auth/actor.js';
import type { AuditChange, AuditRepository } from '../audit/audit.repository.js';
import { Mutations } from '../audit/mutation.js';
import { AppError } from '../common/errors.js';
import { todayInNorway } from '../common/today.js';
import type { UnitOfWork } from '../common/unit-of-work.js';
import { parsePriceIndexCsv } from './price-index-import.parser.js';
import { PriceIndexImportService } from './price-index-import.service.js';
import type { PriceIndexRepository, PriceIndexRow } from './price-index.repository.js';

const actor = (roles: Role[]): Actor => ({
  kind: 'USER',
  userId: '22222222-2222-4222-8222-222222222222',
  email: 'admin@demo.gevinst.no',
  name: 'A',
  organisationId: '11111111-1111-4111-8111-111111111111',
  roles,
  sessionId: '55555555-5555-4555-8555-555555555555',
});
const admin = actor([Role.ADMIN]);

/** 2023 as stored, 2024 revised, 2025 new. */
const GOOD = ['year,cpi_2015_100', '2023,129.6', '2024,133.7', '2025,136.9'].join('\n');

function setup() {
  const table = new Map<number, PriceIndexRow>([
    [2023, { year: 2023, value: '129.6', source: 'seed' }],
    [2024, { year: 2024, value: '133.6', source: 'seed' }],
  ]);
  const calls: string[] = [];
  const repository = {
    all: (lock = false) => {
      calls.push(lock ? 'read locked' : 'read');
      return Promise.resolve([...table.values()].sort((a, b) => a.year - b.year));
    },
    upsert: (source: string, years: { year: number; value: string }[]) => {
      calls.push(`upsert ${years.map((y) => y.year).join(',')}`);
      for (const { year, value } of years) table.set(year, { year, value, source });
      return Promise.resolve();
    },
  } as unknown as PriceIndexRepository;
  const audited: AuditChange[] = [];
  const mutations = new Mutations(
    { transaction: <T>(work: () => Promise<T>) => work() } as unknown as UnitOfWork,
    {
      record: (_who: Actor | null, change: AuditChange) => (audited.push(change), Promise.resolve()),
    } as unknown as AuditRepository,
  );
  return { service: new PriceIndexImportService(repository, mutations), table, calls, audited };
}

async function refusal(call: Promise<unknown>): Promise<AppError> {
  const error = await call.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('parsePriceIndexCsv', () => {
  it('reads data/reference/cpi.csv’s shape and SSB’s semicolon export with decimal commas', () => {
    expect(parsePriceIndexCsv(GOOD).years.map((y) => [y.year, y.value])).toEqual([
      [2023, '129.6'],
      [2024, '133.7'],
      [2025, '136.9'],
    ]);
    const ssb = ['"år";"Konsumprisindeks (2015=100)"', '"2024";"133,6"', '"2025";"136,90"'].join('\r\n');
    expect(parsePriceIndexCsv(ssb).years.map((y) => [y.year, y.value])).toEqual([
      [2024, '133.6'],
      [2025, '136.9'],
    ]);
  });

  it('reports a bad year, a missing index and a year given twice, with their lines, and reads the rest', () => {
    const parsed = parsePriceIndexCsv(
      ['year,cpi_2015_100', '25,100', '2024,..', '2023,129.6', '2022,122.8', '2022,122.9'].join('\n'),
    );
    expect(parsed.years.map((y) => y.year)).toEqual([2023]);
    expect(parsed.problems.map((p) => [p.line, p.problem.code])).toEqual([
      [2, 'CPI_LINE_YEAR'],
      [3, 'CPI_LINE_VALUE'],
      [6, 'CPI_LINE_TWICE'],
    ]);
    expect(parsed.problems[2].message).toBe('2022 is also on line 5: neither is imported');
  });
});

describe('PriceIndexImportService', () => {
  it('dry run: reports added, changed and unchanged years and writes and audits nothing', async () => {
    const { service, table, calls, audited } = setup();
    const report = await service.import(admin, GOOD, { dryRun: true, origin: 'cpi.csv' });
    expect(report).toEqual({
      dryRun: true,
      source: `SSB table 03014, cpi.csv, imported ${todayInNorway()}`,
      rows: 3,
      added: 1,
      changed: 1,
      unchanged: 1,
      changes: [
        { year: 2024, before: '133.6', after: '133.7' },
        { year: 2025, before: null, after: '136.9' },
      ],
      problems: [],
    });
    expect(calls).toEqual(['read']);
    expect(audited).toEqual([]);
    expect(table.get(2024)!.value).toBe('133.6');
  });

  it('imports the changed years in one upsert with one audit event (before/after)', async () => {
    const { service, table, calls, audited } = setup();
    await service.import(admin, GOOD);
    expect(calls).toEqual(['read locked', 'upsert 2024,2025']);
    expect(table.get(2025)!.value).toBe('136.9');
    expect(audited).toHaveLength(1);
    expect(audited[0]).toMatchObject({
      operation: 'importPriceIndex',
      before: { years: [{ year: 2024, value: '133.6' }] },
      after: {
        added: 1,
        changed: 1,
        years: [
          { year: 2024, value: '133.7' },
          { year: 2025, value: '136.9' },
        ],
      },
    });
  });

  it('refuses a file without the columns, one without a usable year, and a non-administrator, storing nothing', async () => {
    const { service, calls } = setup();
    const reasons = (error: AppError) =>
      (error.extensions.problems as { field: string; reason: string }[]).map((p) => [p.field, p.reason]);
    expect(reasons(await refusal(service.import(admin, 'a,b\n1,2')))).toEqual([['csv', 'CPI_NO_COLUMNS']]);
    expect(reasons(await refusal(service.import(admin, 'year,cpi\n2025,..')))).toEqual([
      ['csv', 'CPI_NO_YEAR'],
    ]);
    const error = await refusal(service.import(actor([Role.READER]), GOOD));
    expect(error.extensions.code).toBe('FORBIDDEN');
    expect(calls.filter((c) => c.startsWith('upsert'))).toEqual([]);
  });
});
