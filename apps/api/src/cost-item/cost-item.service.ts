import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { nokAmountProblem } from '@gevinst/domain';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../auth/actor.js';
import { updateAtVersion } from '../common/versioned-entity.js';
import { AuditService } from '../audit/audit.service.js';
import { InputProblems, notFound, staleVersion } from '../common/errors.js';
import { assertUuid, isUuid, likePattern } from '../common/ids.js';
import { assertPage } from '../common/pagination.js';
import { SortDirection } from '../common/sort-direction.enum.js';
import { applySort } from '../common/sorting.js';
import { CostSharingKeyEntity } from '../cost-sharing-key/cost-sharing-key.entity.js';
import { InitiativeEntity } from '../initiative/initiative.entity.js';
import { InitiativeService } from '../initiative/initiative.service.js';
import { CostItemEntity } from './cost-item.entity.js';
import { CostItemSortField } from './dto/cost-item-sort.input.js';
import { CostItemsArgs } from './dto/cost-items.args.js';
import { CreateCostItemInput } from './dto/create-cost-item.input.js';
import { UpdateCostItemInput } from './dto/update-cost-item.input.js';

const MAX_DESCRIPTION = 1000;

const COST_ITEM_SORT_COLUMNS: Record<CostItemSortField, string> = {
  [CostItemSortField.YEAR]: 'c.year',
  [CostItemSortField.CATEGORY]: 'c.category',
  [CostItemSortField.DESCRIPTION]: 'c.description',
  [CostItemSortField.PLANNED_AMOUNT]: 'c.planned_amount',
  [CostItemSortField.ACTUAL_AMOUNT]: 'c.actual_amount',
  [CostItemSortField.UPDATED_AT]: 'c.updated_at',
};
const COST_ITEM_SORT_DEFAULT = { field: CostItemSortField.YEAR, direction: SortDirection.ASC };

