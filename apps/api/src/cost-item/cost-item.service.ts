import { Injectable } from '@nestjs/common';
import { LIMITS, costItemFundingProblems, msg, nokAmountProblem } from '@gevinst/domain';
import type { Actor } from '../auth/actor.js';
import { Mutations } from '../audit/mutation.js';
import { InputProblems, notFound, staleVersion } from '../common/errors.js';
import { assertUuid, isUuid } from '../common/ids.js';
import { assertPage } from '../common/pagination.js';
import { CostSharingKeyRepository } from '../cost-sharing-key/cost-sharing-key.repository.js';
import type { InitiativeEntity } from '../initiative/initiative.entity.js';
import { InitiativeRepository } from '../initiative/initiative.repository.js';
import { InitiativeService } from '../initiative/initiative.service.js';
import { OrganisationRepository } from '../organisation/organisation.repository.js';
import type { CostItemEntity } from './cost-item.entity.js';
import { type CostItemFields, CostItemRepository } from './cost-item.repository.js';
import { CostItemsArgs } from './dto/cost-items.args.js';
import { CreateCostItemInput } from './dto/create-cost-item.input.js';
import { UpdateCostItemInput } from './dto/update-cost-item.input.js';

/**
 * Cost items: each change is load → authorise (the initiative's editors, the version) → apply → audit in
 * one transaction (Mutations); the SQL is CostItemRepository's.
 */
