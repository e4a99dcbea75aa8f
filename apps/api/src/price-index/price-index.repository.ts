import { Injectable } from '@nestjs/common';
import type { PriceIndexPoint } from '@gevinst/cost-model';
import { UnitOfWork } from '../common/unit-of-work.js';
import { trimDecimal } from '../common/decimal.js';
import type { ListWindow } from '../common/list-window.js';
import { SortDirection } from '../common/sort-direction.enum.js';
import type { Sort } from '../common/sorting.js';
import type { PriceIndexFilter, PriceIndexSortField } from './dto/price-index.args.js';

/** One stored year of the consumer price index. */
export interface PriceIndexRow {
  year: number;
  value: string;
  source: string;
}

/** The only code that writes SQL for price_index (the seed's first load aside, see database/seed). */
@Injectable()
export class PriceIndexRepository {
  constructor(private readonly uow: UnitOfWork) {}

  /** Every stored year, ascending; locked for an import unless `lock` is false. */
  async all(lock = false): Promise<PriceIndexRow[]> {
    const rows = await this.uow
      .manager()
      .query<{ year: number; value: string; source: string }[]>(
        `SELECT year, value::text AS value, source FROM price_index ORDER BY year ${lock ? 'FOR UPDATE' : ''}`,
      );
    return rows.map((row) => ({ year: Number(row.year), value: trimDecimal(row.value), source: row.source }));
  }

  /**
   * The years from `filter.fromYear` to `filter.toYear` (each when given), by year in `sort`'s direction
   * (default ascending), from `offset`, `limit` of them (all without).
   */
  async list(
    filter: PriceIndexFilter,
    sort: Partial<Sort<PriceIndexSortField>> | undefined,
    window: ListWindow,
  ): Promise<PriceIndexRow[]> {
    const direction = sort?.direction === SortDirection.DESC ? 'DESC' : 'ASC';
    const rows = await this.uow.manager().query<{ year: number; value: string; source: string }[]>(
      `SELECT year, value::text AS value, source FROM price_index
        WHERE ($1::int IS NULL OR year >= $1) AND ($2::int IS NULL OR year <= $2)
        ORDER BY year ${direction} LIMIT $3 OFFSET $4`,
      [filter.fromYear ?? null, filter.toYear ?? null, window.limit ?? null, window.offset ?? 0],
    );
    return rows.map((row) => ({ year: Number(row.year), value: trimDecimal(row.value), source: row.source }));
  }

  /** Stores each year's index (added, or replaced), all with the same source. */
  async upsert(source: string, years: readonly { year: number; value: string }[]): Promise<void> {
    await this.uow.manager().query(
      `INSERT INTO price_index (year, value, source, updated_at)
       SELECT year, value, $3::text, now() FROM unnest($1::int[], $2::numeric[]) AS t(year, value)
       ON CONFLICT (year) DO UPDATE SET value = EXCLUDED.value, source = EXCLUDED.source, updated_at = now()`,
      [years.map((entry) => entry.year), years.map((entry) => entry.value), source],
    );
  }
}

/** Stored rows as cost-model's price index points. */
export function toPoints(rows: readonly PriceIndexRow[]): PriceIndexPoint[] {
  return rows.map((row) => ({ year: row.year, index: row.value }));
}
