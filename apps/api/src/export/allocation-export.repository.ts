import { Injectable } from '@nestjs/common';
import type pg from 'pg';
import type { ScopedLines } from '../allocation/allocation-line.repository.js';
import { UnitOfWork } from '../common/unit-of-work.js';
import { CopyBinaryColumn } from './copy-binary.js';
import { csvLinesSql, withLiterals } from './csv-copy.js';
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
   * streamed by binary COPY (copy-binary.ts): the bytes of the file after its header, in one statement
   * and snapshot on `connection`.
   */
  copyCsvRecords(connection: pg.PoolClient, lines: ScopedLines, dialect: CsvDialect): CopyBinaryColumn {
    const [sql, parameters] = csvLinesSql(lines, dialect);
    return connection.query(
      new CopyBinaryColumn(`COPY (${withLiterals(sql, parameters)}) TO STDOUT (FORMAT binary)`),
    );
  }
}
