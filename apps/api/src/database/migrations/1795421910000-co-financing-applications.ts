import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Co-financing calls and applications (issue 15): a call per year with a snapshot of the scheme's rule set
 * in force for that year (libs/domain CO_FINANCING_RULE_SETS), and the applications to it, one per
 * initiative and call. The applicant and partners are not stored: they are the initiative's owner and its
 * other participants. Money is numeric(15, 2) NOK.
 */
export class CoFinancingApplications1795421910000 implements MigrationInterface {
  name = 'CoFinancingApplications1795421910000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE co_financing_calls (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        year integer NOT NULL UNIQUE CHECK (year BETWEEN 2020 AND 2200),
        title text NOT NULL CHECK (char_length(title) BETWEEN 1 AND 300),
        deadline date NOT NULL,
        status text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN','CLOSED')),
        rule_set jsonb NOT NULL,
        is_demo boolean NOT NULL DEFAULT false,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE co_financing_applications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        call_id uuid NOT NULL REFERENCES co_financing_calls(id) ON DELETE CASCADE,
        initiative_id uuid NOT NULL REFERENCES initiatives(id) ON DELETE CASCADE,
        category text NOT NULL CHECK (category IN ('CATEGORY_1','CATEGORY_2')),
        total_cost numeric(15, 2) NOT NULL CHECK (total_cost > 0),
        requested_grant numeric(15, 2) NOT NULL CHECK (requested_grant > 0),
        requested_by_year jsonb NOT NULL DEFAULT '[]',
        ks_consulted boolean NOT NULL DEFAULT false,
        ks_consulted_on date,
        ks_note text NOT NULL DEFAULT '',
        status text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT','SUBMITTED','APPROVED','REJECTED')),
        exceptions jsonb NOT NULL DEFAULT '[]',
        decision_note text NOT NULL DEFAULT '',
        submitted_at timestamptz,
        decided_by_user_id uuid,
        decided_by_name text,
        decided_at timestamptz,
        is_demo boolean NOT NULL DEFAULT false,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (call_id, initiative_id)
      )`);
    await q.query(
      `CREATE INDEX co_financing_applications_initiative_idx ON co_financing_applications (initiative_id)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE co_financing_applications`);
    await q.query(`DROP TABLE co_financing_calls`);
  }
}
