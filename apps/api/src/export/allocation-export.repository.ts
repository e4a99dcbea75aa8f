import { Injectable } from '@nestjs/common';
import type pg from 'pg';
import type { ScopedLines } from '../allocation/allocation-line.repository.js';
import { UnitOfWork } from '../common/unit-of-work.js';
import { CopyBinaryColumn, type OutputBlocks } from './copy-binary.js';
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
   * `finish` ends the transactions once the streams have ended.
   */
  async copyCsvRecords(
    connections: readonly pg.PoolClient[],
    lines: ScopedLines,
    dialect: CsvDialect,
    output: OutputBlocks,
  ): Promise<{ streams: CopyBinaryColumn[]; finish(): Promise<void> }> {
    const copy = (connection: pg.PoolClient, part?: ExportPart) => {
      const [sql, parameters] = csvLinesSql(lines, dialect, part);
      const text = `COPY (${withLiterals(sql, parameters)}) TO STDOUT (FORMAT binary)`;
      // With parts, each stream reads about one block ahead of the one being written (see mergeBlocks).
      return connection.query(
        new CopyBinaryColumn(text, part ? { blocks: true, output, highWaterMark: READ_AHEAD } : { output }),
      );
    };
    if (connections.length === 1) return { streams: [copy(connections[0])], finish: async () => {} };
    if (connections.length !== EXPORT_PARTS) throw new Error(`An export has 1 or ${EXPORT_PARTS} streams`);
    const begin = 'BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY';
    const [first, ...others] = connections;
    await first.query(begin);
    const {
      rows: [{ snapshot }],
    } = await first.query<{ snapshot: string }>('SELECT pg_export_snapshot() AS snapshot');
    for (const connection of others) {
      await connection.query(begin);
      await connection.query(`SET TRANSACTION SNAPSHOT ${sqlLiteral(snapshot)}`);
    }
    return {
      streams: connections.map((connection, index) => copy(connection, { index })),
      finish: async () => {
        for (const connection of connections) await connection.query('COMMIT');
      },
    };
  }
}

/**
 * Segments a part's stream holds ahead of the one being written. A block of EXPORT_BLOCK_IDS ids is about
 * 4 MB of records at national scale (16 segments of 256 kB); the sockets' buffers in the kernel (several
 * MB on loopback) hold the rest, so that the backend of the part not being written seldom waits. Measured
 * (bench:api, national data set): 24 segments gave a peak RSS of 273 MB while exporting, 10 gave 244 MB,
 * at the same speed.
 */
const READ_AHEAD = 10;
