import { randomUUID } from 'node:crypto';
import { assertListWindow } from '../common/list-window.js';
import { withFilter } from '../common/list-filter.js';
import type { AllocationDriversArgs, AllocationRunsArgs } from './dto/allocation-lists.args.js';
import { Injectable } from '@nestjs/common';
import { allocate, keyFixesTotal, reconcile, resolveReconciliation } from '@gevinst/cost-model';
import { LIMITS, costSharingTotalRule, isYearIn, msg, nokAmountProblem } from '@gevinst/domain';
import { type Actor, actorUserId } from '../auth/actor.js';
import { Mutations } from '../audit/mutation.js';
import { rethrowCostModel } from '../common/cost-model-errors.js';
import { InputProblems, badInput, conflict, notFound } from '../common/errors.js';
import { assertUuid, isUuid } from '../common/ids.js';
import { CostSharingKeyVersionEntity } from '../cost-sharing-key/cost-sharing-key-version.entity.js';
import type { CostItemEntity } from '../cost-item/cost-item.entity.js';
import { CostItemRepository } from '../cost-item/cost-item.repository.js';
import { CostSharingKeyRepository } from '../cost-sharing-key/cost-sharing-key.repository.js';
import { specOfInput } from '../cost-sharing-key/cost-sharing-key.service.js';
import type { KeySpecInput } from '../cost-sharing-key/dto/key-spec.input.js';
import type { InitiativeEntity } from '../initiative/initiative.entity.js';
import { InitiativeRepository } from '../initiative/initiative.repository.js';
import { ParticipantRepository } from '../initiative/participant.repository.js';
import { OrganisationRepository } from '../organisation/organisation.repository.js';
import { InitiativeService } from '../initiative/initiative.service.js';
import { AllocationDriverEntity } from './allocation-driver.entity.js';
import { AllocationDriverRepository } from './allocation-driver.repository.js';
import {
  type AllocationInputs,
  type ItemAllocation,
  type KeyInUse,
  type PayingParticipant,
  allocateItem,
  inputsOf,
  participantsFor,
  payingParticipants,
  populationYearsOf,
  readsPopulation,
  runInputsOf,
  runLinesOf,
  runTotalsOf,
} from './allocation-inputs.js';
import { AllocationRunEntity } from './allocation-run.entity.js';
import { AllocationRunRepository } from './allocation-run.repository.js';
import { assertCanSeeInitiativeFinancials } from './financial-access.js';
import { ExplanationLanguage } from './explanation-language.enum.js';
import { AllocationReconciliation } from './allocation-reconciliation.enum.js';
import { SetAllocationDriversInput } from './dto/set-allocation-drivers.input.js';

const DRIVER_NAME = new RegExp(`^[a-z][a-zA-Z0-9_]{0,${LIMITS.driverName - 1}}$`);
/** Decimals a driver value may have (allocation_drivers.value is numeric(20,4)). */
const DRIVER_DECIMALS = 4;
const DRIVER_VALUE = new RegExp(`^\\d{1,16}(\\.\\d{1,${DRIVER_DECIMALS}})?$`);

function checkYear(year: number): void {
  if (!isYearIn(year, LIMITS.year))
    throw badInput('year', msg('YEAR_BETWEEN', { ...LIMITS.year, got: String(year) }));
}

/** A key version that is not in force in the year: a problem for `field(index)` (a run refuses it). */
export function checkValidInYear(
  keys: readonly KeyInUse[],
  year: number,
  problems: InputProblems,
  field: (index: number) => string,
): void {
  keys.forEach((key, index) => {
    const { validFrom, validTo } = key.version;
    if ((validFrom && validFrom > `${year}-12-31`) || (validTo && validTo < `${year}-01-01`))
      problems.check(
        field(index),
        msg('KEY_NOT_VALID_IN_YEAR', {
          key: key.keyName,
          version: key.version.versionNumber,
          from: validFrom ?? '…',
          to: validTo ?? '…',
          year,
        }),
      );
  });
}

