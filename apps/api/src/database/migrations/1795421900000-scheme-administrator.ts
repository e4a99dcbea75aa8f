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
    // A user holding the role would break the old check: the role is taken away first (READER kept if nothing is left),
    // with the check off meanwhile (a user with that role alone would have no role for a moment).
    await q.query(`ALTER TABLE users DROP CONSTRAINT users_roles_check`);
    await q.query(`UPDATE users SET roles = array_remove(roles, 'SCHEME_ADMINISTRATOR')`);
    await q.query(`UPDATE users SET roles = ARRAY['READER'] WHERE cardinality(roles) = 0`);
    await q.query(
      `ALTER TABLE users ADD CONSTRAINT users_roles_check
         CHECK (cardinality(roles) > 0 AND roles <@ ARRAY[${BEFORE}]::text[])`,
    );
  }
}
