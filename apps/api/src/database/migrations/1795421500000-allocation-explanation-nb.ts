import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * allocation_lines.explanation_nb: each line's explanation in Norwegian Bokmål, written by the run next to
 * the English one (cost-model writes both from the same figures). Runs stored before this migration keep
 * their English explanation only; readers fall back to it.
 */
export class AllocationExplanationNb1795421500000 implements MigrationInterface {
  name = 'AllocationExplanationNb1795421500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE allocation_lines ADD COLUMN explanation_nb text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE allocation_lines DROP COLUMN explanation_nb`);
  }
}
