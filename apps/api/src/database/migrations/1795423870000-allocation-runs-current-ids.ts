import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The ids of the current allocation runs, as an index of their own. Every read of current allocation
 * lines (a municipality's lines, their sums, the exports) joins the lines to the runs whose status is
 * CURRENT; without it PostgreSQL read the whole runs table (its JSON inputs included) to build that join,
 * about a third of the time of one municipality's page of lines on the national data set. With it the
 * join is built from this small index alone (an index-only scan). docs/performance.md, issue 18.
 */
export class AllocationRunsCurrentIds1795423870000 implements MigrationInterface {
  name = 'AllocationRunsCurrentIds1795423870000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX IF NOT EXISTS allocation_runs_current_ids ON allocation_runs (id) WHERE status = 'CURRENT'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS allocation_runs_current_ids`);
  }
}
