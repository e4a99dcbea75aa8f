import type { MigrationInterface, QueryRunner } from 'typeorm';

const CATEGORIES = `'BUDGET_RELEASING','FREED_CAPACITY','OTHER_PUBLIC_SECTOR','NON_MONETISED','CITIZENS_AND_BUSINESS'`;
const STATUSES = `'IDENTIFIED','PLANNED','IN_REALISATION','REALISED','NOT_REALISED','CANCELLED'`;
const FREQUENCIES = `'MONTHLY','QUARTERLY','HALF_YEARLY','YEARLY','ONCE'`;
const LEVELS = `'LOW','MEDIUM','HIGH'`;
const RAG = `'GREEN','AMBER','RED'`;

/**
 * Benefits with targets and risks, append-only measurements (a correction supersedes a version, nothing is
 * overwritten), the benefit owners' yearly reports, and the benefits map (enablers and dependencies).
 */
export class Benefits1795421200000 implements MigrationInterface {
  name = 'Benefits1795421200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE benefits (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        initiative_id uuid NOT NULL REFERENCES initiatives(id),
        title text NOT NULL CHECK (length(btrim(title)) > 0),
        description text NOT NULL DEFAULT '',
        category text NOT NULL CHECK (category IN (${CATEGORIES})),
        is_dis_benefit boolean NOT NULL DEFAULT false,
        receiving_organisation_id uuid REFERENCES organisations(id),
        owner_name text NOT NULL CHECK (length(btrim(owner_name)) > 0),
        owner_role text NOT NULL DEFAULT '',
        owner_user_id uuid REFERENCES users(id) ON DELETE SET NULL,
        indicator_name text NOT NULL CHECK (length(btrim(indicator_name)) > 0),
        indicator_unit text NOT NULL CHECK (length(btrim(indicator_unit)) > 0),
        direction text NOT NULL CHECK (direction IN ('INCREASE', 'DECREASE')),
        baseline_value numeric(20, 6) NOT NULL,
        baseline_date date NOT NULL,
        value_per_unit numeric(15, 2) CHECK (value_per_unit >= 0),
        measurement_method text NOT NULL DEFAULT '',
        measurement_frequency text NOT NULL DEFAULT 'YEARLY' CHECK (measurement_frequency IN (${FREQUENCIES})),
        status text NOT NULL DEFAULT 'IDENTIFIED' CHECK (status IN (${STATUSES})),
        is_demo boolean NOT NULL DEFAULT false,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT benefits_non_monetised_has_no_value CHECK (category <> 'NON_MONETISED' OR value_per_unit IS NULL)
      )`);
    await q.query(`CREATE INDEX benefits_initiative_idx ON benefits (initiative_id)`);
    await q.query(`CREATE INDEX benefits_receiving_idx ON benefits (receiving_organisation_id)`);
    await q.query(`
      CREATE TABLE benefit_targets (
        benefit_id uuid NOT NULL REFERENCES benefits(id) ON DELETE CASCADE,
        target_date date NOT NULL,
        value numeric(20, 6) NOT NULL,
        PRIMARY KEY (benefit_id, target_date)
      )`);
    await q.query(`
      CREATE TABLE benefit_risks (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        benefit_id uuid NOT NULL REFERENCES benefits(id) ON DELETE CASCADE,
        position integer NOT NULL,
        description text NOT NULL CHECK (length(btrim(description)) > 0),
        likelihood text NOT NULL CHECK (likelihood IN (${LEVELS})),
        impact text NOT NULL CHECK (impact IN (${LEVELS})),
        mitigation text NOT NULL DEFAULT '',
        CONSTRAINT benefit_risks_position_key UNIQUE (benefit_id, position)
      )`);
    await q.query(`
      CREATE TABLE benefit_measurements (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        benefit_id uuid NOT NULL REFERENCES benefits(id),
        measured_on date NOT NULL,
        value numeric(20, 6) NOT NULL,
        source text NOT NULL DEFAULT '',
        comment text NOT NULL DEFAULT '',
        revision integer NOT NULL DEFAULT 1 CHECK (revision > 0),
        supersedes_id uuid REFERENCES benefit_measurements(id),
        correction_reason text,
        superseded_at timestamptz,
        superseded_by_id uuid REFERENCES benefit_measurements(id) DEFERRABLE INITIALLY DEFERRED,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        recorded_by_user_id uuid,
        recorded_by_name text,
        recorded_by_organisation_id uuid REFERENCES organisations(id),
        is_demo boolean NOT NULL DEFAULT false,
        CONSTRAINT benefit_measurements_supersedes_key UNIQUE (supersedes_id),
        CONSTRAINT benefit_measurements_correction CHECK (
          (supersedes_id IS NULL AND revision = 1 AND correction_reason IS NULL)
          OR (supersedes_id IS NOT NULL AND revision > 1 AND length(btrim(correction_reason)) > 0)),
        CONSTRAINT benefit_measurements_superseded CHECK ((superseded_at IS NULL) = (superseded_by_id IS NULL))
      )`);
    // One current version per benefit and date; it also serves "the latest measurement per benefit"
    // (DISTINCT ON (benefit_id) … ORDER BY measured_on DESC) as an index-only scan.
    await q.query(`
      CREATE UNIQUE INDEX benefit_measurements_current_key ON benefit_measurements (benefit_id, measured_on)
      INCLUDE (value) WHERE superseded_at IS NULL`);
    await q.query(
      `CREATE INDEX benefit_measurements_benefit_idx ON benefit_measurements (benefit_id, recorded_at)`,
    );
    // A measurement is never changed or deleted; the only change allowed is marking the current version
    // as superseded by its correction, once.
    await q.query(`
      CREATE FUNCTION benefit_measurement_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND OLD.superseded_at IS NULL AND NEW.superseded_at IS NOT NULL
           AND NEW.id = OLD.id AND NEW.benefit_id = OLD.benefit_id AND NEW.measured_on = OLD.measured_on
           AND NEW.value = OLD.value AND NEW.source = OLD.source AND NEW.comment = OLD.comment
           AND NEW.revision = OLD.revision AND NEW.supersedes_id IS NOT DISTINCT FROM OLD.supersedes_id
           AND NEW.correction_reason IS NOT DISTINCT FROM OLD.correction_reason
           AND NEW.recorded_at = OLD.recorded_at
           AND NEW.recorded_by_user_id IS NOT DISTINCT FROM OLD.recorded_by_user_id THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'benefit_measurements is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
      END
      $$`);
    await q.query(`
      CREATE TRIGGER benefit_measurements_immutable BEFORE UPDATE OR DELETE ON benefit_measurements
      FOR EACH ROW EXECUTE FUNCTION benefit_measurement_immutable()`);
    await q.query(`
      CREATE TABLE benefit_owner_reports (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        benefit_id uuid NOT NULL REFERENCES benefits(id),
        year integer NOT NULL CHECK (year BETWEEN 1990 AND 2200),
        assessment text NOT NULL CHECK (assessment IN (${RAG})),
        comment text NOT NULL CHECK (length(btrim(comment)) > 0),
        reported_by_user_id uuid,
        reported_by_name text,
        reported_by_organisation_id uuid REFERENCES organisations(id),
        is_demo boolean NOT NULL DEFAULT false,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT benefit_owner_reports_year_key UNIQUE (benefit_id, year)
      )`);
    await q.query(`
      CREATE TABLE benefit_enablers (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        initiative_id uuid NOT NULL REFERENCES initiatives(id),
        kind text NOT NULL CHECK (kind IN ('DELIVERABLE', 'CHANGE')),
        title text NOT NULL CHECK (length(btrim(title)) > 0),
        description text NOT NULL DEFAULT '',
        is_demo boolean NOT NULL DEFAULT false,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX benefit_enablers_initiative_idx ON benefit_enablers (initiative_id)`);
    // An edge "from → to": `to` depends on `from` (an enabler enables a benefit, a benefit leads to another).
    // Each end is either a benefit or an enabler, so both have real foreign keys.
    await q.query(`
      CREATE TABLE benefits_map_edges (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        initiative_id uuid NOT NULL REFERENCES initiatives(id),
        from_benefit_id uuid REFERENCES benefits(id) ON DELETE CASCADE,
        from_enabler_id uuid REFERENCES benefit_enablers(id) ON DELETE CASCADE,
        to_benefit_id uuid REFERENCES benefits(id) ON DELETE CASCADE,
        to_enabler_id uuid REFERENCES benefit_enablers(id) ON DELETE CASCADE,
        from_id uuid GENERATED ALWAYS AS (coalesce(from_benefit_id, from_enabler_id)) STORED,
        to_id uuid GENERATED ALWAYS AS (coalesce(to_benefit_id, to_enabler_id)) STORED,
        is_demo boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT benefits_map_edges_one_from CHECK ((from_benefit_id IS NULL) <> (from_enabler_id IS NULL)),
        CONSTRAINT benefits_map_edges_one_to CHECK ((to_benefit_id IS NULL) <> (to_enabler_id IS NULL)),
        CONSTRAINT benefits_map_edges_not_self CHECK (coalesce(from_benefit_id, from_enabler_id) <> coalesce(to_benefit_id, to_enabler_id)),
        CONSTRAINT benefits_map_edges_pair_key UNIQUE (from_id, to_id)
      )`);
    await q.query(`CREATE INDEX benefits_map_edges_initiative_idx ON benefits_map_edges (initiative_id)`);
    await q.query(`CREATE INDEX benefits_map_edges_to_idx ON benefits_map_edges (to_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE benefits_map_edges`);
    await q.query(`DROP TABLE benefit_enablers`);
    await q.query(`DROP TABLE benefit_owner_reports`);
    await q.query(`DROP TABLE benefit_measurements`);
    await q.query(`DROP FUNCTION benefit_measurement_immutable()`);
    await q.query(`DROP TABLE benefit_risks`);
    await q.query(`DROP TABLE benefit_targets`);
    await q.query(`DROP TABLE benefits`);
  }
}
