import type { MigrationInterface, QueryRunner } from 'typeorm';

const UUID = `'^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$'`;

/** The entity types whose rows carry an initiative_id, by table. */
const OWNED_BY_INITIATIVE: [string, string][] = [
  ['CostItem', 'cost_items'],
  ['AllocationRun', 'allocation_runs'],
  ['Benefit', 'benefits'],
  ['Enabler', 'benefit_enablers'],
  ['BenefitsMapEdge', 'benefits_map_edges'],
];

/**
 * audit_events.initiative_id: the initiative an event's entity belongs to (the initiative itself, its
 * cost items, allocation runs, benefits, measurements, owner reports, enablers and map edges), so an
 * initiative's history is one indexed query. Events recorded before this migration are filled in from
 * their snapshots or, where those do not say, from the entity's row; this one UPDATE runs with the
 * append-only trigger switched off inside the migration's transaction.
 */
export class AuditInitiative1795421400000 implements MigrationInterface {
  name = 'AuditInitiative1795421400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE audit_events ADD COLUMN initiative_id uuid`);
    const fromRows = OWNED_BY_INITIATIVE.map(
      ([type, table]) =>
        `WHEN a.entity_type = '${type}' AND a.entity_id ~ ${UUID}
           THEN (SELECT t.initiative_id FROM ${table} t WHERE t.id = a.entity_id::uuid)`,
    ).join('\n');
    await q.query(`ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_change`);
    await q.query(`
      UPDATE audit_events a SET initiative_id = CASE
        WHEN a.entity_type = 'Initiative' AND a.entity_id ~ ${UUID} THEN a.entity_id::uuid
        WHEN coalesce(a.after->>'initiativeId', a.before->>'initiativeId') ~ ${UUID}
          THEN coalesce(a.after->>'initiativeId', a.before->>'initiativeId')::uuid
        ${fromRows}
        WHEN a.entity_type IN ('BenefitMeasurement', 'BenefitOwnerReport')
             AND coalesce(a.after->>'benefitId', a.before->>'benefitId') ~ ${UUID}
          THEN (SELECT b.initiative_id FROM benefits b
                WHERE b.id = coalesce(a.after->>'benefitId', a.before->>'benefitId')::uuid)
        WHEN a.entity_type = 'BenefitMeasurement' AND a.entity_id ~ ${UUID}
          THEN (SELECT b.initiative_id FROM benefit_measurements m JOIN benefits b ON b.id = m.benefit_id
                WHERE m.id = a.entity_id::uuid)
        WHEN a.entity_type = 'BenefitOwnerReport' AND a.entity_id ~ ${UUID}
          THEN (SELECT b.initiative_id FROM benefit_owner_reports r JOIN benefits b ON b.id = r.benefit_id
                WHERE r.id = a.entity_id::uuid)
      END
      WHERE a.entity_type IN ('Initiative', 'CostItem', 'AllocationRun', 'Benefit', 'BenefitMeasurement',
                              'BenefitOwnerReport', 'Enabler', 'BenefitsMapEdge')`);
    await q.query(`ALTER TABLE audit_events ENABLE TRIGGER audit_events_no_change`);
    await q.query(
      `CREATE INDEX audit_events_initiative_idx ON audit_events (initiative_id, occurred_at) WHERE initiative_id IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX audit_events_initiative_idx`);
    await q.query(`ALTER TABLE audit_events DROP COLUMN initiative_id`);
  }
}
