import { Injectable } from '@nestjs/common';
import type pg from 'pg';
import type { ScopedLines } from '../allocation/allocation-line.repository.js';
import { UnitOfWork } from '../common/unit-of-work.js';
import { CopyBinaryColumn, OutputBlocks } from './copy-binary.js';
import { EXPORT_PARTS, type ExportPart, csvLinesSql, sqlLiteral, withLiterals } from './csv-copy.js';
import type { CsvDialect } from './csv-dialect.js';

/**
 * The statements of the allocation exports besides the lines' keyset batches (AllocationLineRepository):
 * the names of what a filter points at, the exporter's organisation, and the CSV records written by the
 * database itself and streamed with COPY on a connection of its own (ExportConnections).
 */
@Injectable()
export class AllocationExportRepository {
  constructor(private readonly uow: UnitOfWork) {}

  async organisation(id: string): Promise<{ name: string; org_number: string } | undefined> {
    const [row] = await this.uow
      .manager()
      .query<{ name: string; org_number: string }[]>(
        `SELECT name, org_number FROM organisations WHERE id = $1`,
        [id],
      );
    return row;
  }

  async initiative(id: string): Promise<{ code: string; name: string } | undefined> {
    const [row] = await this.uow
      .manager()
      .query<{ code: string; name: string }[]>(`SELECT code, name FROM initiatives WHERE id = $1`, [id]);
    return row;
  }

  /** The run with its initiative's code. */
  async run(id: string): Promise<{ id: string; code: string; year: number; status: string } | undefined> {
    const [row] = await this.uow
      .manager()
      .query<{ id: string; code: string; year: number; status: string }[]>(
        `SELECT r.id, i.code, r.year, r.status FROM allocation_runs r JOIN initiatives i ON i.id = r.initiative_id
         WHERE r.id = $1`,
        [id],
      );
    return row;
  }

  /** Organisations' names by id (the fixed shares of a key name organisations by id). */
  async organisationNames(ids: readonly string[]): Promise<Map<string, string>> {
    if (!ids.length) return new Map();
    const rows = await this.uow
      .manager()
      .query<{ id: string; name: string }[]>(
        `SELECT id, name FROM organisations WHERE id = ANY($1::uuid[])`,
        [ids],
      );
    return new Map(rows.map((row) => [row.id, row.name]));
  }

  /** The name of the exporter's organisation, for the workbook's notes. */
  async organisationName(id: string): Promise<string | undefined> {
    const [row] = await this.uow
      .manager()
      .query<{ name: string }[]>(`SELECT name FROM organisations WHERE id = $1`, [id]);
    return row?.name;
  }

  /**
   * The matching lines as CSV records, each ending with CRLF, written by the database (csv-copy.ts) and
   * streamed by binary COPY (copy-binary.ts): the bytes of the file after its header, in one snapshot.
   * On one connection, one statement. On two, the export's two parts (alternate blocks of ids), each a
   * COPY on its own connection in a read-only transaction on the first one's exported snapshot
   * (`pg_export_snapshot`, `SET TRANSACTION SNAPSHOT`: the manual's «Snapshot Synchronization Functions»),
   * so that both see exactly the same lines; the streams' segments say their blocks, for mergeBlocks.
   * `output`: the streams' buffers, to be given back once each segment is written. `finish` ends the
   * transactions once the streams have ended.
   */
  async copyCsvRecords(
    connections: readonly pg.PoolClient[],
    lines: ScopedLines,
    dialect: CsvDialect,
  ): Promise<{ streams: CopyBinaryColumn[]; output: OutputBlocks; finish(): Promise<void> }> {
    // Enough kept to refill what a part's stream reads ahead while the other part is written.
    const output = new OutputBlocks((READ_AHEAD + 4) * connections.length);
    const copy = (connection: pg.PoolClient, part?: ExportPart) => {
      const [sql, parameters] = csvLinesSql(lines, dialect, part);
      const text = `COPY (${withLiterals(sql, parameters)}) TO STDOUT (FORMAT binary)`;
      // With parts, each stream reads about one block ahead of the one being written (see mergeBlocks).
      return connection.query(
        new CopyBinaryColumn(text, part ? { blocks: true, output, highWaterMark: READ_AHEAD } : { output }),
      );
    };
    const commit = (used: readonly pg.PoolClient[]) => async () => {
      for (const connection of used) await connection.query('COMMIT');
    };
    if (connections.length === 1) return { streams: [copy(connections[0])], output, finish: commit([]) };
    if (connections.length !== EXPORT_PARTS) throw new Error(`An export has 1 or ${EXPORT_PARTS} streams`);
    const begin = 'BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY';
    const lock = `LOCK TABLE ${EXPORT_TABLES.join(', ')} IN ACCESS SHARE MODE`;
    const [first, second] = connections;
    await first.query(begin);
    // The tables are locked before the snapshot is taken, as pg_dump does: what the statements read cannot
    // be altered or dropped once it is.
    await first.query(lock);
    const {
      rows: [{ snapshot }],
    } = await first.query<{ snapshot: string }>('SELECT pg_export_snapshot() AS snapshot');
    try {
      await second.query(begin);
      await second.query(`SET TRANSACTION SNAPSHOT ${sqlLiteral(snapshot)}`);
      // NOWAIT: a change of a table that waits for the first connection's locks (ALTER TABLE during a
      // deploy) would make this connection's locks wait for it, and so for the first connection, whose
      // COPY waits for the merge, which waits for this one: a wait PostgreSQL cannot see. As pg_dump's
      // workers do, this one does not wait; the export then runs on the first connection alone.
      await second.query(`${lock} NOWAIT`);
    } catch {
      // (also a snapshot that cannot be imported: a pooler that sent this connection to another server)
      await second.query('ROLLBACK').catch(() => undefined);
      return { streams: [copy(first)], output, finish: commit([first]) };
    }
    return {
      streams: connections.map((connection, index) => copy(connection, { index })),
      output,
      finish: commit(connections),
    };
  }
}

/**
 * Every table the export's statement may read (csvLinesSql over AllocationLineRepository.scoped with the
 * access rules of AccessRepository.whereLineAllowed): locked by both connections of a two-stream export
 * before either COPY starts. An e2e test (export-csv-paths) compares it with the tables in the statement's
 * plan.
 */
export const EXPORT_TABLES = [
  'allocation_lines',
  'allocation_runs',
  'initiatives',
  'initiative_participants',
  'benefits',
  'organisations',
  'organisation_kostra_codes',
  'cost_sharing_key_versions',
  'cost_sharing_keys',
] as const;

/**
 * Segments a part's stream holds ahead of the one being written. A block of EXPORT_BLOCK_IDS ids is about
 * 4 MB of records at national scale (16 segments of 256 kB); the sockets' buffers in the kernel (several
 * MB on loopback) hold the rest, so that the backend of the part not being written seldom waits. Measured
 * (bench:api, national data set): 24 segments gave a peak RSS of 273 MB while exporting, 10 gave 244 MB,
 * at the same speed.
 */
const READ_AHEAD = 10;
