import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The tables portfolioSummary reads: a change to any of them counts in analytics_changes. */
const ANALYTICS_TABLES = [
  'organisations',
  'initiatives',
  'initiative_participants',
  'cost_items',
  'benefits',
  'benefit_targets',
  'benefit_measurements',
];

/**
 * A count of the changes to the tables portfolioSummary reads, so the API can keep a computed summary for
 * as long as nothing it depends on has changed (PortfolioService). Each statement that changes one of the
 * tables adds one, in its own transaction; a reader sums the rows in the same snapshot as its data. One row
 * per database connection, so writers on different connections never wait for each other.
 */
export class AnalyticsChanges1795421310000 implements MigrationInterface {
  name = 'AnalyticsChanges1795421310000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE analytics_changes (
        backend_pid integer PRIMARY KEY,
        changes bigint NOT NULL
      )`);
    await q.query(`
      CREATE FUNCTION analytics_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO analytics_changes (backend_pid, changes) VALUES (pg_backend_pid(), 1)
        ON CONFLICT (backend_pid) DO UPDATE SET changes = analytics_changes.changes + 1;
        RETURN NULL;
      END
      $$`);
    for (const table of ANALYTICS_TABLES)
      await q.query(`
        CREATE TRIGGER ${table}_analytics_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${table}
        FOR EACH STATEMENT EXECUTE FUNCTION analytics_changed()`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ANALYTICS_TABLES)
      await q.query(`DROP TRIGGER ${table}_analytics_changed ON ${table}`);
    await q.query(`DROP FUNCTION analytics_changed()`);
    await q.query(`DROP TABLE analytics_changes`);
  }
}
