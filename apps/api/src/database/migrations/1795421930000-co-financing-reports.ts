import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Co-financing reports, grant and take-out (issue 15, the reports part):
 * - an agency's own-budget funding source names its budget chapter and post (kapittel 4 digits, post 2
 *   digits, as in the state budget), where the take-out is cut;
 * - a StimuLab source may describe support given in kind (service design hours), beside or instead of money;
 * - an initiative states its annual running cost before the project (NOK), the level above which the
 *   solution's operation and maintenance costs are netted against the take-out;
 * - the co-financing reports marked submitted (one per initiative and year), with who and when.
 */
export class CoFinancingReports1795421930000 implements MigrationInterface {
  name = 'CoFinancingReports1795421930000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE initiative_funding_sources ADD COLUMN budget_chapter text CHECK (budget_chapter ~ '^[0-9]{4}$')`,
    );
    await q.query(
      `ALTER TABLE initiative_funding_sources ADD COLUMN budget_post text CHECK (budget_post ~ '^[0-9]{2}$')`,
    );
    await q.query(
      `ALTER TABLE initiative_funding_sources ADD CONSTRAINT initiative_funding_sources_budget_account_check
         CHECK ((budget_chapter IS NULL AND budget_post IS NULL)
             OR (scheme = 'OWN_BUDGET' AND budget_chapter IS NOT NULL AND budget_post IS NOT NULL))`,
    );
    await q.query(
      `ALTER TABLE initiative_funding_sources ADD COLUMN in_kind_description text
         CHECK (in_kind_description IS NULL OR (scheme = 'STIMULAB' AND length(in_kind_description) BETWEEN 1 AND 500))`,
    );
    await q.query(
      `ALTER TABLE initiatives ADD COLUMN pre_project_running_cost numeric(15, 2) CHECK (pre_project_running_cost >= 0)`,
    );
    await q.query(`
      CREATE TABLE co_financing_report_submissions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        initiative_id uuid NOT NULL REFERENCES initiatives(id) ON DELETE CASCADE,
        year integer NOT NULL CHECK (year BETWEEN 1990 AND 2200),
        kind text NOT NULL CHECK (kind IN ('ANNUAL', 'FINAL')),
        submitted_at timestamptz NOT NULL DEFAULT now(),
        submitted_by_user_id uuid REFERENCES users(id) ON DELETE SET NULL,
        submitted_by_name text NOT NULL,
        UNIQUE (initiative_id, year)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE co_financing_report_submissions`);
    await q.query(`ALTER TABLE initiatives DROP COLUMN pre_project_running_cost`);
    await q.query(`ALTER TABLE initiative_funding_sources DROP COLUMN in_kind_description`);
    await q.query(
      `ALTER TABLE initiative_funding_sources DROP CONSTRAINT initiative_funding_sources_budget_account_check`,
    );
    await q.query(`ALTER TABLE initiative_funding_sources DROP COLUMN budget_post`);
    await q.query(`ALTER TABLE initiative_funding_sources DROP COLUMN budget_chapter`);
  }
}