@Injectable()
export class AllocationService {
  constructor(
    private readonly runRepository: AllocationRunRepository,
    private readonly driverRepository: AllocationDriverRepository,
    private readonly initiativeRepository: InitiativeRepository,
    private readonly costItems: CostItemRepository,
    private readonly participants: ParticipantRepository,
    private readonly organisations: OrganisationRepository,
    private readonly keyRepository: CostSharingKeyRepository,
    private readonly initiatives: InitiativeService,
    private readonly mutations: Mutations,
  ) {}

  /**
   * Allocates every cost item of the initiative's year among its paying participants and stores the run,
   * all in one transaction. `supersedes` (optional) is the current run the caller saw (null for none):
   * if another run has become current since, the call fails with CONFLICT and stores nothing.
   */
  async run(
    actor: Actor,
    initiativeId: string,
    year: number,
    supersedes?: string | null,
    reconciliation: AllocationReconciliation = AllocationReconciliation.REQUIRE_EXACT,
  ): Promise<AllocationRunEntity> {
    assertUuid('initiativeId', initiativeId);
    checkYear(year);
    if (supersedes !== undefined && supersedes !== null) assertUuid('supersedes', supersedes);
    const { run } = await this.mutations.mutate(actor, {
      load: async () => {
        const initiative = await this.initiativeRepository.findByIdForUpdate(initiativeId);
        if (!initiative) throw notFound('Initiative', initiativeId);
        return { initiative, current: await this.runRepository.current(initiativeId, year) };
      },
      authorise: ({ initiative, current }) => {
        this.initiatives.assertCanEdit(actor, initiative);
        if (supersedes !== undefined && (current?.id ?? null) !== supersedes) {
          throw conflict(
            current
              ? msg('RUN_SUPERSEDED_MEANWHILE', {
                  runId: current.id,
                  createdAt: current.createdAt.toISOString(),
                  initiative: initiative.code,
                  year,
                })
              : msg('NO_CURRENT_RUN', { initiative: initiative.code, year }),
            { currentRunId: current?.id ?? null },
          );
        }
      },
      apply: async ({ initiative, current }) => {
        const { allocations, participants } = await this.computeYear(initiative, year);
        // The rule is cost-model's: refuse an unexplained difference, or set the cost items from the keys.
        const resolved = resolveReconciliation(
          allocations.map((a) => a.reconciliation),
          reconciliation,
        );
        if (resolved.refused)
          throw badInput(
            'reconciliation',
            msg('ALLOCATION_DIFFERENCE', {
              initiative: initiative.code,
              year,
              costItemAmount: resolved.recorded.costItemAmount,
              allocatedTotal: resolved.recorded.allocatedTotal,
              difference: resolved.recorded.difference,
              items: allocations
                .filter((a) => !a.reconciliation.reconciles)
                .map((a) => a.item.description || a.item.category),
            }),
          );
        const itemChanges: { before: CostItemEntity; after: CostItemEntity }[] = [];
        for (const { index, after } of resolved.setCostItems) {
          const before = allocations[index].item;
          const updated = await this.costItems.updateAtVersion(before.id, before.version, {
            year: before.year,
            category: before.category,
            description: before.description,
            plannedAmount: after,
            actualAmount: before.actualAmount,
            costSharingKeyId: before.costSharingKeyId,
            fundingScheme: before.fundingScheme,
            payingOrganisationId: before.payingOrganisationId,
          });
          itemChanges.push({ before, after: updated });
          allocations[index] = { ...allocations[index], item: updated };
        }
        const runId = randomUUID();
        const lines = runLinesOf(allocations);
        const totals = runTotalsOf(allocations, lines);
        if (current) await this.runRepository.supersede(current.id, runId);
        const stored = await this.runRepository.insert(
          {
            id: runId,
            initiativeId: initiative.id,
            year,
            createdByUserId: actorUserId(actor),
            createdByEmail: actor.kind === 'SYSTEM' ? 'Gevinst (demo data)' : actor.email,
            inputs: runInputsOf(allocations, participants, current?.id ?? null),
            ...totals,
            costItemAmount: resolved.recorded.costItemAmount,
            difference: resolved.recorded.difference,
            reconciliation,
            lineCount: lines.length,
          },
          lines,
        );
        return { run: stored, ...totals, lineCount: lines.length, recorded: resolved.recorded, itemChanges };
      },
      audit: (
        { initiative, current },
        { run: stored, plannedTotal, actualTotal, lineCount, recorded, itemChanges },
      ) => [
        // A cost item set from its key is a CostItem update like any other, before the run that used it.
        ...itemChanges.map(({ before, after }) => ({
          operation: 'updateCostItem',
          entityType: 'CostItem',
          entityId: after.id,
          ownerOrganisationId: initiative.ownerId,
          initiativeId: initiative.id,
          before,
          after: { ...after, setFromKeyByRunId: stored.id },
        })),
        {
          operation: 'runAllocation',
          entityType: 'AllocationRun',
          entityId: stored.id,
          ownerOrganisationId: initiative.ownerId,
          initiativeId: initiative.id,
          before: current ? { currentRunId: current.id } : null,
          after: {
            id: stored.id,
            initiativeId,
            year,
            plannedTotal,
            actualTotal,
            lineCount,
            costItemAmount: recorded.costItemAmount,
            difference: recorded.difference,
            reconciliation,
          },
        },
      ],
    });
    return run;
  }

