import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Two partial indexes that split allocation lines into alternate blocks of 8,192 ids, and statistics on
 * the block's parity, for the CSV export's two COPY streams (apps/api/src/export/csv-copy.ts, EXPORT_BLOCK_IDS).
 *
 * A full export (2.3 million lines at national scale) is set by the one database backend that writes its
 * records. Two connections that share one snapshot each write every other block, so that two backends
 * work, and the API writes the blocks in id order. Each stream must read only its own blocks of the table:
 * filtering the primary key scan on the parity still reads every page (measured: 9.5–10.1 s against
 * 10.8–11.2 s for one stream), while a partial index per parity reads each half's pages only (7.3–9.0 s
 * against 9.8–10.2 s). Ids are given in insertion order, so a block of ids is a run of adjacent pages.
 * Without statistics on the expression the planner expects 0.5 % of the lines in a half (the default
 * selectivity of an expression) and would plan the export's memoized lookups for that; ANALYZE fills them
 * now, autovacuum keeps them. docs/performance.md, issue 18.
 */
export class AllocationLinesIdBlocks1795423898000 implements MigrationInterface {
  name = 'AllocationLinesIdBlocks1795423898000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX allocation_lines_even_blocks ON allocation_lines (id) WHERE (id / 8192) % 2 = 0`,
    );
    await q.query(
      `CREATE INDEX allocation_lines_odd_blocks ON allocation_lines (id) WHERE (id / 8192) % 2 = 1`,
    );
    await q.query(
      `CREATE STATISTICS allocation_lines_block_parity ON ((id / 8192) % 2) FROM allocation_lines`,
    );
    await q.query(`ANALYZE allocation_lines`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP STATISTICS allocation_lines_block_parity`);
    await q.query(`DROP INDEX allocation_lines_odd_blocks`);
    await q.query(`DROP INDEX allocation_lines_even_blocks`);
  }
}
