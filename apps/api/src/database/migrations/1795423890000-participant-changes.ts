import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The tables an initiative's participant list is read from. */
const PARTICIPANT_TABLES = ['initiative_participants', 'organisations'];

/**
 * A count of the changes to initiatives' participants and to organisations, so each API process can keep
 * the participant lists it has read for as long as nothing they are read from has changed
 * (initiative/participant-list-cache.ts). The same scheme as analytics_changes: each statement that changes
 * one of the tables adds one in its own transaction (once per transaction since 1795423895000), one row per
 * database connection (writers never wait for each other), and a reader sums the rows in the same
 * statement as the lists it reads. Sums only grow, so an equal sum means the same committed changes.
 */
export class ParticipantChanges1795423890000 implements MigrationInterface {
  name = 'ParticipantChanges1795423890000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE participant_changes (
        backend_pid integer PRIMARY KEY,
        changes bigint NOT NULL
      )`);
    await q.query(`
      CREATE FUNCTION participants_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO participant_changes (backend_pid, changes) VALUES (pg_backend_pid(), 1)
        ON CONFLICT (backend_pid) DO UPDATE SET changes = participant_changes.changes + 1;
        RETURN NULL;
      END
      $$`);
    for (const table of PARTICIPANT_TABLES)
      await q.query(`
        CREATE TRIGGER ${table}_participants_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${table}
        FOR EACH STATEMENT EXECUTE FUNCTION participants_changed()`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of PARTICIPANT_TABLES)
      await q.query(`DROP TRIGGER ${table}_participants_changed ON ${table}`);
    await q.query(`DROP FUNCTION participants_changed()`);
    await q.query(`DROP TABLE participant_changes`);
  }
}
