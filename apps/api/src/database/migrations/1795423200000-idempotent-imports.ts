import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 19 (idempotent imports):
 * - `cost_items.external_id`: the sender's own reference (a finance system's voucher line), unique per
 *   initiative; importCostItems upserts by it.
 * - `benefit_measurements.external_id`: the source system's reference, unique per benefit among current
 *   versions (a correction carries it on); a second identical record is UNCHANGED.
 * - `idempotency_keys`: the first answer to a create mutation sent with an `Idempotency-Key` header, per
 *   caller and key, replayed for 24 hours (PostgreSQL, not memory: the API runs several processes).
 */
/** The append-only rule of benefit_measurements (1795421200000), with or without external_id kept. */
function immutableMeasurements(keepExternalId: boolean): string {
  return `
    CREATE OR REPLACE FUNCTION benefit_measurement_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'UPDATE' AND OLD.superseded_at IS NULL AND NEW.superseded_at IS NOT NULL
         AND NEW.id = OLD.id AND NEW.benefit_id = OLD.benefit_id AND NEW.measured_on = OLD.measured_on
         AND NEW.value = OLD.value AND NEW.source = OLD.source AND NEW.comment = OLD.comment
         AND NEW.revision = OLD.revision AND NEW.supersedes_id IS NOT DISTINCT FROM OLD.supersedes_id
         AND NEW.correction_reason IS NOT DISTINCT FROM OLD.correction_reason
         AND NEW.recorded_at = OLD.recorded_at
         AND NEW.recorded_by_user_id IS NOT DISTINCT FROM OLD.recorded_by_user_id${
           keepExternalId ? '\n         AND NEW.external_id IS NOT DISTINCT FROM OLD.external_id' : ''
         } THEN
        RETURN NEW;
      END IF;
      RAISE EXCEPTION 'benefit_measurements is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
    END
    $$`;
}

export class IdempotentImports1795423200000 implements MigrationInterface {
  name = 'IdempotentImports1795423200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE cost_items ADD COLUMN external_id text
         CHECK (external_id IS NULL OR length(external_id) BETWEEN 1 AND 200)`,
    );
    await q.query(
      `CREATE UNIQUE INDEX cost_items_external_id_key ON cost_items (initiative_id, external_id)
         WHERE external_id IS NOT NULL`,
    );
    await q.query(
      `ALTER TABLE benefit_measurements ADD COLUMN external_id text
         CHECK (external_id IS NULL OR length(external_id) BETWEEN 1 AND 200)`,
    );
    await q.query(
      `CREATE UNIQUE INDEX benefit_measurements_external_id_key ON benefit_measurements (benefit_id, external_id)
         WHERE external_id IS NOT NULL AND superseded_at IS NULL`,
    );
    // Marking a version superseded must not change its externalId either.
    await q.query(immutableMeasurements(true));
    await q.query(`
      CREATE TABLE idempotency_keys (
        caller text NOT NULL,
        key text NOT NULL,
        request_hash text NOT NULL,
        -- NULL while the first request runs; its answer once it has answered.
        response jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        PRIMARY KEY (caller, key)
      )`);
    await q.query(`CREATE INDEX idempotency_keys_expires_idx ON idempotency_keys (expires_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE idempotency_keys`);
    await q.query(immutableMeasurements(false));
    await q.query(`DROP INDEX benefit_measurements_external_id_key`);
    await q.query(`ALTER TABLE benefit_measurements DROP COLUMN external_id`);
    await q.query(`DROP INDEX cost_items_external_id_key`);
    await q.query(`ALTER TABLE cost_items DROP COLUMN external_id`);
  }
}
