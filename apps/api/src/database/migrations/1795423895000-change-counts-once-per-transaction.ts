import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The change-count tables, each with the trigger function that raises it. */
const COUNTS = [
  { table: 'analytics_changes', fn: 'analytics_changed' },
  { table: 'participant_changes', fn: 'participants_changed' },
];

/**
 * The change counts (analytics_changes, participant_changes) raised once per writing transaction instead
 * of once per statement, and their tables compacted.
 *
 * A reader only needs the sum to differ once a transaction that changed something has committed, so one
 * raise per transaction is enough (a custom setting local to the transaction remembers it; a savepoint
 * rolled back undoes both). Raised per statement, a transaction of many statements (a bulk load, an
 * import) wrote a new version of its connection's row for each one, which nothing could prune before it
 * committed: the national data set's load left analytics_changes at 2,239 pages for 84 rows, and every
 * read of the sum (each portfolioSummary) scanned them all, 28 ms of PostgreSQL's time.
 *
 * Compacting keeps each sum as it is (the data did not change, so answers kept against it stay valid): the
 * rows are replaced by one row (backend_pid 0, never a real connection's) holding the sum, in a new file.
 */
export class ChangeCountsOncePerTransaction1795423895000 implements MigrationInterface {
  name = 'ChangeCountsOncePerTransaction1795423895000';

  async up(q: QueryRunner): Promise<void> {
    for (const { table, fn } of COUNTS) {
      await q.query(`
        CREATE OR REPLACE FUNCTION ${fn}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF current_setting('gevinst.${fn}_in', true) IS DISTINCT FROM pg_current_xact_id()::text THEN
            INSERT INTO ${table} (backend_pid, changes) VALUES (pg_backend_pid(), 1)
            ON CONFLICT (backend_pid) DO UPDATE SET changes = ${table}.changes + 1;
            PERFORM set_config('gevinst.${fn}_in', pg_current_xact_id()::text, true);
          END IF;
          RETURN NULL;
        END
        $$`);
      await q.query(`LOCK TABLE ${table} IN ACCESS EXCLUSIVE MODE`);
      const [{ changes }] = (await q.query(
        `SELECT coalesce(sum(changes), 0)::text AS changes FROM ${table}`,
      )) as {
        changes: string;
      }[];
      await q.query(`TRUNCATE ${table}`);
      if (changes !== '0')
        await q.query(`INSERT INTO ${table} (backend_pid, changes) VALUES (0, $1)`, [changes]);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const { table, fn } of COUNTS)
      await q.query(`
        CREATE OR REPLACE FUNCTION ${fn}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          INSERT INTO ${table} (backend_pid, changes) VALUES (pg_backend_pid(), 1)
          ON CONFLICT (backend_pid) DO UPDATE SET changes = ${table}.changes + 1;
          RETURN NULL;
        END
        $$`);
  }
}