@Injectable()
export class CostItemService {
  constructor(
    private readonly items: CostItemRepository,
    private readonly initiatives: InitiativeRepository,
    private readonly keys: CostSharingKeyRepository,
    private readonly organisations: OrganisationRepository,
    private readonly initiativeRules: InitiativeService,
    private readonly mutations: Mutations,
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
        msg('NOT_A_UUID_GOT', { got: `"${filter.initiativeId.slice(0, 80)}"` }),
      );
    if (filter.search && filter.search.length > LIMITS.search)
      problems.check('filter.search', msg('TOO_LONG', { max: LIMITS.search }));
    problems.throwIfAny();
    const page = await this.items.page(filter, args.sort, args);
    return {
      nodes: page.nodes,
      totalCount: page.totalCount,
      totalPlannedAmount: page.planned,
      totalActualAmount: page.actual,
    };
  }

  create(actor: Actor, input: CreateCostItemInput): Promise<CostItemEntity> {
    assertUuid('initiativeId', input.initiativeId);
    const fields: CostItemFields = {
      year: input.year,
      category: input.category,
      description: input.description?.trim() ?? '',
      plannedAmount: input.plannedAmount,
      actualAmount: input.actualAmount ?? null,
      costSharingKeyId: input.costSharingKeyId ?? null,
      fundingScheme: input.fundingScheme ?? null,
      payingOrganisationId: input.payingOrganisationId ?? null,
    };
    return this.mutations.mutate(actor, {
      load: () => this.initiativeFor(input.initiativeId),
      authorise: async (initiative) => {
        this.initiativeRules.assertCanEdit(actor, initiative);
        (await this.check(fields)).throwIfAny();
      },
      apply: (initiative) => this.items.insert(initiative.id, fields),
      audit: (initiative, item) => ({
        operation: 'createCostItem',
        entityType: 'CostItem',
        entityId: item.id,
        ownerOrganisationId: initiative.ownerId,
        initiativeId: initiative.id,
        after: item,
      }),
    });
  }

  update(actor: Actor, input: UpdateCostItemInput): Promise<CostItemEntity> {
    assertUuid('id', input.id);
    return this.mutations.mutate(actor, {
      load: async () => {
        const { current, initiative } = await this.itemWithInitiative(input.id);
        const fields: CostItemFields = {
          year: input.year ?? current.year,
          category: input.category ?? current.category,
          description: input.description?.trim() ?? current.description,
          plannedAmount: input.plannedAmount ?? current.plannedAmount,
          actualAmount: input.actualAmount === undefined ? current.actualAmount : input.actualAmount,
          costSharingKeyId:
            input.costSharingKeyId === undefined ? current.costSharingKeyId : input.costSharingKeyId,
          fundingScheme: input.fundingScheme === undefined ? current.fundingScheme : input.fundingScheme,
          payingOrganisationId:
            input.payingOrganisationId === undefined
              ? current.payingOrganisationId
              : input.payingOrganisationId,
        };
        return { current, initiative, fields };
      },
      authorise: async ({ current, initiative, fields }) => {
        this.initiativeRules.assertCanEdit(actor, initiative);
        if (current.version !== input.version)
          throw staleVersion('Cost item', current.version, input.version);
        (await this.check(fields)).throwIfAny();
      },
      // Someone else's update may have committed between the read and this write: CONFLICT then.
      apply: ({ current, fields }) => this.items.updateAtVersion(current.id, input.version, fields),
      audit: ({ current, initiative }, after) => ({
        operation: 'updateCostItem',
        entityType: 'CostItem',
        entityId: current.id,
        ownerOrganisationId: initiative.ownerId,
        initiativeId: initiative.id,
        before: current,
        after,
      }),
    });
  }

  /** Deletes a cost item. Stored allocation runs keep their own copy of it, unchanged. */
  remove(actor: Actor, id: string, version: number): Promise<boolean> {
    assertUuid('id', id);
    return this.mutations.mutate(actor, {
      load: () => this.itemWithInitiative(id),
      authorise: ({ current, initiative }) => {
        this.initiativeRules.assertCanEdit(actor, initiative);
        if (current.version !== version) throw staleVersion('Cost item', current.version, version);
      },
      apply: async () => {
        if (!(await this.items.deleteAtVersion(id, version)))
          throw staleVersion('Cost item', undefined, version);
        return true;
      },
      audit: ({ current, initiative }) => ({
        operation: 'deleteCostItem',
        entityType: 'CostItem',
        entityId: id,
        ownerOrganisationId: initiative.ownerId,
        initiativeId: initiative.id,
        before: current,
      }),
    });
  }

  private async itemWithInitiative(
    id: string,
  ): Promise<{ current: CostItemEntity; initiative: InitiativeEntity }> {
    const current = await this.items.findById(id);
    if (!current) throw notFound('Cost item', id);
    return { current, initiative: await this.initiativeFor(current.initiativeId) };
  }

  private async initiativeFor(id: string): Promise<InitiativeEntity> {
    const initiative = await this.initiatives.findById(id);
    if (!initiative) throw notFound('Initiative', id);
    return initiative;
  }

  private async check(fields: CostItemFields): Promise<InputProblems> {
    const { min, max } = LIMITS.year;
    const problems = new InputProblems()
      .check(
        'year',
        fields.year < min || fields.year > max
          ? msg('NOT_BETWEEN', { min, max, got: String(fields.year) })
          : null,
      )
      .check(
        'description',
        fields.description.length > LIMITS.costItemDescription
          ? msg('TOO_LONG', { max: LIMITS.costItemDescription })
          : null,
      )
      .check('plannedAmount', nokAmountProblem(fields.plannedAmount))
      .check('actualAmount', fields.actualAmount === null ? null : nokAmountProblem(fields.actualAmount));
    if (fields.costSharingKeyId) {
      if (!isUuid(fields.costSharingKeyId)) problems.check('costSharingKeyId', msg('NOT_A_UUID'));
      else if (!(await this.keys.exists(fields.costSharingKeyId)))
        problems.check('costSharingKeyId', msg('COST_SHARING_KEY_MISSING', { id: fields.costSharingKeyId }));
    }
    for (const problem of costItemFundingProblems(fields)) problems.check(problem.field, problem.message);
    if (fields.payingOrganisationId && !problems.any) {
      if (!isUuid(fields.payingOrganisationId)) problems.check('payingOrganisationId', msg('NOT_A_UUID'));
      else if (!(await this.organisations.exists(fields.payingOrganisationId)))
        problems.check(
          'payingOrganisationId',
          msg('ORGANISATION_MISSING', { id: fields.payingOrganisationId }),
        );
    }
    return problems;
  }
}
