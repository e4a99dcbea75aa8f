import type { MigrationInterface, QueryRunner } from 'typeorm';

const KINDS = `'MINISTRY','STATE_AGENCY','STATE_ADMINISTRATOR','COUNTY_AUTHORITY','MUNICIPALITY','KS','INTERMUNICIPAL_COMPANY','OTHER'`;
const LEVELS = `'CENTRAL','REGIONAL','LOCAL'`;
const LIFE_EVENTS = `'HAVING_CHILDREN','SERIOUSLY_ILL_CHILD','LOSING_AND_FINDING_A_JOB','NEW_IN_NORWAY','DEATH_AND_INHERITANCE','VOLUNTARY_ORGANISATION','STARTING_AND_RUNNING_A_BUSINESS'`;
const PHASES = `'CONCEPT','PLANNING','EXECUTION','REALISATION','CLOSED'`;
const SCHEMES = `'CO_FINANCING','DIGIFIN','STIMULAB','OWN_BUDGET','OTHER'`;
const ROLES = `'OWNER','PARTNER','FUNDER','BENEFICIARY'`;

/** Counties, organisations with populations per year, initiatives, funding sources and participants. */
export class ReferenceAndInitiatives1795420800000 implements MigrationInterface {
  name = 'ReferenceAndInitiatives1795420800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE counties (
        number varchar(2) PRIMARY KEY CHECK (number ~ '^[0-9]{2}$'),
        name text NOT NULL CHECK (length(btrim(name)) > 0),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE county_populations (
        county_number varchar(2) NOT NULL REFERENCES counties(number) ON DELETE CASCADE,
        year integer NOT NULL CHECK (year BETWEEN 1800 AND 2200),
        value integer NOT NULL CHECK (value >= 0),
        source text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (county_number, year)
      )`);
    await q.query(`
      CREATE TABLE organisations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_number varchar(9) NOT NULL CHECK (org_number ~ '^[0-9]{9}$'),
        name text NOT NULL CHECK (length(btrim(name)) > 0),
        kind text NOT NULL CHECK (kind IN (${KINDS})),
        administrative_level text NOT NULL CHECK (administrative_level IN (${LEVELS})),
        municipality_number varchar(4) CHECK (municipality_number ~ '^[0-9]{4}$'),
        county_number varchar(2) REFERENCES counties(number),
        parent_id uuid REFERENCES organisations(id) ON DELETE SET NULL,
        is_demo boolean NOT NULL DEFAULT false,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT organisations_org_number_key UNIQUE (org_number),
        CONSTRAINT organisations_municipality_number_key UNIQUE (municipality_number),
        CONSTRAINT organisations_not_own_parent CHECK (parent_id IS NULL OR parent_id <> id)
      )`);
    await q.query(`CREATE INDEX organisations_kind_idx ON organisations (kind)`);
    await q.query(`CREATE INDEX organisations_level_idx ON organisations (administrative_level)`);
    await q.query(`CREATE INDEX organisations_county_idx ON organisations (county_number)`);
    await q.query(`CREATE INDEX organisations_parent_idx ON organisations (parent_id)`);
    await q.query(`CREATE INDEX organisations_name_idx ON organisations (lower(name))`);
    await q.query(`
      CREATE TABLE organisation_populations (
        organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
        year integer NOT NULL CHECK (year BETWEEN 1800 AND 2200),
        value integer NOT NULL CHECK (value >= 0),
        source text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (organisation_id, year)
      )`);
    await q.query(`
      CREATE TABLE initiatives (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code varchar(40) NOT NULL,
        name text NOT NULL CHECK (length(btrim(name)) > 0),
        description text NOT NULL DEFAULT '',
        owner_id uuid NOT NULL REFERENCES organisations(id),
        ministry_id uuid NOT NULL REFERENCES organisations(id),
        life_event text CHECK (life_event IN (${LIFE_EVENTS})),
        phase text NOT NULL CHECK (phase IN (${PHASES})),
        start_date date,
        end_date date,
        is_demo boolean NOT NULL DEFAULT false,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT initiatives_code_key UNIQUE (code),
        CONSTRAINT initiatives_dates_ordered CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
      )`);
    await q.query(`CREATE INDEX initiatives_owner_idx ON initiatives (owner_id)`);
    await q.query(`CREATE INDEX initiatives_ministry_idx ON initiatives (ministry_id)`);
    await q.query(`CREATE INDEX initiatives_phase_idx ON initiatives (phase)`);
    await q.query(`CREATE INDEX initiatives_life_event_idx ON initiatives (life_event)`);
    await q.query(`
      CREATE TABLE initiative_funding_sources (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        initiative_id uuid NOT NULL REFERENCES initiatives(id) ON DELETE CASCADE,
        position integer NOT NULL,
        scheme text NOT NULL CHECK (scheme IN (${SCHEMES})),
        amount numeric(15, 2) NOT NULL CHECK (amount >= 0),
        description text NOT NULL DEFAULT '',
        CONSTRAINT initiative_funding_sources_position_key UNIQUE (initiative_id, position)
      )`);
    await q.query(`
      CREATE TABLE initiative_participants (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        initiative_id uuid NOT NULL REFERENCES initiatives(id) ON DELETE CASCADE,
        organisation_id uuid NOT NULL REFERENCES organisations(id),
        role text NOT NULL CHECK (role IN (${ROLES})),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT initiative_participants_org_key UNIQUE (initiative_id, organisation_id)
      )`);
    await q.query(
      `CREATE INDEX initiative_participants_org_idx ON initiative_participants (organisation_id)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE initiative_participants`);
    await q.query(`DROP TABLE initiative_funding_sources`);
    await q.query(`DROP TABLE initiatives`);
    await q.query(`DROP TABLE organisation_populations`);
    await q.query(`DROP TABLE organisations`);
    await q.query(`DROP TABLE county_populations`);
    await q.query(`DROP TABLE counties`);
  }
}
