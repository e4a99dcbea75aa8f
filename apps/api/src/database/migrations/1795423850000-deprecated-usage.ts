import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 19, follow-up: which clients still use deprecated parts of the schema (docs/api-changes.md,
 * "Usage is visible"). One row per schema coordinate, client (an API token or a signed-in user), operation
 * name ('' for an unnamed operation) and Norwegian day, with the number of requests; every API process
 * adds its buffered counts with one upsert (DeprecatedUsageRepository.add), so the key is the primary key.
 */
export class DeprecatedUsage1795423850000 implements MigrationInterface {
  name = 'DeprecatedUsage1795423850000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE deprecated_usage (
        coordinate text NOT NULL,
        client_kind text NOT NULL CHECK (client_kind IN ('API_TOKEN', 'USER')),
        client_id uuid NOT NULL,
        operation_name text NOT NULL DEFAULT '',
        day date NOT NULL,
        request_count integer NOT NULL CHECK (request_count > 0),
        first_seen_at timestamptz NOT NULL,
        last_seen_at timestamptz NOT NULL,
        PRIMARY KEY (coordinate, client_kind, client_id, operation_name, day)
      )`);
    // Retention deletes by day; the admin list reads newest days first.
    await q.query(`CREATE INDEX deprecated_usage_day ON deprecated_usage (day)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE deprecated_usage`);
  }
}
