import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * allocation_runs reconciles with its cost items (issue 14): cost_item_amount is the sum of the planned
 * amounts of the cost items the run allocated (after any SET_COST_ITEM_FROM_KEY), difference is
 * cost_item_amount − planned_total (NOK, signed; non-zero only when a key without a fixed total was
 * accepted with ACCEPT_DIFFERENCE), and reconciliation the choice the run was made with. Existing runs are
 * backfilled from the cost items they recorded in `inputs` (their planned amount at the time of the run),
 * or, for a run without that record, from the current cost items its lines name; their reconciliation
 * stays null (made before the choice existed).
 */
export class AllocationDifference1795421830000 implements MigrationInterface {
  name = 'AllocationDifference1795421830000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE allocation_runs ADD COLUMN cost_item_amount numeric(15,2)`);
    await q.query(`ALTER TABLE allocation_runs ADD COLUMN difference numeric(15,2) NOT NULL DEFAULT 0`);
    await q.query(`ALTER TABLE allocation_runs ADD COLUMN reconciliation text`);
    // Runs are immutable (trigger allocation_runs_immutable refuses every UPDATE): the backfill of the new
    // columns is the one change allowed, so the trigger is off for it alone, in this migration's transaction.
    await q.query(`ALTER TABLE allocation_runs DISABLE TRIGGER allocation_runs_immutable`);
    await q.query(
      `UPDATE allocation_runs r SET cost_item_amount = (
         SELECT sum((item->>'plannedAmount')::numeric) FROM jsonb_array_elements(r.inputs->'costItems') item)
       WHERE jsonb_typeof(r.inputs->'costItems') = 'array'`,
    );
    await q.query(
      `UPDATE allocation_runs r SET cost_item_amount = (
         SELECT sum(c.planned_amount) FROM cost_items c
         WHERE c.id IN (SELECT l.cost_item_id FROM allocation_lines l WHERE l.run_id = r.id))
       WHERE r.cost_item_amount IS NULL`,
    );
    await q.query(
      `UPDATE allocation_runs SET difference = cost_item_amount - planned_total WHERE cost_item_amount IS NOT NULL`,
    );
    await q.query(`ALTER TABLE allocation_runs ENABLE TRIGGER allocation_runs_immutable`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE allocation_runs DROP COLUMN reconciliation`);
    await q.query(`ALTER TABLE allocation_runs DROP COLUMN difference`);
    await q.query(`ALTER TABLE allocation_runs DROP COLUMN cost_item_amount`);
  }
}