  /**
   * What a key would give for the initiative's year, computed without storing anything: the planned
   * costs of the year (or `total`) split among the paying participants by `spec`, or by the current rules
   * of `keyId`, or by the initiative's own key.
   */
  async preview(
    actor: Actor,
    args: {
      initiativeId: string;
      year: number;
      keyId?: string | null;
      spec?: Record<string, unknown> | null;
      /** The typed key specification; exactly one of spec and keySpec, or neither. */
      keySpec?: KeySpecInput | null;
      total?: string | null;
      populationYear?: number | null;
      language?: ExplanationLanguage;
    },
  ) {
    assertUuid('initiativeId', args.initiativeId);
    checkYear(args.year);
    if (args.populationYear !== undefined && args.populationYear !== null)
      if (args.populationYear < LIMITS.populationYear.min || args.populationYear > LIMITS.populationYear.max)
        throw badInput(
          'populationYear',
          msg('NOT_BETWEEN', { ...LIMITS.populationYear, got: String(args.populationYear) }),
        );
    if (args.keyId) assertUuid('keyId', args.keyId);
    if (args.total !== undefined && args.total !== null) {
      const problem = nokAmountProblem(args.total);
      if (problem) throw badInput('total', problem);
    }
    return this.runRepository.repeatableRead(async () => {
      const initiative = await this.initiativeRepository.findById(args.initiativeId);
      if (!initiative) throw notFound('Initiative', args.initiativeId);
      // A preview splits the costs among every paying participant: the whole initiative's detail.
      assertCanSeeInitiativeFinancials(actor, initiative);
      let version: Pick<CostSharingKeyVersionEntity, 'spec' | 'populationYear'>;
      const draftSpec = specOfInput(args.spec, args.keySpec);
      if (draftSpec) {
        version = { spec: draftSpec, populationYear: null };
        const key = args.keyId ? await this.currentVersions([args.keyId]) : null;
        if (key) version.populationYear = key.get(args.keyId!)!.version.populationYear;
      } else {
        const keyId = args.keyId ?? initiative.costSharingKeyId;
        if (!keyId) throw badInput('keyId', msg('KEY_OR_SPEC', { initiative: initiative.code }));
        version = { ...(await this.currentVersions([keyId])).get(keyId)!.version };
      }
      if (args.populationYear !== undefined) version.populationYear = args.populationYear;
      const inputs = await this.inputs(initiative, args.year, [version as CostSharingKeyVersionEntity]);
      const participants = participantsFor(inputs, version.spec, version.populationYear);
      const rule = costSharingTotalRule(version.spec.method);
      // What the allocation is compared with: the total asked for, else the year's planned costs.
      const costItemAmount = args.total || (await this.costItems.plannedSum(initiative.id, args.year));
      if (costItemAmount === null && rule === 'REQUIRED')
        throw badInput(
          'total',
          msg('NO_COST_ITEMS_TO_PREVIEW', { initiative: initiative.code, year: args.year }),
        );
      const total = rule === 'FORBIDDEN' ? null : costItemAmount;
      try {
        const result = allocate(total, participants, version.spec, {
          language: args.language === ExplanationLanguage.NB ? 'nb' : 'en',
        });
        const reconciliation =
          costItemAmount === null ? null : reconcile(costItemAmount, result, version.spec, total);
        return {
          total: result.total,
          costItemAmount,
          allocatedTotal: result.total,
          difference: reconciliation?.difference ?? null,
          reconciles: reconciliation?.reconciles ?? null,
          keyFixesTotal: keyFixesTotal(version.spec, total),
          lines: result.lines.map((line) => ({
            organisationId: line.participantId,
            amount: line.amount,
            share: line.share,
            explanation: line.explanation,
          })),
        };
      } catch (error) {
        rethrowCostModel(error, draftSpec ? (args.keySpec ? 'keySpec' : 'spec') : 'keyId');
      }
    });
  }

