import type pg from 'pg';
import type { ScopedLines } from '../allocation/allocation-line.repository.js';
import type { UnitOfWork } from '../common/unit-of-work.js';
import { AllocationExportRepository, EXPORT_TABLES } from './allocation-export.repository.js';
import { CopyBinaryColumn } from './copy-binary.js';
import { CSV_DIALECTS } from './csv-dialect.js';

/** A query builder that gives its SQL with the conditions added to it (csvLinesSql clones and extends it). */
function scopedLines(conditions: string[] = []): ScopedLines {
  const builder = {
    clone: () => scopedLines([...conditions]),
    select: () => builder,
    addSelect: () => builder,
    orderBy: () => builder,
    andWhere: (condition: string) => {
      conditions.push(condition);
      return builder;
    },
    getQueryAndParameters: () => [
      `SELECT l.id FROM allocation_lines l WHERE r.status = 'CURRENT'${conditions.map((c) => ` AND ${c}`).join('')}`,
      [],
    ],
  };
  return builder as unknown as ScopedLines;
}

/** A connection that records its statements; `fails` rejects the statements that match. */
function connection(name: string, log: string[], fails?: RegExp): pg.PoolClient {
  return {
    query(statement: string | CopyBinaryColumn) {
      if (statement instanceof CopyBinaryColumn) {
        const text = (statement as unknown as { text: string }).text;
        log.push(`${name}: COPY ${/% 2 = (\d)/.exec(text)?.[0] ?? 'all'}`);
        return statement;
      }
      log.push(
        `${name}: ${statement.replace(/ IN ACCESS SHARE MODE/, '').replace(/LOCK TABLE .*?(?= NOWAIT|$)/, 'LOCK')}`,
      );
      if (fails?.test(statement)) return Promise.reject(new Error('could not obtain lock'));
      return Promise.resolve({ rows: [{ snapshot: '00000003-0000001B-1' }] });
    },
  } as unknown as pg.PoolClient;
}

describe('AllocationExportRepository.copyCsvRecords', () => {
  const repository = new AllocationExportRepository({} as UnitOfWork);

  it('on two connections: locks, exports the snapshot, imports it first thing on the second, then one COPY per part; commits both', async () => {
    const log: string[] = [];
    const copy = await repository.copyCsvRecords(
      [connection('A', log), connection('B', log)],
      scopedLines(),
      CSV_DIALECTS.nb,
    );
    expect(copy.streams).toHaveLength(2);
    await copy.finish();
    expect(log).toEqual([
      'A: BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY',
      'A: LOCK',
      'A: SELECT pg_export_snapshot() AS snapshot',
      'B: BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY',
      "B: SET TRANSACTION SNAPSHOT '00000003-0000001B-1'",
      'B: LOCK NOWAIT',
      'A: COPY % 2 = 0',
      'B: COPY % 2 = 1',
      'A: COMMIT',
      'B: COMMIT',
    ]);
  });

  it('runs the whole export on the first connection when the second cannot take its locks at once (or import the snapshot)', async () => {
    const log: string[] = [];
    const copy = await repository.copyCsvRecords(
      [connection('A', log), connection('B', log, /NOWAIT/)],
      scopedLines(),
      CSV_DIALECTS.nb,
    );
    expect(copy.streams).toHaveLength(1);
    await copy.finish();
    expect(log.slice(3)).toEqual([
      'B: BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY',
      "B: SET TRANSACTION SNAPSHOT '00000003-0000001B-1'",
      'B: LOCK NOWAIT',
      'B: ROLLBACK',
      'A: COPY all',
      'A: COMMIT',
    ]);
  });

  it('locks every table once', () => {
    expect(new Set(EXPORT_TABLES).size).toBe(EXPORT_TABLES.length);
  });
});
