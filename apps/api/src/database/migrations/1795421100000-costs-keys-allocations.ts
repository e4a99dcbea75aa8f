import type { MigrationInterface, QueryRunner } from 'typeorm';

const CATEGORIES = `'DEVELOPMENT','OPERATION','MAINTENANCE','LICENCE','PERSONNEL','OTHER'`;

/**
 * Cost items, versioned cost-sharing keys, drivers per participant and year, and immutable allocation
 * runs with their lines.
 */
export class CostsKeysAllocations1795421100000 implements MigrationInterface {
  name = 'CostsKeysAllocations1795421100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE cost_sharing_keys (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(btrim(name)) > 0),
        description text NOT NULL DEFAULT '',
        owner_organisation_id uuid NOT NULL REFERENCES organisations(id),
        current_version integer NOT NULL DEFAULT 1,
        is_demo boolean NOT NULL DEFAULT false,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT cost_sharing_keys_name_key UNIQUE (owner_organisation_id, name)
      )`);
    await q.query(`
      CREATE TABLE cost_sharing_key_versions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        key_id uuid NOT NULL REFERENCES cost_sharing_keys(id) ON DELETE CASCADE,
        version_number integer NOT NULL CHECK (version_number > 0),
        spec jsonb NOT NULL,
        population_year integer CHECK (population_year BETWEEN 1800 AND 2200),
        valid_from date,
        valid_to date,
        created_at timestamptz NOT NULL DEFAULT now(),
        created_by_user_id uuid,
        CONSTRAINT cost_sharing_key_versions_number_key UNIQUE (key_id, version_number),
        CONSTRAINT cost_sharing_key_versions_validity CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_to >= valid_from)
      )`);
    await q.query(
      `ALTER TABLE initiatives ADD COLUMN cost_sharing_key_id uuid REFERENCES cost_sharing_keys(id)`,
    );
    await q.query(`ALTER TABLE initiative_participants ADD COLUMN pays boolean NOT NULL DEFAULT true`);
    await q.query(`ALTER TABLE initiative_participants ADD COLUMN cost_group text`);
    await q.query(`UPDATE initiative_participants SET pays = role IN ('PARTNER', 'FUNDER')`);
    await q.query(`
      CREATE TABLE cost_items (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        initiative_id uuid NOT NULL REFERENCES initiatives(id) ON DELETE CASCADE,
        year integer NOT NULL CHECK (year BETWEEN 1990 AND 2200),
        category text NOT NULL CHECK (category IN (${CATEGORIES})),
        description text NOT NULL DEFAULT '',
        planned_amount numeric(15, 2) NOT NULL CHECK (planned_amount >= 0),
        actual_amount numeric(15, 2) CHECK (actual_amount >= 0),
        cost_sharing_key_id uuid REFERENCES cost_sharing_keys(id),
        is_demo boolean NOT NULL DEFAULT false,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX cost_items_initiative_year_idx ON cost_items (initiative_id, year)`);
    await q.query(`
      CREATE TABLE allocation_drivers (
        initiative_id uuid NOT NULL REFERENCES initiatives(id) ON DELETE CASCADE,
        organisation_id uuid NOT NULL REFERENCES organisations(id),
        year integer NOT NULL CHECK (year BETWEEN 1990 AND 2200),
        driver text NOT NULL CHECK (driver ~ '^[a-z][a-zA-Z0-9_]{0,39}$' AND driver <> 'population'),
        value numeric(20, 4) NOT NULL CHECK (value >= 0),
        source text NOT NULL DEFAULT '',
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (initiative_id, year, driver, organisation_id)
      )`);
    await q.query(`
      CREATE TABLE allocation_runs (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        initiative_id uuid NOT NULL REFERENCES initiatives(id),
        year integer NOT NULL,
        status text NOT NULL CHECK (status IN ('CURRENT', 'SUPERSEDED')),
        superseded_at timestamptz,
        superseded_by_run_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        created_by_user_id uuid,
        created_by_email text,
        inputs jsonb NOT NULL,
        planned_total numeric(15, 2) NOT NULL,
        actual_total numeric(15, 2),
        line_count integer NOT NULL
      )`);
    await q.query(
      `CREATE UNIQUE INDEX allocation_runs_one_current ON allocation_runs (initiative_id, year) WHERE status = 'CURRENT'`,
    );
    await q.query(
      `CREATE INDEX allocation_runs_initiative_idx ON allocation_runs (initiative_id, year, created_at)`,
    );
    await q.query(`
      CREATE TABLE allocation_lines (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        run_id uuid NOT NULL REFERENCES allocation_runs(id),
        initiative_id uuid NOT NULL,
        year integer NOT NULL,
        organisation_id uuid NOT NULL REFERENCES organisations(id),
        cost_item_id uuid NOT NULL,
        cost_category text NOT NULL,
        key_version_id uuid NOT NULL REFERENCES cost_sharing_key_versions(id),
        planned_amount numeric(15, 2) NOT NULL,
        actual_amount numeric(15, 2),
        share numeric(16, 10) NOT NULL,
        explanation text NOT NULL
      )`);
    await q.query(`CREATE INDEX allocation_lines_run_idx ON allocation_lines (run_id)`);
    await q.query(`CREATE INDEX allocation_lines_org_year_idx ON allocation_lines (organisation_id, year)`);
    await q.query(
      `CREATE INDEX allocation_lines_initiative_year_idx ON allocation_lines (initiative_id, year)`,
    );
    // A stored run is immutable: its lines never change, and a run changes only by being superseded.
    await q.query(`
      CREATE FUNCTION allocation_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_TABLE_NAME = 'allocation_runs' AND TG_OP = 'UPDATE' THEN
          IF NEW.status = 'SUPERSEDED' AND OLD.status = 'CURRENT'
             AND NEW.id = OLD.id AND NEW.initiative_id = OLD.initiative_id AND NEW.year = OLD.year
             AND NEW.inputs = OLD.inputs AND NEW.planned_total = OLD.planned_total
             AND NEW.actual_total IS NOT DISTINCT FROM OLD.actual_total AND NEW.line_count = OLD.line_count
             AND NEW.created_at = OLD.created_at THEN
            RETURN NEW;
          END IF;
        END IF;
        RAISE EXCEPTION '% is immutable: % is not allowed', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
      END
      $$`);
    await q.query(`
      CREATE TRIGGER allocation_runs_immutable BEFORE UPDATE OR DELETE ON allocation_runs
      FOR EACH ROW EXECUTE FUNCTION allocation_immutable()`);
    await q.query(`
      CREATE TRIGGER allocation_lines_immutable BEFORE UPDATE OR DELETE ON allocation_lines
      FOR EACH ROW EXECUTE FUNCTION allocation_immutable()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE allocation_lines`);
    await q.query(`DROP TABLE allocation_runs`);
    await q.query(`DROP FUNCTION allocation_immutable()`);
    await q.query(`DROP TABLE allocation_drivers`);
    await q.query(`DROP TABLE cost_items`);
    await q.query(`ALTER TABLE initiative_participants DROP COLUMN cost_group`);
    await q.query(`ALTER TABLE initiative_participants DROP COLUMN pays`);
    await q.query(`ALTER TABLE initiatives DROP COLUMN cost_sharing_key_id`);
    await q.query(`DROP TABLE cost_sharing_key_versions`);
    await q.query(`DROP TABLE cost_sharing_keys`);
  }
}