  /**
   * What a run of the initiative's year would allocate now, stored nowhere (issue 21's budget forecast):
   * the very computation `run` makes (computeYear: the year's cost items, the keys' current versions, the
   * same inputs and allocateItem), so a run with the same data gives the same amounts to the øre.
   */
  async wouldAllocate(
    initiative: InitiativeEntity,
    year: number,
  ): Promise<{ allocations: ItemAllocation[]; participants: AllocationInputs['participants'] }> {
    checkYear(year);
    return this.runRepository.repeatableRead(() => this.computeYear(initiative, year));
  }

  private async computeYear(
    initiative: InitiativeEntity,
    year: number,
  ): Promise<{ allocations: ItemAllocation[]; participants: AllocationInputs['participants'] }> {
    const items = await this.costItems.ofYear(initiative.id, year);
    if (!items.length)
      throw badInput('year', msg('NO_COST_ITEMS_TO_ALLOCATE', { initiative: initiative.code, year }));
    const problems = new InputProblems();
    items.forEach((item, index) => {
      if (!item.costSharingKeyId && !initiative.costSharingKeyId)
        problems.check(
          `costItems[${index}]`,
          msg('COST_ITEM_WITHOUT_KEY', {
            item: item.description || item.category,
            initiative: initiative.code,
          }),
        );
    });
    problems.throwIfAny();
    const keyIds = [...new Set(items.map((item) => (item.costSharingKeyId ?? initiative.costSharingKeyId)!))];
    const keys = await this.currentVersions(keyIds);
    checkValidInYear([...keys.values()], year, problems, () => 'year');
    problems.throwIfAny();
    const inputs = await this.inputs(
      initiative,
      year,
      [...keys.values()].map((k) => k.version),
    );
    const allocations = items.map((item) =>
      allocateItem(inputs, item, keys.get((item.costSharingKeyId ?? initiative.costSharingKeyId)!)!),
    );
    return { allocations, participants: inputs.participants };
  }

  /**
   * For the key comparison: what a run of the year would compute if each of `keys` were the key of every
   * cost item of the year — the same cost items, inputs (paying participants with their organisation
   * numbers as tie keys, stored populations, driver values) and allocateItem as `run` — stored nowhere.
   * NO_COST_ITEMS_TO_COMPARE for a year without cost items.
   */
  async allocationsByKey(
    initiative: InitiativeEntity,
    year: number,
    keys: readonly KeyInUse[],
  ): Promise<{ items: CostItemEntity[]; participants: PayingParticipant[]; byKey: ItemAllocation[][] }> {
    checkYear(year);
    const items = await this.costItems.ofYear(initiative.id, year);
    if (!items.length)
      throw badInput('year', msg('NO_COST_ITEMS_TO_COMPARE', { initiative: initiative.code, year }));
    const inputs = await this.inputs(
      initiative,
      year,
      keys.map((k) => k.version),
    );
    return {
      items,
      participants: inputs.participants,
      byKey: keys.map((key) => items.map((item) => allocateItem(inputs, item, key))),
    };
  }

