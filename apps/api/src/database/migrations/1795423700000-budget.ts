import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 21, money in the budget: an organisation's invoice address (for the owner's invoice basis), its own
 * KOSTRA codes per cost category (else libs/domain's defaults), the forecast amounts a finance officer
 * marked as adopted in the budget, and the participants' confirmations of or objections to a key version.
 */
export class Budget1795423700000 implements MigrationInterface {
  name = 'Budget1795423700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE organisations ADD COLUMN invoice_address text`);
    await q.query(`CREATE TABLE organisation_kostra_codes (
      organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
      cost_category text NOT NULL,
      art varchar(3) NOT NULL CHECK (art ~ '^[0-9]{3}$'),
      function varchar(3) NOT NULL CHECK (function ~ '^[0-9]{3}$'),
      PRIMARY KEY (organisation_id, cost_category))`);
    await q.query(`CREATE TABLE budget_adoptions (
      organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
      initiative_id uuid NOT NULL REFERENCES initiatives(id) ON DELETE CASCADE,
      year integer NOT NULL,
      amount numeric(15,2) NOT NULL,
      adopted_at timestamptz NOT NULL DEFAULT now(),
      adopted_by_user_id uuid,
      PRIMARY KEY (organisation_id, initiative_id, year))`);
    await q.query(`CREATE TABLE key_confirmations (
      initiative_id uuid NOT NULL REFERENCES initiatives(id) ON DELETE CASCADE,
      key_version_id uuid NOT NULL REFERENCES cost_sharing_key_versions(id) ON DELETE CASCADE,
      organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
      decision text NOT NULL CHECK (decision IN ('CONFIRMED', 'OBJECTED')),
      comment text NOT NULL DEFAULT '',
      decided_at timestamptz NOT NULL DEFAULT now(),
      decided_by_user_id uuid,
      decided_by_email text,
      PRIMARY KEY (initiative_id, key_version_id, organisation_id))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE key_confirmations`);
    await q.query(`DROP TABLE budget_adoptions`);
    await q.query(`DROP TABLE organisation_kostra_codes`);
    await q.query(`ALTER TABLE organisations DROP COLUMN invoice_address`);
  }
}
