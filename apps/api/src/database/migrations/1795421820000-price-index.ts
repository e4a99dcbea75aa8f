import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * price_index: the consumer price index (konsumprisindeksen, SSB table 03014, annual average, 2015 = 100)
 * by year, which brings nominal amounts from the accounts to the fixed prices of an analysis's price-base
 * year (libs/cost-model price-index.ts). Seeded from data/reference/cpi.csv with the reference data, and
 * importable for later years (`importPriceIndex`, `npm run import:cpi`), like population.
 *
 * initiatives.analysis_lifetime_years, residual_value, price_base_year: an initiative's own analysis
 * settings (null: the defaults — 10 years, no residual value, the start year), so that economics and every
 * portfolio view count the same period for it.
 */
export class PriceIndex1795421820000 implements MigrationInterface {
  name = 'PriceIndex1795421820000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE price_index (
        year integer PRIMARY KEY CHECK (year BETWEEN 1900 AND 2300),
        value numeric(10, 3) NOT NULL CHECK (value > 0),
        source text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      ALTER TABLE initiatives
        ADD COLUMN analysis_lifetime_years smallint CHECK (analysis_lifetime_years BETWEEN 1 AND 100),
        ADD COLUMN residual_value numeric(15, 2) CHECK (residual_value >= 0),
        ADD COLUMN price_base_year integer CHECK (price_base_year BETWEEN 1900 AND 2300)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE initiatives
        DROP COLUMN analysis_lifetime_years, DROP COLUMN residual_value, DROP COLUMN price_base_year`);
    await q.query(`DROP TABLE price_index`);
  }
}
