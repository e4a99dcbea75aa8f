import { Injectable } from '@nestjs/common';
import { updateAtVersion } from '../common/versioned-entity.js';
import { likePattern } from '../common/ids.js';
import { namedQuery } from '../common/named-sql.js';
import { SortDirection } from '../common/sort-direction.enum.js';
import { type Sort, applySort } from '../common/sorting.js';
import { UnitOfWork } from '../common/unit-of-work.js';
import { CostItemEntity } from './cost-item.entity.js';
import { CostItemSortField } from './dto/cost-item-sort.input.js';

/** What a cost item holds besides its initiative, id, version and timestamps. */
export interface CostItemFields {
  year: number;
  category: CostItemEntity['category'];
  description: string;
  plannedAmount: string;
  actualAmount: string | null;
  costSharingKeyId: string | null;
  /** The funding source that pays it when no key allocates it; null: the owner's own budget. */
  fundingScheme: CostItemEntity['fundingScheme'];
  /** With OWN_BUDGET: whose budget (null: the owner's). */
  payingOrganisationId: string | null;
}

/** The filter of a cost-item list, already validated. */
export interface CostItemFilter {
  initiativeId?: string | null;
  year?: number | null;
  category?: readonly string[] | null;
  search?: string | null;
  /** Created or changed at or after this instant. */
  updatedSince?: Date | null;
}

const SORT_COLUMNS: Record<CostItemSortField, string> = {
  [CostItemSortField.YEAR]: 'c.year',
  [CostItemSortField.CATEGORY]: 'c.category',
  [CostItemSortField.DESCRIPTION]: 'c.description',
  [CostItemSortField.PLANNED_AMOUNT]: 'c.planned_amount',
  [CostItemSortField.ACTUAL_AMOUNT]: 'c.actual_amount',
  [CostItemSortField.UPDATED_AT]: 'c.updated_at',
};
const SORT_DEFAULT = { field: CostItemSortField.YEAR, direction: SortDirection.ASC };

/** The only code that reads and writes the cost_items table, in the request's transaction (UnitOfWork). */
@Injectable()
export class CostItemRepository {
  constructor(private readonly uow: UnitOfWork) {}

  private get table() {
    return this.uow.manager().getRepository(CostItemEntity);
  }

  findById(id: string): Promise<CostItemEntity | null> {
    return this.table.findOneBy({ id });
  }

  /** A page of the items matching `filter`, with the count and the planned and actual sums of all of them. */
  async page(
    filter: CostItemFilter,
    sort: Partial<Sort<CostItemSortField>> | undefined,
    page: { offset: number; limit: number },
  ): Promise<{ nodes: CostItemEntity[]; totalCount: number; planned: string; actual: string }> {
    const query = this.table.createQueryBuilder('c');
    if (filter.initiativeId)
      query.andWhere('c.initiative_id = :initiativeId', { initiativeId: filter.initiativeId });
    if (filter.year !== undefined && filter.year !== null)
      query.andWhere('c.year = :year', { year: filter.year });
    if (filter.updatedSince)
      query.andWhere('c.updated_at >= :updatedSince', { updatedSince: filter.updatedSince });
    if (filter.category?.length)
      query.andWhere('c.category IN (:...categories)', { categories: filter.category });
    const search = filter.search?.trim();
    if (search) query.andWhere("c.description ILIKE :p ESCAPE '\\'", { p: likePattern(search) });
    const totals = await query
      .clone()
      .select('count(*)::int', 'count')
      .addSelect('COALESCE(sum(c.planned_amount), 0)::numeric(17,2)::text', 'planned')
      .addSelect('COALESCE(sum(c.actual_amount), 0)::numeric(17,2)::text', 'actual')
      .getRawOne<{ count: number; planned: string; actual: string }>();
    const nodes = await applySort(query, sort, SORT_COLUMNS, SORT_DEFAULT, ['c.year', 'c.category', 'c.id'])
      .offset(page.offset)
      .limit(page.limit)
      .getMany();
    return {
      nodes,
      totalCount: totals?.count ?? 0,
      planned: totals?.planned ?? '0.00',
      actual: totals?.actual ?? '0.00',
    };
  }

  /** The initiative's item with `externalId`, if any. */
  findByExternalId(initiativeId: string, externalId: string): Promise<CostItemEntity | null> {
    return this.table.findOneBy({ initiativeId, externalId });
  }

  /** Adds an item; `externalId` is the sender's reference (unique per initiative; the service checks it). */
  insert(
    initiativeId: string,
    fields: CostItemFields,
    externalId: string | null = null,
  ): Promise<CostItemEntity> {
    return this.table.save(
      this.table.create({ ...fields, initiativeId, externalId, isDemo: false, version: 1 }),
    );
  }

  /** Writes `fields` if the item is still at `version` (CONFLICT otherwise) and returns it as stored. */
  async updateAtVersion(id: string, version: number, fields: CostItemFields): Promise<CostItemEntity> {
    await updateAtVersion(this.uow.manager(), CostItemEntity, 'Cost item', id, version, fields);
    return this.table.findOneByOrFail({ id });
  }

  /** Deletes the item if it is still at `version`; false when it was not (changed or gone meanwhile). */
  async deleteAtVersion(id: string, version: number): Promise<boolean> {
    const deleted = await this.table.delete({ id, version });
    return deleted.affected === 1;
  }

  /** The initiative's planned and actual sums per year (up to `upToYear`) and category (the co-financing report). */
  sumsByYearAndCategory(
    initiativeId: string,
    upToYear: number,
  ): Promise<
    { year: number; category: CostItemEntity['category']; planned: string; actual: string | null }[]
  > {
    return this.uow.manager().query(
      `SELECT year, category, sum(planned_amount)::text AS planned, sum(actual_amount)::text AS actual
       FROM cost_items WHERE initiative_id = $1 AND year <= $2
       GROUP BY year, category ORDER BY year, category`,
      [initiativeId, upToYear],
    );
  }

  /** The initiative's cost items of the year, in the order an allocation run takes them. */
  ofYear(initiativeId: string, year: number): Promise<CostItemEntity[]> {
    return this.table.find({
      where: { initiativeId, year },
      order: { category: 'ASC', createdAt: 'ASC', id: 'ASC' },
    });
  }

  /** The sum of the planned costs of the initiative's year, or null without cost items (a preview's total). */
  async plannedSum(initiativeId: string, year: number): Promise<string | null> {
    const [{ sum }] = await namedQuery<{ sum: string | null }[]>(this.uow.manager(), PLANNED_COST_SUM_SQL, {
      initiativeId,
      year,
    });
    return sum;
  }
}

/**
 * The planned sum of an initiative's year, with named parameters; committed as SQL in
 * apps/api/src/allocation/queries/allocation-run.repository.sql, as what an allocation preview reads.
 */
export const PLANNED_COST_SUM_SQL = `SELECT sum(planned_amount)::numeric(17,2) AS sum FROM cost_items WHERE initiative_id = :initiativeId AND year = :year`;