  /**
   * Everything an allocation reads besides the cost items, with a handful of set-based statements: the
   * paying participants, their stored populations (only if a key reads population) and driver values.
   */
  private async inputs(
    initiative: InitiativeEntity,
    year: number,
    versions: CostSharingKeyVersionEntity[],
  ): Promise<AllocationInputs> {
    const participants = payingParticipants(
      initiative,
      await this.participants.payingWithGroups(initiative.id),
    );
    const populations = readsPopulation(versions)
      ? await this.organisations.populationsOf(
          participants.map((p) => p.organisationId),
          populationYearsOf(versions, year),
        )
      : [];
    const drivers = await this.runRepository.driverValues(initiative.id, year);
    return inputsOf(initiative, year, participants, populations, drivers);
  }

  /** The keys' current versions (NOT_FOUND for an unknown key). */
  async currentVersions(keyIds: string[]): Promise<Map<string, KeyInUse>> {
    const { keys, versions: versionRows } = await this.keyRepository.currentVersions(keyIds);
    const result = new Map<string, KeyInUse>();
    for (const key of keys) {
      const version = versionRows.find((v) => v.keyId === key.id);
      if (version) result.set(key.id, { keyId: key.id, keyName: key.name, version });
    }
    for (const id of keyIds) if (!result.has(id)) throw notFound('Cost-sharing key', id);
    return result;
  }

  async setDrivers(actor: Actor, input: SetAllocationDriversInput): Promise<AllocationDriverEntity[]> {
    assertUuid('initiativeId', input.initiativeId);
    checkYear(input.year);
    const driver = input.driver.trim();
    const problems = new InputProblems()
      .check(
        'driver',
        driver === 'population'
          ? msg('POPULATION_NOT_ENTERED')
          : DRIVER_NAME.test(driver)
            ? null
            : msg('DRIVER_NAME_FORMAT', { max: LIMITS.driverName }),
      )
      .check(
        'values',
        input.values.length
          ? input.values.length > LIMITS.driverValuesPerCall
            ? msg('TOO_MANY_AT_ONCE', { max: LIMITS.driverValuesPerCall })
            : null
          : msg('VALUES_REQUIRED'),
      )
      .check(
        'source',
        input.source && input.source.length > LIMITS.driverSource
          ? msg('TOO_LONG', { max: LIMITS.driverSource })
          : null,
      );
    const seen = new Set<string>();
    input.values.forEach((value, index) => {
      if (!isUuid(value.organisationId)) problems.check(`values[${index}].organisationId`, msg('NOT_A_UUID'));
      else if (seen.has(value.organisationId))
        problems.check(`values[${index}].organisationId`, msg('LISTED_TWICE'));
      seen.add(value.organisationId);
      const given = value.decimalValue ?? value.value;
      if ((value.decimalValue == null) === (value.value == null))
        problems.check(
          `values[${index}].decimalValue`,
          msg('DRIVER_VALUE_ONE_OF', { given: given == null ? 'neither' : 'both' }),
        );
      else if (!DRIVER_VALUE.test(given ?? ''))
        problems.check(
          `values[${index}].${value.decimalValue == null ? 'value' : 'decimalValue'}`,
          msg('DRIVER_VALUE_FORMAT', { decimals: DRIVER_DECIMALS, got: `"${(given ?? '').slice(0, 40)}"` }),
        );
    });
    problems.throwIfAny();
    // decimalValue or the deprecated value, whichever was given (exactly one, checked above).
    const driverValues = input.values.map((v) => ({
      organisationId: v.organisationId,
      value: (v.decimalValue ?? v.value) as string,
    }));
    const values = {
      initiativeId: input.initiativeId,
      year: input.year,
      driver,
      organisationIds: input.values.map((v) => v.organisationId),
    };
    return this.mutations
      .mutate(actor, {
        load: async () => {
          const initiative = await this.initiativeRepository.findById(input.initiativeId);
          if (!initiative) throw notFound('Initiative', input.initiativeId);
          return initiative;
        },
        authorise: async (initiative) => {
          this.initiatives.assertCanEdit(actor, initiative);
          const participants = await this.participants.organisationIds(initiative.id);
          const notParticipating = new InputProblems();
          input.values.forEach((value, index) => {
            if (!participants.has(value.organisationId))
              notParticipating.check(
                `values[${index}].organisationId`,
                msg('NOT_PARTICIPATING', {
                  organisationId: value.organisationId,
                  initiative: initiative.code,
                }),
              );
          });
          notParticipating.throwIfAny();
        },
        apply: async () => {
          const before = await this.driverRepository.values(values);
          await this.driverRepository.upsert({
            initiativeId: input.initiativeId,
            year: input.year,
            driver,
            source: input.source?.trim() ?? '',
            values: driverValues,
          });
          return {
            before,
            after: await this.driverRepository.ofDriver(input.initiativeId, input.year, driver),
          };
        },
        audit: (initiative, { before }) => ({
          operation: 'setAllocationDrivers',
          entityType: 'Initiative',
          entityId: initiative.id,
          ownerOrganisationId: initiative.ownerId,
          initiativeId: initiative.id,
          before: { drivers: before },
          after: { year: input.year, driver, values: driverValues, source: input.source ?? '' },
        }),
      })
      .then(({ after }) => after);
  }

