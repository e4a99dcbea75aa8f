import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * price_index: the consumer price index (konsumprisindeksen, SSB table 03014, annual average, 2015 = 100)
 * by year, which brings nominal amounts from the accounts to the fixed prices of an analysis's price-base
 * year (libs/cost-model price-index.ts). Seeded from data/reference/cpi.csv with the reference data, and
 * importable for later years (`importPriceIndex`, `npm run import:cpi`), like population.
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
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE price_index`);
  }
}
