import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * sessions.last_used_at: when the session was last used (written at most once a minute), so a session
 * unused for SESSION_IDLE_MINUTES is refused besides the absolute SESSION_TTL_HOURS. Existing sessions
 * start as used now.
 */
export class SessionLastUsed1795421600003 implements MigrationInterface {
  name = 'SessionLastUsed1795421600003';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE sessions ADD COLUMN last_used_at timestamptz NOT NULL DEFAULT now()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE sessions DROP COLUMN last_used_at`);
  }
}