  /** The initiative, or NOT_FOUND; FORBIDDEN unless the actor may see its whole financial detail. */
  private async initiativeWithFinancials(actor: Actor, initiativeId: string): Promise<InitiativeEntity> {
    const initiative = await this.initiativeRepository.findById(initiativeId);
    if (!initiative) throw notFound('Initiative', initiativeId);
    assertCanSeeInitiativeFinancials(actor, initiative);
    return initiative;
  }

  /** Driver values of every participant (not public figures): the whole initiative's financial detail. */
  async drivers(actor: Actor, args: AllocationDriversArgs): Promise<AllocationDriverEntity[]> {
    const { initiativeId, sort, offset, limit, ...filter } = withFilter(args);
    if (!initiativeId) throw badInput('filter.initiativeId', msg('REQUIRED'));
    assertUuid('initiativeId', initiativeId);
    if (filter.organisationId) assertUuid('filter.organisationId', filter.organisationId);
    if (filter.year !== undefined && filter.year !== null) checkYear(filter.year);
    assertListWindow({ offset, limit });
    await this.initiativeWithFinancials(actor, initiativeId);
    return this.driverRepository.ofInitiative(initiativeId, filter, sort, { offset, limit });
  }

  /** An initiative's runs (their inputs name every participant's figures): the whole initiative's detail. */
  async runs(actor: Actor, args: AllocationRunsArgs): Promise<AllocationRunEntity[]> {
    const { initiativeId, sort, offset, limit, ...filter } = withFilter(args);
    if (!initiativeId) throw badInput('filter.initiativeId', msg('REQUIRED'));
    assertUuid('initiativeId', initiativeId);
    assertListWindow({ offset, limit });
    await this.initiativeWithFinancials(actor, initiativeId);
    return this.runRepository.ofInitiative(initiativeId, filter, sort, { offset, limit });
  }

  /** One run, for those who may see its initiative's whole financial detail (else FORBIDDEN). */
  async findRun(actor: Actor, id: string): Promise<AllocationRunEntity> {
    assertUuid('id', id);
    const run = await this.runRepository.find(id);
    if (!run) throw notFound('Allocation run', id);
    await this.initiativeWithFinancials(actor, run.initiativeId);
    return run;
  }
}
