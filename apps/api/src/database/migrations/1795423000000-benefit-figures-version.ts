import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A per-benefit version of what its figures are computed from (issue 18): benefits.figures_version rises in
 * the writing transaction whenever the benefit, one of its targets or one of its measurements changes
 * (row triggers), so portfolioSummary can read (id, initiative, version) for its scope and load plans and
 * measurements only for the initiatives whose benefits changed (PortfolioCache). A benefit deleted or added
 * changes the initiative's list of benefits, which the cache compares too.
 */
export class BenefitFiguresVersion1795423000000 implements MigrationInterface {
  name = 'BenefitFiguresVersion1795423000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE benefits ADD COLUMN figures_version bigint NOT NULL DEFAULT 1`);
    await q.query(`
      CREATE FUNCTION benefit_figures_version_raise() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.figures_version := OLD.figures_version + 1;
        RETURN NEW;
      END
      $$`);
    await q.query(`
      CREATE TRIGGER benefits_figures_version BEFORE UPDATE ON benefits
      FOR EACH ROW EXECUTE FUNCTION benefit_figures_version_raise()`);
    // A target or a measurement: raise its benefit's version (the trigger above adds the one).
    await q.query(`
      CREATE FUNCTION benefit_figures_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP <> 'INSERT' THEN
          UPDATE benefits SET figures_version = figures_version WHERE id = OLD.benefit_id;
        END IF;
        IF TG_OP <> 'DELETE' AND (TG_OP = 'INSERT' OR NEW.benefit_id IS DISTINCT FROM OLD.benefit_id) THEN
          UPDATE benefits SET figures_version = figures_version WHERE id = NEW.benefit_id;
        END IF;
        RETURN NULL;
      END
      $$`);
    for (const table of ['benefit_targets', 'benefit_measurements'])
      await q.query(`
        CREATE TRIGGER ${table}_figures_version AFTER INSERT OR UPDATE OR DELETE ON ${table}
        FOR EACH ROW EXECUTE FUNCTION benefit_figures_changed()`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['benefit_targets', 'benefit_measurements'])
      await q.query(`DROP TRIGGER ${table}_figures_version ON ${table}`);
    await q.query(`DROP FUNCTION benefit_figures_changed()`);
    await q.query(`DROP TRIGGER benefits_figures_version ON benefits`);
    await q.query(`DROP FUNCTION benefit_figures_version_raise()`);
    await q.query(`ALTER TABLE benefits DROP COLUMN figures_version`);
  }
}
