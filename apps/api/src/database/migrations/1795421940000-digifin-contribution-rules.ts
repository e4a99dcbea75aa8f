import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The DigiFin fund's contribution rules (issue 15; docs/funding-schemes.md, "DigiFin"): per year and
 * contributor kind, a fixed amount (the state, KS) or a rate per inhabitant (municipalities, county
 * authorities) applied to the population of `population_year` (null: the contribution year). The rows
 * are data, so a new year or rate is a row, not code.
 */
export class DigifinContributionRules1795421940000 implements MigrationInterface {
  name = 'DigifinContributionRules1795421940000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE digifin_contribution_rules (
        year integer NOT NULL CHECK (year BETWEEN 1990 AND 2200),
        contributor text NOT NULL CHECK (contributor IN ('STATE','KS','MUNICIPALITY','COUNTY_AUTHORITY')),
        amount numeric(15, 2) CHECK (amount >= 0),
        rate numeric(12, 4) CHECK (rate >= 0),
        population_year integer CHECK (population_year BETWEEN 1800 AND 2200),
        source text NOT NULL CHECK (length(btrim(source)) > 0),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (year, contributor),
        CONSTRAINT digifin_contribution_rules_kind_check CHECK (
          (contributor IN ('STATE','KS') AND amount IS NOT NULL AND rate IS NULL AND population_year IS NULL)
          OR (contributor IN ('MUNICIPALITY','COUNTY_AUTHORITY') AND rate IS NOT NULL AND amount IS NULL))
      )`);
    await q.query(`
      INSERT INTO digifin_contribution_rules (year, contributor, amount, rate, population_year, source) VALUES
        (2017, 'STATE', 25000000.00, NULL, NULL,
         'Statsbudsjettet 2018, «Digitalisering – kommunesektoren»: 25 mill. kr bevilget i 2017 (KMD, prosjektskjønnsmidler); KS: staten har bidratt med til sammen 125 mill. kr'),
        (2018, 'STATE', 100000000.00, NULL, NULL,
         'Statsbudsjettet 2018, «Digitalisering – kommunesektoren»: 100 mill. kr i 2018 innenfor prosjektskjønnsmidlene, administrert av KS'),
        (2024, 'MUNICIPALITY', NULL, 20.0000, 2024,
         'KS, Digifin: kr 20 per innbygger for kommuner; innbyggertall 1. januar 2024 (SSB, referansedataene)'),
        (2024, 'COUNTY_AUTHORITY', NULL, 5.0000, 2024,
         'KS, Digifin: kr 5 per innbygger for fylkeskommuner; innbyggertall 1. januar 2024 (SSB, referansedataene)')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE digifin_contribution_rules`);
  }
}
