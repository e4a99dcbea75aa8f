import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Machine credentials and pacing (docs/api.md, "Service accounts" and "Pacing"):
 * - users.kind: PERSON (signs in with a password) or SERVICE_ACCOUNT (only API tokens; never a password
 *   hash, enforced by a constraint);
 * - api_tokens.expires_at may be null (no expiry, only where API_TOKEN_ALLOW_NO_EXPIRY allows it);
 * - each session and token counts its requests in a fixed window (budget_window, budget_used), updated by
 *   the one authentication statement of each request, so several API processes share one budget.
 */
export class ServiceAccountsPacing1795423500000 implements MigrationInterface {
  name = 'ServiceAccountsPacing1795423500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE users ADD COLUMN kind text NOT NULL DEFAULT 'PERSON'
         CONSTRAINT users_kind_check CHECK (kind IN ('PERSON', 'SERVICE_ACCOUNT'))`,
    );
    await q.query(`ALTER TABLE users ALTER COLUMN password_hash DROP NOT NULL`);
    await q.query(
      `ALTER TABLE users ADD CONSTRAINT users_password_by_kind
         CHECK ((kind = 'PERSON') = (password_hash IS NOT NULL))`,
    );
    await q.query(`ALTER TABLE api_tokens ALTER COLUMN expires_at DROP NOT NULL`);
    for (const table of ['sessions', 'api_tokens']) {
      await q.query(
        `ALTER TABLE ${table} ADD COLUMN budget_window timestamptz, ADD COLUMN budget_used integer NOT NULL DEFAULT 0`,
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['sessions', 'api_tokens']) {
      await q.query(`ALTER TABLE ${table} DROP COLUMN budget_window, DROP COLUMN budget_used`);
    }
    // A token without expiry keeps never expiring; a service account keeps existing but cannot sign in
    // (deactivated, with a hash no password matches).
    await q.query(`UPDATE api_tokens SET expires_at = 'infinity' WHERE expires_at IS NULL`);
    await q.query(`ALTER TABLE api_tokens ALTER COLUMN expires_at SET NOT NULL`);
    await q.query(`ALTER TABLE users DROP CONSTRAINT users_password_by_kind`);
    await q.query(
      `UPDATE users SET password_hash = '!service-account', active = false WHERE password_hash IS NULL`,
    );
    await q.query(`ALTER TABLE users ALTER COLUMN password_hash SET NOT NULL`);
    await q.query(`ALTER TABLE users DROP COLUMN kind`);
  }
}