@Injectable()
export class CostItemService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly initiatives: InitiativeService,
  ) {}

  /** A page of cost items with the planned and actual sums of every matching item. */
  async list(args: CostItemsArgs): Promise<{
    nodes: CostItemEntity[];
    totalCount: number;
    totalPlannedAmount: string;
    totalActualAmount: string;
  }> {
    assertPage(args);
    const filter = args.filter ?? {};
    const problems = new InputProblems();
    if (filter.initiativeId && !isUuid(filter.initiativeId))
      problems.check(
        'filter.initiativeId',
        `must be an id (a UUID) (got "${filter.initiativeId.slice(0, 80)}")`,
      );
    if (filter.search && filter.search.length > 200)
      problems.check('filter.search', 'must be at most 200 characters');
    problems.throwIfAny();
    const query = this.db.getRepository(CostItemEntity).createQueryBuilder('c');
    if (filter.initiativeId)
      query.andWhere('c.initiative_id = :initiativeId', { initiativeId: filter.initiativeId });
    if (filter.year !== undefined && filter.year !== null)
      query.andWhere('c.year = :year', { year: filter.year });
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
    const nodes = await applySort(query, args.sort, COST_ITEM_SORT_COLUMNS, COST_ITEM_SORT_DEFAULT, [
      'c.year',
      'c.category',
      'c.id',
    ])
      .offset(args.offset)
      .limit(args.limit)
      .getMany();
    return {
      nodes,
      totalCount: totals?.count ?? 0,
      totalPlannedAmount: totals?.planned ?? '0.00',
      totalActualAmount: totals?.actual ?? '0.00',
    };
  }

  async create(actor: Actor, input: CreateCostItemInput): Promise<CostItemEntity> {
    assertUuid('initiativeId', input.initiativeId);
    return this.db.transaction(async (em) => {
      const initiative = await this.initiativeFor(em, input.initiativeId);
      this.initiatives.assertCanEdit(actor, initiative);
      const fields = {
        year: input.year,
        category: input.category,
        description: input.description?.trim() ?? '',
        plannedAmount: input.plannedAmount,
        actualAmount: input.actualAmount ?? null,
        costSharingKeyId: input.costSharingKeyId ?? null,
      };
      (await this.check(em, fields)).throwIfAny();
      const item = await em
        .getRepository(CostItemEntity)
        .save(
          em
            .getRepository(CostItemEntity)
            .create({ ...fields, initiativeId: initiative.id, isDemo: false, version: 1 }),
        );
      await this.audit.record(em, actor, {
        operation: 'createCostItem',
        entityType: 'CostItem',
        entityId: item.id,
        ownerOrganisationId: initiative.ownerId,
        initiativeId: initiative.id,
        after: item,
      });
      return item;
    });
  }

  async update(actor: Actor, input: UpdateCostItemInput): Promise<CostItemEntity> {
    assertUuid('id', input.id);
    return this.db.transaction(async (em) => {
      const current = await em.getRepository(CostItemEntity).findOneBy({ id: input.id });
      if (!current) throw notFound('Cost item', input.id);
      const initiative = await this.initiativeFor(em, current.initiativeId);
      this.initiatives.assertCanEdit(actor, initiative);
      if (current.version !== input.version) throw staleVersion('Cost item', current.version, input.version);
      const fields = {
        year: input.year ?? current.year,
        category: input.category ?? current.category,
        description: input.description?.trim() ?? current.description,
        plannedAmount: input.plannedAmount ?? current.plannedAmount,
        actualAmount: input.actualAmount === undefined ? current.actualAmount : input.actualAmount,
        costSharingKeyId:
          input.costSharingKeyId === undefined ? current.costSharingKeyId : input.costSharingKeyId,
      };
      (await this.check(em, fields)).throwIfAny();
      // Someone else's update may have committed between the read and this write.
      await updateAtVersion(em, CostItemEntity, 'Cost item', current.id, input.version, fields);
      const after = await em.getRepository(CostItemEntity).findOneByOrFail({ id: current.id });
      await this.audit.record(em, actor, {
        operation: 'updateCostItem',
        entityType: 'CostItem',
        entityId: current.id,
        ownerOrganisationId: initiative.ownerId,
        initiativeId: initiative.id,
        before: current,
        after,
      });
      return after;
    });
  }

  /** Deletes a cost item. Stored allocation runs keep their own copy of it, unchanged. */
  async remove(actor: Actor, id: string, version: number): Promise<boolean> {
    assertUuid('id', id);
    return this.db.transaction(async (em) => {
      const current = await em.getRepository(CostItemEntity).findOneBy({ id });
      if (!current) throw notFound('Cost item', id);
      const initiative = await this.initiativeFor(em, current.initiativeId);
      this.initiatives.assertCanEdit(actor, initiative);
      if (current.version !== version) throw staleVersion('Cost item', current.version, version);
      const deleted = await em.getRepository(CostItemEntity).delete({ id, version });
      if (deleted.affected !== 1) throw staleVersion('Cost item', undefined, version);
      await this.audit.record(em, actor, {
        operation: 'deleteCostItem',
        entityType: 'CostItem',
        entityId: id,
        ownerOrganisationId: initiative.ownerId,
        initiativeId: initiative.id,
        before: current,
      });
      return true;
    });
  }

  private async initiativeFor(em: EntityManager, id: string): Promise<InitiativeEntity> {
    const initiative = await em.getRepository(InitiativeEntity).findOneBy({ id });
    if (!initiative) throw notFound('Initiative', id);
    return initiative;
  }

  private async check(
    em: EntityManager,
    fields: {
      year: number;
      description: string;
      plannedAmount: string;
      actualAmount: string | null;
      costSharingKeyId: string | null;
    },
  ): Promise<InputProblems> {
    const problems = new InputProblems()
      .check(
        'year',
        fields.year < 1990 || fields.year > 2200
          ? `must be between 1990 and 2200 (got ${fields.year})`
          : null,
      )
      .check(
        'description',
        fields.description.length > MAX_DESCRIPTION ? `must be at most ${MAX_DESCRIPTION} characters` : null,
      )
      .check('plannedAmount', nokAmountProblem(fields.plannedAmount))
      .check('actualAmount', fields.actualAmount === null ? null : nokAmountProblem(fields.actualAmount));
    if (fields.costSharingKeyId) {
      if (!isUuid(fields.costSharingKeyId)) problems.check('costSharingKeyId', 'must be an id (a UUID)');
      else if (!(await em.getRepository(CostSharingKeyEntity).existsBy({ id: fields.costSharingKeyId })))
        problems.check('costSharingKeyId', `cost-sharing key ${fields.costSharingKeyId} does not exist`);
    }
    return problems;
  }
}
