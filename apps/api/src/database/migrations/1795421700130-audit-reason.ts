import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * audit_events.reason: the rule that refused a recorded attempt (`accessDenied`), as a message code with
 * its parameters ({ "code": …, "params": … }), beside the English message of record in `after.message`.
 * The Norwegian text the admin UI shows is written from it when the trail is read. Null for every other
 * event, and for refusals recorded before this column existed (they show their English message).
 */
export class AuditReason1795421700130 implements MigrationInterface {
  name = 'AuditReason1795421700130';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE audit_events ADD COLUMN reason jsonb`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE audit_events DROP COLUMN reason`);
  }
}
