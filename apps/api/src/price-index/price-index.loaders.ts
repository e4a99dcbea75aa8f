import type { PriceIndexPoint } from '@gevinst/cost-model';
import type { EntityManager } from 'typeorm';
import { trimDecimal } from '../common/decimal.js';

/**
 * The consumer price index, read at most once per request (`ctx.loaders.of(PriceIndexLoaders).all()`):
 * a page of initiatives' economics shares one read of the (small) table.
 */
export class PriceIndexLoaders {
  private read: Promise<PriceIndexPoint[]> | null = null;

  constructor(private readonly db: EntityManager) {}

  all(): Promise<PriceIndexPoint[]> {
    this.read ??= this.db
      .query<{ year: number; value: string }[]>(
        `SELECT year, value::text AS value FROM price_index ORDER BY year`,
      )
      .then((rows) => rows.map((row) => ({ year: Number(row.year), index: trimDecimal(row.value) })));
    return this.read;
  }
}
