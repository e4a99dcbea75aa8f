import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes for the national data volume (2,000 initiatives, 2 million allocation lines, half a million
 * measurements); see docs/performance.md for the queries each serves and what it gave.
 */
export class PerformanceIndexes1795421300000 implements MigrationInterface {
  name = 'PerformanceIndexes1795421300000';

  async up(q: QueryRunner): Promise<void> {
    // Whether a key version was used by a stored run (updateCostSharingKey), and the foreign key's check
    // when key versions are removed: without it both read every allocation line.
    await q.query(`CREATE INDEX allocation_lines_key_version_idx ON allocation_lines (key_version_id)`);
    // The deferred foreign key superseded_by_id → id is checked for every removed measurement; only the
    // corrected versions (about 1 %) have a value, so the index is small.
    await q.query(
      `CREATE INDEX benefit_measurements_superseded_by_idx ON benefit_measurements (superseded_by_id)
       WHERE superseded_by_id IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX benefit_measurements_superseded_by_idx`);
    await q.query(`DROP INDEX allocation_lines_key_version_idx`);
  }
}
