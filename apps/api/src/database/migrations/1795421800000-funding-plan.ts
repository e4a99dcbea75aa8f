import type { MigrationInterface, QueryRunner } from 'typeorm';

const SCHEMES = `'CO_FINANCING','DIGIFIN','STIMULAB','OWN_BUDGET','OTHER'`;

/**
 * The funding plan (issue 14): a funding source is for one year, names the organisation whose own budget it
 * comes from (OWN_BUDGET; null for a grant, which the scheme pays) and records what has been received
 * beside what is planned (`amount` stays the planned amount). A cost item may name the funding source that
 * pays it when no key allocates it (null: the owner's own budget).
 *
 * Existing sources are placed in the initiative's start year (or the year it was registered) and own-budget
 * sources are the owner's; nothing has been recorded as received.
 */
export class FundingPlan1795421800000 implements MigrationInterface {
  name = 'FundingPlan1795421800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE initiative_funding_sources ADD COLUMN year integer CHECK (year BETWEEN 1990 AND 2200)`,
    );
    await q.query(
      `ALTER TABLE initiative_funding_sources ADD COLUMN organisation_id uuid REFERENCES organisations(id)`,
    );
    await q.query(
      `ALTER TABLE initiative_funding_sources ADD COLUMN received_amount numeric(15, 2) CHECK (received_amount >= 0)`,
    );
    await q.query(`
      UPDATE initiative_funding_sources f
      SET year = coalesce(date_part('year', i.start_date)::int, date_part('year', i.created_at)::int),
          organisation_id = CASE WHEN f.scheme = 'OWN_BUDGET' THEN i.owner_id END
      FROM initiatives i WHERE i.id = f.initiative_id`);
    await q.query(`ALTER TABLE initiative_funding_sources ALTER COLUMN year SET NOT NULL`);
    await q.query(
      `CREATE INDEX initiative_funding_sources_initiative_year_idx ON initiative_funding_sources (initiative_id, year)`,
    );
    await q.query(
      `ALTER TABLE cost_items ADD COLUMN funding_scheme text CHECK (funding_scheme IN (${SCHEMES}))`,
    );
    await q.query(
      `ALTER TABLE cost_items ADD COLUMN paying_organisation_id uuid REFERENCES organisations(id)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE cost_items DROP COLUMN paying_organisation_id`);
    await q.query(`ALTER TABLE cost_items DROP COLUMN funding_scheme`);
    await q.query(`DROP INDEX initiative_funding_sources_initiative_year_idx`);
    await q.query(`ALTER TABLE initiative_funding_sources DROP COLUMN received_amount`);
    await q.query(`ALTER TABLE initiative_funding_sources DROP COLUMN organisation_id`);
    await q.query(`ALTER TABLE initiative_funding_sources DROP COLUMN year`);
  }
}
