import DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import { groupBy, loaderOfMany } from '../common/loader-factories.js';
import { CostItemEntity } from './cost-item.entity.js';

/** Cost items of an initiative summed by year and category. */
export interface CostYearRow {
  year: number;
  category: string;
  /** NOK, two decimals */
  planned: string;
  /** NOK, two decimals; null when no item of the year and category has an actual amount */
  actual: string | null;
}

/** Per-request batch loaders of cost items: `ctx.loaders.of(CostItemLoaders)`. */
export class CostItemLoaders {
  constructor(private readonly db: EntityManager) {}

  private readonly source = () => this.db;

  /** Cost items of each initiative, by year and category. */
  readonly costItemsOfInitiative = loaderOfMany(this.source, CostItemEntity, 'initiativeId', {
    year: 'ASC',
    category: 'ASC',
    createdAt: 'ASC',
  });

  /** Cost items of each initiative summed by year and category (SQL aggregates), by year. */
  readonly costYearsOfInitiative = new DataLoader<string, CostYearRow[]>(async (ids) => {
    const rows = await this.db.query<(CostYearRow & { initiative_id: string })[]>(
      `SELECT initiative_id, year, category, sum(planned_amount)::text AS planned, sum(actual_amount)::text AS actual
       FROM cost_items WHERE initiative_id = ANY($1::uuid[])
       GROUP BY initiative_id, year, category ORDER BY year, category`,
      [[...ids]],
    );
    const groups = groupBy(rows, (row) => row.initiative_id);
    return ids.map((id) =>
      (groups.get(id) ?? []).map(({ year, category, planned, actual }) => ({
        year,
        category,
        planned,
        actual,
      })),
    );
  });
}
