import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The binding benefits plan (issue 15): per initiative, versions of a frozen snapshot of its benefits'
 * planned figures (libs/domain benefit-plan.ts), proposed by the owner and approved or rejected by the
 * secretariat. At most one version is APPROVED (the version in force) and at most one PROPOSED per
 * initiative. A change to the table counts in analytics_changes: the portfolio's figures read the version in
 * force.
 */
export class BenefitPlanVersions1795421920000 implements MigrationInterface {
  name = 'BenefitPlanVersions1795421920000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE benefit_plan_versions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        initiative_id uuid NOT NULL REFERENCES initiatives(id),
        version_number integer NOT NULL CHECK (version_number > 0),
        status text NOT NULL CHECK (status IN ('PROPOSED','APPROVED','SUPERSEDED','REJECTED')),
        snapshot jsonb NOT NULL CHECK (jsonb_typeof(snapshot -> 'benefits') = 'array'),
        reason text NOT NULL CHECK (length(btrim(reason)) > 0),
        proposed_at timestamptz NOT NULL DEFAULT now(),
        proposed_by_user_id uuid REFERENCES users(id) ON DELETE SET NULL,
        proposed_by_name text,
        decided_at timestamptz,
        decided_by_user_id uuid REFERENCES users(id) ON DELETE SET NULL,
        decided_by_name text,
        decision_note text NOT NULL DEFAULT '',
        superseded_at timestamptz,
        is_demo boolean NOT NULL DEFAULT false,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT benefit_plan_versions_number_key UNIQUE (initiative_id, version_number),
        CONSTRAINT benefit_plan_versions_decided CHECK ((status = 'PROPOSED') = (decided_at IS NULL)),
        CONSTRAINT benefit_plan_versions_superseded CHECK ((status = 'SUPERSEDED') = (superseded_at IS NOT NULL))
      )`);
    await q.query(
      `CREATE UNIQUE INDEX benefit_plan_versions_in_force ON benefit_plan_versions (initiative_id) WHERE status = 'APPROVED'`,
    );
    await q.query(
      `CREATE UNIQUE INDEX benefit_plan_versions_proposed ON benefit_plan_versions (initiative_id) WHERE status = 'PROPOSED'`,
    );
    await q.query(`
      CREATE TRIGGER benefit_plan_versions_analytics_changed
      AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON benefit_plan_versions
      FOR EACH STATEMENT EXECUTE FUNCTION analytics_changed()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER benefit_plan_versions_analytics_changed ON benefit_plan_versions`);
    await q.query(`DROP TABLE benefit_plan_versions`);
  }
}
