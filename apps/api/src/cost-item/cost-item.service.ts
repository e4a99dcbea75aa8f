import { Injectable } from '@nestjs/common';
import { LIMITS, costItemFundingProblems, msg, nokAmountProblem, normaliseNok } from '@gevinst/domain';
import type { AuditChange } from '../audit/audit.repository.js';
import type { Actor } from '../auth/actor.js';
import { Mutations } from '../audit/mutation.js';
import { BulkItemStatus, type BulkOutcome, type BulkResult, BulkRunner } from '../common/bulk.js';
import { InputProblems, conflict, notFound, staleVersion } from '../common/errors.js';
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
import { ImportCostItemInput } from './dto/import-cost-item.input.js';
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
    private readonly bulk: BulkRunner,
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
    const fields = fieldsOf(input);
    const externalId = input.externalId?.trim() || null;
    return this.mutations.mutate(actor, {
      load: async () => {
        const initiative = await this.initiativeFor(input.initiativeId);
        const taken = externalId ? await this.items.findByExternalId(initiative.id, externalId) : null;
        return { initiative, taken };
      },
      authorise: async ({ initiative, taken }) => {
        this.initiativeRules.assertCanEdit(actor, initiative);
        (await this.check(fields, externalId)).throwIfAny();
        if (taken)
          throw conflict(msg('COST_ITEM_EXTERNAL_ID_TAKEN', { externalId: externalId ?? '', id: taken.id }), {
            costItemId: taken.id,
            currentVersion: taken.version,
          });
      },
      apply: ({ initiative }) => this.items.insert(initiative.id, fields, externalId),
      audit: ({ initiative }, item) => created(initiative, item),
    });
  }

  /**
   * Imports each cost item of `inputs` (see importOne), each on its own (BulkRunner: one savepoint per
   * item, a refused item reported with its error, the others stored).
   */
  importMany(actor: Actor, inputs: readonly ImportCostItemInput[]): Promise<BulkResult<CostItemEntity>[]> {
    return this.bulk.run(inputs, (input) => this.importOne(actor, input));
  }

  /**
   * Upserts a cost item by its externalId within the initiative, with the rules of create and update (the
   * initiative's editors; the same field checks): CREATED when the initiative has no item with it, UPDATED
   * (audited with before and after) when it has one with other values, UNCHANGED (nothing written or
   * audited) when the values are the same, so a retried import makes no duplicate.
   */
  importOne(actor: Actor, input: ImportCostItemInput): Promise<BulkOutcome<CostItemEntity>> {
    assertUuid('initiativeId', input.initiativeId);
    const fields = fieldsOf(input);
    const externalId = input.externalId.trim();
    return this.mutations.mutate(actor, {
      load: async () => {
        const initiative = await this.initiativeFor(input.initiativeId);
        const current = externalId ? await this.items.findByExternalId(initiative.id, externalId) : null;
        return { initiative, current };
      },
      authorise: async ({ initiative }) => {
        this.initiativeRules.assertCanEdit(actor, initiative);
        const problems = await this.check(fields, externalId);
        if (!externalId) problems.check('externalId', msg('REQUIRED'));
        problems.throwIfAny();
      },
      apply: async ({ initiative, current }): Promise<BulkOutcome<CostItemEntity>> => {
        if (!current)
          return {
            status: BulkItemStatus.CREATED,
            entity: await this.items.insert(initiative.id, fields, externalId),
          };
        if (sameFields(current, fields)) return { status: BulkItemStatus.UNCHANGED, entity: current };
        return {
          status: BulkItemStatus.UPDATED,
          entity: await this.items.updateAtVersion(current.id, current.version, fields),
        };
      },
      audit: ({ initiative, current }, { status, entity }) =>
        status === BulkItemStatus.UNCHANGED
          ? null
          : status === BulkItemStatus.CREATED
            ? created(initiative, entity)
            : {
                operation: 'updateCostItem',
                entityType: 'CostItem',
                entityId: entity.id,
                ownerOrganisationId: initiative.ownerId,
                initiativeId: initiative.id,
                before: current,
                after: entity,
              },
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

  private async check(fields: CostItemFields, externalId: string | null = null): Promise<InputProblems> {
    const { min, max } = LIMITS.year;
    const problems = new InputProblems()
      .check(
        'externalId',
        externalId && externalId.length > LIMITS.externalId
          ? msg('TOO_LONG', { max: LIMITS.externalId })
          : null,
      )
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

/** The fields of a new (or imported) cost item from its input. */
function fieldsOf(input: CreateCostItemInput | ImportCostItemInput): CostItemFields {
  return {
    year: input.year,
    category: input.category,
    description: input.description?.trim() ?? '',
    plannedAmount: input.plannedAmount,
    actualAmount: input.actualAmount ?? null,
    costSharingKeyId: input.costSharingKeyId ?? null,
    fundingScheme: input.fundingScheme ?? null,
    payingOrganisationId: input.payingOrganisationId ?? null,
  };
}

/** True when the stored item already has `fields` (amounts compared as NOK to the øre). */
function sameFields(stored: CostItemEntity, fields: CostItemFields): boolean {
  const nok = (amount: string | null) => (amount === null ? null : normaliseNok(amount));
  return (
    stored.year === fields.year &&
    stored.category === fields.category &&
    stored.description === fields.description &&
    nok(stored.plannedAmount) === nok(fields.plannedAmount) &&
    nok(stored.actualAmount) === nok(fields.actualAmount) &&
    stored.costSharingKeyId === fields.costSharingKeyId &&
    stored.fundingScheme === fields.fundingScheme &&
    stored.payingOrganisationId === fields.payingOrganisationId
  );
}

/** The audit of a new cost item. */
function created(initiative: InitiativeEntity, item: CostItemEntity): AuditChange {
  return {
    operation: 'createCostItem',
    entityType: 'CostItem',
    entityId: item.id,
    ownerOrganisationId: initiative.ownerId,
    initiativeId: initiative.id,
    after: item,
  };
}
