import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The tables whose rows an initiative's portfolio facts are computed from, each with its trigger. */
const SOURCES = ['cost_items', 'benefits', 'benefit_plan_versions'] as const;

/**
 * Issue 18: what a first portfolio answer after a change reads per initiative, kept in a table by the
 * writing transactions, so that answer reads one short row per initiative instead of every benefit and cost
 * item of its scope. Per initiative:
 *
 * - `benefit_stamp`: the stamp of its benefits' figures, exactly as PortfolioService compared it before —
 *   the approved benefit plan version's id (or '') and `|` and an md5 of its benefits' `id:figures_version`
 *   in id order (or ''). figures_version rises whenever a benefit, target or measurement changes (migration
 *   1795423000000), and each of those raises the benefit's row, so a trigger on benefits sees them all;
 * - `first_benefit_year`: the first effect-start year (the baseline year when none) of a monetised benefit
 *   that is not cancelled (realisation/analysis-period.ts);
 * - `cost_years`, `planned_costs`, `actual_costs`: its cost items summed by year, ascending (numeric sums,
 *   as `sum(planned_amount)` gives them; an actual is NULL when no item of the year has one).
 *
 * An initiative's start date and lifetime are read from its own row, not kept here. An initiative with no
 * row (nothing written since it was created) has no cost, no benefit and no approved plan: stamp `|`.
 *
 * Maintenance: a deferred constraint trigger per row of cost_items, benefits and benefit_plan_versions
 * recomputes the facts of the initiatives the row belonged to and belongs to, at the end of the writing
 * transaction (or of the statement, under SET CONSTRAINTS ALL IMMEDIATE). Recomputing (rather than adding
 * deltas) cannot drift. It is safe under concurrent writers: `initiative_portfolio_facts_refresh` first
 * locks the initiative's row, then reads the base tables in a statement of its own, whose snapshot
 * (READ COMMITTED takes one per statement) is taken after any other writer of that initiative committed —
 * a writer that is still open holds the row lock until it commits. Deferring keeps the lock for the
 * commit alone: it is taken after every row lock of the transaction's own statements, so a writer never
 * waits for a benefit or cost item while holding an initiative's facts.
 */
export class InitiativePortfolioFacts1795423800000 implements MigrationInterface {
  name = 'InitiativePortfolioFacts1795423800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE initiative_portfolio_facts (
        initiative_id uuid PRIMARY KEY REFERENCES initiatives(id) ON DELETE CASCADE,
        benefit_stamp text NOT NULL DEFAULT '|',
        first_benefit_year integer,
        cost_years integer[] NOT NULL DEFAULT '{}',
        planned_costs numeric[] NOT NULL DEFAULT '{}',
        actual_costs numeric[] NOT NULL DEFAULT '{}',
        CHECK (cardinality(planned_costs) = cardinality(cost_years)
           AND cardinality(actual_costs) = cardinality(cost_years))
      )`);
    await q.query(`
      CREATE FUNCTION initiative_portfolio_facts_refresh(initiative uuid) RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        IF initiative IS NULL THEN RETURN; END IF;
        INSERT INTO initiative_portfolio_facts (initiative_id)
          SELECT id FROM initiatives WHERE id = initiative
        ON CONFLICT (initiative_id) DO NOTHING;
        -- Locked first, so the statement below reads what every other writer of the initiative committed.
        PERFORM 1 FROM initiative_portfolio_facts WHERE initiative_id = initiative FOR UPDATE;
        IF NOT FOUND THEN RETURN; END IF; -- the initiative is gone
        UPDATE initiative_portfolio_facts f
        SET benefit_stamp = coalesce(
              (SELECT v.id::text FROM benefit_plan_versions v
               WHERE v.initiative_id = initiative AND v.status = 'APPROVED'), '')
            || '|' || coalesce(
              (SELECT md5(string_agg(b.id::text || ':' || b.figures_version::text, ',' ORDER BY b.id))
               FROM benefits b WHERE b.initiative_id = initiative), ''),
          first_benefit_year = (
            SELECT min(date_part('year', coalesce(b.effect_start, b.baseline_date)))::int
            FROM benefits b
            WHERE b.initiative_id = initiative AND b.value_per_unit IS NOT NULL AND b.status <> 'CANCELLED'),
          cost_years = coalesce(c.years, '{}'),
          planned_costs = coalesce(c.planned, '{}'),
          actual_costs = coalesce(c.actual, '{}')
        FROM (SELECT array_agg(year ORDER BY year) AS years, array_agg(planned ORDER BY year) AS planned,
                     array_agg(actual ORDER BY year) AS actual
              FROM (SELECT year, sum(planned_amount) AS planned, sum(actual_amount) AS actual
                    FROM cost_items WHERE initiative_id = initiative GROUP BY year) y) c
        WHERE f.initiative_id = initiative;
      END
      $$`);
    await q.query(`
      CREATE FUNCTION initiative_portfolio_facts_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP <> 'INSERT' THEN
          PERFORM initiative_portfolio_facts_refresh(OLD.initiative_id);
        END IF;
        IF TG_OP <> 'DELETE' AND (TG_OP = 'INSERT' OR NEW.initiative_id IS DISTINCT FROM OLD.initiative_id) THEN
          PERFORM initiative_portfolio_facts_refresh(NEW.initiative_id);
        END IF;
        RETURN NULL;
      END
      $$`);
    for (const table of SOURCES)
      await q.query(`
        CREATE CONSTRAINT TRIGGER ${table}_portfolio_facts AFTER INSERT OR DELETE ON ${table}
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION initiative_portfolio_facts_changed()`);
    // Updates: a cost item only when what is summed changed (not its description, category or payer); every
    // update of a benefit raises its figures_version, and a plan version's status decides the stamp.
    await q.query(`
      CREATE CONSTRAINT TRIGGER cost_items_portfolio_facts_update AFTER UPDATE ON cost_items
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
      WHEN ((OLD.initiative_id, OLD.year, OLD.planned_amount, OLD.actual_amount)
            IS DISTINCT FROM (NEW.initiative_id, NEW.year, NEW.planned_amount, NEW.actual_amount))
      EXECUTE FUNCTION initiative_portfolio_facts_changed()`);
    for (const table of ['benefits', 'benefit_plan_versions'])
      await q.query(`
        CREATE CONSTRAINT TRIGGER ${table}_portfolio_facts_update AFTER UPDATE ON ${table}
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION initiative_portfolio_facts_changed()`);
    // The facts of every initiative there is.
    await q.query(`SELECT initiative_portfolio_facts_refresh(id) FROM initiatives`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of SOURCES) {
      await q.query(`DROP TRIGGER ${table}_portfolio_facts_update ON ${table}`);
      await q.query(`DROP TRIGGER ${table}_portfolio_facts ON ${table}`);
    }
    await q.query(`DROP FUNCTION initiative_portfolio_facts_changed()`);
    await q.query(`DROP FUNCTION initiative_portfolio_facts_refresh(uuid)`);
    await q.query(`DROP TABLE initiative_portfolio_facts`);
  }
}
