import type { MigrationInterface, QueryRunner } from 'typeorm';

const BEFORE = `'ADMIN','PORTFOLIO_REVIEWER','INITIATIVE_OWNER','FINANCE_OFFICER','READER'`;
const AFTER = `'ADMIN','PORTFOLIO_REVIEWER','INITIATIVE_OWNER','FINANCE_OFFICER','SCHEME_ADMINISTRATOR','READER'`;

/** The role SCHEME_ADMINISTRATOR (issue 15): the funding schemes' secretariat. */
export class SchemeAdministrator1795421900000 implements MigrationInterface {
  name = 'SchemeAdministrator1795421900000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users DROP CONSTRAINT users_roles_check`);
    await q.query(
      `ALTER TABLE users ADD CONSTRAINT users_roles_check
         CHECK (cardinality(roles) > 0 AND roles <@ ARRAY[${AFTER}]::text[])`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    // A user holding the role would break the old check: the role is taken away first (READER kept if nothing is left).
    // In one statement: removing the role first would leave an empty array, which the current check refuses.
    await q.query(
      `UPDATE users SET roles = CASE WHEN roles = ARRAY['SCHEME_ADMINISTRATOR']::text[] THEN ARRAY['READER']::text[]
                                     ELSE array_remove(roles, 'SCHEME_ADMINISTRATOR') END
       WHERE 'SCHEME_ADMINISTRATOR' = ANY(roles)`,
    );
    await q.query(`ALTER TABLE users DROP CONSTRAINT users_roles_check`);
    await q.query(
      `ALTER TABLE users ADD CONSTRAINT users_roles_check
         CHECK (cardinality(roles) > 0 AND roles <@ ARRAY[${BEFORE}]::text[])`,
    );
  }
}
