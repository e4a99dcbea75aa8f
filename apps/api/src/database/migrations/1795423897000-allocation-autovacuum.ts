import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Autovacuum on the allocation tables after 1 % of new rows (on allocation_runs also of changed rows) instead
 * of PostgreSQL's 20 %.
 *
 * A municipality's page of allocation lines is answered from two index-only scans: its lines from
 * allocation_lines_org_year_cover and the current runs from allocation_runs_current_ids. An index-only scan
 * reads the table row after all unless the row's page is marked all-visible, and only VACUUM marks pages.
 * allocation_lines only grows (each run adds its lines; a superseded run's lines stay), and autovacuum
 * visits an insert-only table after `autovacuum_vacuum_insert_scale_factor` (0.2) of its rows: on the
 * national data set (2.3 million lines) 460,000 new lines, about 1,300 national runs. Measured on a database
 * that had 350,000 lines since its last vacuum: one municipality's page read 895 table rows for its 1,610
 * lines (11.6 ms for that scan; 0.3–2.2 ms after a VACUUM). allocation_runs changes a row whenever a run is
 * superseded, and its partial index of current runs took 432 table reads for 7,498 runs. At 1 % a vacuum
 * follows every 23,000 lines or so and visits only the pages changed since the last one (the visibility map
 * skips the rest): about a second on the national data set. docs/performance.md, issue 18.
 */
export class AllocationAutovacuum1795423897000 implements MigrationInterface {
  name = 'AllocationAutovacuum1795423897000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE allocation_lines SET (autovacuum_vacuum_insert_scale_factor = 0.01)`);
    await q.query(
      `ALTER TABLE allocation_runs SET (autovacuum_vacuum_scale_factor = 0.01, autovacuum_vacuum_insert_scale_factor = 0.01)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE allocation_lines RESET (autovacuum_vacuum_insert_scale_factor)`);
    await q.query(
      `ALTER TABLE allocation_runs RESET (autovacuum_vacuum_scale_factor, autovacuum_vacuum_insert_scale_factor)`,
    );
  }
}
