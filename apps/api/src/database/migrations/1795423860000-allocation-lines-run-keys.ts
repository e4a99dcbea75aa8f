import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Extended statistics on allocation lines: how many distinct (run, initiative, key version) triples there
 * are (about one per run: a run's lines share its initiative and, in practice, its key version). The CSV
 * export's statement (apps/api/src/export/csv-copy.ts) writes the cells of a line's run, initiative and
 * key version in one LATERAL subquery keyed by the three; from the columns' own statistics the planner
 * would multiply their counts, expect a new triple on every line and not memoize it. ANALYZE fills the
 * statistics now; autovacuum keeps them, as it does the columns'. (IF NOT EXISTS: a database that ran
 * this change under its first number, 1795423710000, before it was renumbered after the others.)
 */
export class AllocationLinesRunKeys1795423860000 implements MigrationInterface {
  name = 'AllocationLinesRunKeys1795423860000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE STATISTICS IF NOT EXISTS allocation_lines_run_keys (ndistinct)
       ON run_id, initiative_id, key_version_id FROM allocation_lines`,
    );
    await q.query(`ANALYZE allocation_lines`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP STATISTICS allocation_lines_run_keys`);
  }
}
