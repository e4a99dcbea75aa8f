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

/** Cost items of an initiative summed by year and by who pays them (the funding plan's cost rows). */
export interface FundingCostRow {
  year: number;
  /** The funding source the items name; null: none. */
  fundingScheme: string | null;
  payingOrganisationId: string | null;
  /** Whether the items have a key of their own (the initiative's key is the caller's to add). */
  ownKey: boolean;
  /** NOK, two decimals */
  planned: string;
  /** NOK, two decimals; null when no item of the group has an actual amount */
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

  /** Cost items of each initiative summed by year and paying source (SQL aggregates), by year: one query. */
  readonly fundingCostsOfInitiative = new DataLoader<string, FundingCostRow[]>(async (ids) => {
    const rows = await this.db.query<
      {
        initiative_id: string;
        year: number;
        funding_scheme: string | null;
        paying_organisation_id: string | null;
        own_key: boolean;
        planned: string;
        actual: string | null;
      }[]
    >(
      `SELECT initiative_id, year, funding_scheme, paying_organisation_id,
              (cost_sharing_key_id IS NOT NULL) AS own_key,
              sum(planned_amount)::numeric(17,2)::text AS planned, sum(actual_amount)::numeric(17,2)::text AS actual
       FROM cost_items WHERE initiative_id = ANY($1::uuid[])
       GROUP BY initiative_id, year, funding_scheme, paying_organisation_id, own_key
       ORDER BY year, funding_scheme NULLS FIRST, paying_organisation_id NULLS FIRST, own_key`,
      [[...ids]],
    );
    const groups = groupBy(rows, (row) => row.initiative_id);
    return ids.map((id) =>
      (groups.get(id) ?? []).map((row) => ({
        year: row.year,
        fundingScheme: row.funding_scheme,
        payingOrganisationId: row.paying_organisation_id,
        ownKey: row.own_key,
        planned: row.planned,
        actual: row.actual,
      })),
    );
  });
}
