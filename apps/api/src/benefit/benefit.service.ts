import {
  BenefitStatus,
  IndicatorDirection,
  IndicatorKind,
  effectStartProblem,
  LIMITS,
  type Message,
  MeasurementFrequency,
  msg,
  nokAmountProblem,
  ragMatches,
  requiresReceivingOrganisation,
  valuePerUnitProblem,
} from '@gevinst/domain';
import { todayInNorway } from '../common/today.js';
import { realisation } from '@gevinst/cost-model';
import { Injectable } from '@nestjs/common';
import type { Actor } from '../auth/actor.js';
import { Mutations } from '../audit/mutation.js';
import { InputProblems, conflict, notFound, staleVersion } from '../common/errors.js';
import { acceptMoneyInput } from '../common/money-input.js';
import { assertUuid, isUuid } from '../common/ids.js';
import { Page, PageArgs, assertPage } from '../common/pagination.js';
import type { InitiativeEntity } from '../initiative/initiative.entity.js';
import { InitiativeRepository } from '../initiative/initiative.repository.js';
import { InitiativeService } from '../initiative/initiative.service.js';
import { OrganisationRepository } from '../organisation/organisation.repository.js';
import { UserRepository } from '../user/user.repository.js';
import type { BenefitEntity } from './benefit.entity.js';
import { type BenefitFields, BenefitRepository, type RiskRow, type TargetRow } from './benefit.repository.js';
import { BenefitFilter } from './dto/benefit-filter.input.js';
import { BenefitRiskInput } from './dto/benefit-risk.input.js';
import { BenefitSort } from './dto/benefit-sort.input.js';
import { CreateBenefitInput } from './dto/create-benefit.input.js';
import { IndicatorValueInput } from './dto/indicator-value.input.js';
import { UpdateBenefitInput } from './dto/update-benefit.input.js';

/**
 * Benefits with their targets and risks: each change is load → authorise (the initiative's editors, the
 * version, the benefit's rules) → apply → audit in one transaction (Mutations); the SQL is
 * BenefitRepository's.
 */
@Injectable()
export class BenefitService {
  constructor(
    private readonly benefits: BenefitRepository,
    private readonly initiatives: InitiativeRepository,
    private readonly organisations: OrganisationRepository,
    private readonly users: UserRepository,
    private readonly initiativeRules: InitiativeService,
    private readonly mutations: Mutations,
  ) {}

  async list(
    filter: BenefitFilter | undefined,
    sort: BenefitSort | undefined,
    page: PageArgs,
  ): Promise<Page<BenefitEntity>> {
    assertPage(page);
    const problems = new InputProblems();
    for (const key of ['initiativeId', 'receivingOrganisationId'] as const) {
      const value = filter?.[key];
      if (value !== undefined && value !== null && !isUuid(value))
        problems.check(`filter.${key}`, msg('NOT_A_UUID_GOT', { got: `"${value.slice(0, 80)}"` }));
    }
    if (filter?.search && filter.search.length > LIMITS.search)
      problems.check('filter.search', msg('TOO_LONG', { max: LIMITS.search }));
    if (filter?.initiativeIds) {
      if (filter.initiativeIds.length > LIMITS.pageSize)
        problems.check('filter.initiativeIds', msg('TOO_MANY', { max: LIMITS.pageSize }));
      const wrong = filter.initiativeIds.find((id) => !isUuid(id));
      if (wrong !== undefined)
        problems.check('filter.initiativeIds', msg('NOT_A_UUID_GOT', { got: `"${wrong.slice(0, 80)}"` }));
    }
    problems.throwIfAny();
    const selected = filter ?? {};
    if (!selected.rag?.length) return this.benefits.page(selected, sort, page);
    // By status today: the benefits (not cancelled) whose status matches, found first, then paged in SQL.
    const rag = selected.rag;
    const statuses = await this.benefits.ragOf(
      await this.benefits.initiativeIdsMatching(selected),
      todayInNorway(),
    );
    const ids = [...statuses].filter(([, status]) => ragMatches(status, rag)).map(([id]) => id);
    return this.benefits.page({ ...selected, ids }, sort, page);
  }

  async findById(id: string): Promise<BenefitEntity> {
    assertUuid('id', id);
    const benefit = await this.benefits.findById(id);
    if (!benefit) throw notFound('Benefit', id);
    return benefit;
  }

  create(actor: Actor, input: CreateBenefitInput): Promise<BenefitEntity> {
    assertUuid('initiativeId', input.initiativeId);
    acceptMoneyInput(input, 'CreateBenefitInput');
    const fields: BenefitFields = {
      title: input.title.trim(),
      description: input.description?.trim() ?? '',
      category: input.category,
      isDisBenefit: input.isDisBenefit ?? false,
      receivingOrganisationId: input.receivingOrganisationId ?? null,
      ownerName: input.owner.name.trim(),
      ownerRole: input.owner.role?.trim() ?? '',
      ownerUserId: input.owner.userId ?? null,
      indicatorName: input.indicator.name.trim(),
      indicatorUnit: input.indicator.unit.trim(),
      direction: input.indicator.direction,
      baselineValue: input.baseline.value,
      baselineDate: input.baseline.date,
      effectStart: input.effectStart ?? null,
      indicatorKind: input.indicator.kind ?? IndicatorKind.RATE,
      valuePerUnit: input.valuePerUnit ?? null,
      measurementMethod: input.measurementMethod?.trim() ?? '',
      measurementFrequency: input.measurementFrequency ?? MeasurementFrequency.YEARLY,
      status: input.status ?? BenefitStatus.IDENTIFIED,
    };
    const targets = input.targets ?? [];
    const risks = input.risks ?? [];
    return this.mutations.mutate(actor, {
      load: () => this.initiativeFor(input.initiativeId),
      authorise: async (initiative) => {
        this.initiativeRules.assertCanEdit(actor, initiative);
        const problems = await this.validate(fields, targets, risks, null);
        problems.check('changeReason', changeReasonProblem(input.changeReason));
        problems.throwIfAny();
      },
      apply: (initiative) =>
        this.benefits.insert(initiative.id, fields, sortedTargets(targets), riskRows(risks)),
      audit: (initiative, after) => ({
        operation: 'createBenefit',
        entityType: 'Benefit',
        entityId: after.id,
        ownerOrganisationId: initiative.ownerId,
        initiativeId: initiative.id,
        after: { ...after, targets: sortedTargets(targets), risks, ...changeReasonOf(input.changeReason) },
      }),
    });
  }

  update(actor: Actor, input: UpdateBenefitInput): Promise<BenefitEntity> {
    assertUuid('id', input.id);
    acceptMoneyInput(input, 'UpdateBenefitInput');
    return this.mutations.mutate(actor, {
      load: async () => {
        const { current, initiative } = await this.benefitWithInitiative(input.id);
        const fields: BenefitFields = {
          title: input.title?.trim() ?? current.title,
          description: input.description?.trim() ?? current.description,
          category: input.category ?? current.category,
          isDisBenefit: input.isDisBenefit ?? current.isDisBenefit,
          receivingOrganisationId:
            input.receivingOrganisationId === undefined
              ? current.receivingOrganisationId
              : input.receivingOrganisationId,
          ownerName: input.owner ? input.owner.name.trim() : current.ownerName,
          ownerRole: input.owner ? (input.owner.role?.trim() ?? '') : current.ownerRole,
          ownerUserId: input.owner ? (input.owner.userId ?? null) : current.ownerUserId,
          indicatorName: input.indicator ? input.indicator.name.trim() : current.indicatorName,
          indicatorUnit: input.indicator ? input.indicator.unit.trim() : current.indicatorUnit,
          direction: input.indicator ? input.indicator.direction : current.direction,
          baselineValue: input.baseline ? input.baseline.value : current.baselineValue,
          baselineDate: input.baseline ? input.baseline.date : current.baselineDate,
          effectStart: input.effectStart === undefined ? current.effectStart : input.effectStart,
          indicatorKind: input.indicator?.kind ?? current.indicatorKind,
          valuePerUnit: input.valuePerUnit === undefined ? current.valuePerUnit : input.valuePerUnit,
          measurementMethod: input.measurementMethod?.trim() ?? current.measurementMethod,
          measurementFrequency: input.measurementFrequency ?? current.measurementFrequency,
          status: input.status ?? current.status,
        };
        const currentTargets = await this.benefits.targetsOf(current.id);
        const currentRisks = await this.benefits.risksOf(current.id);
        return { current, initiative, fields, currentTargets, currentRisks };
      },
      authorise: async ({ current, initiative, fields, currentTargets }) => {
        this.initiativeRules.assertCanEdit(actor, initiative);
        if (current.version !== input.version) throw staleVersion('Benefit', current.version, input.version);
        const targets = input.targets ?? currentTargets.map(({ date, value }) => ({ date, value }));
        const problems = await this.validate(fields, targets, input.risks ?? [], current.id);
        problems.check('changeReason', changeReasonProblem(input.changeReason));
        problems.throwIfAny();
      },
      // Someone else's update may have committed between the read and this write: CONFLICT then.
      apply: ({ current, fields }) =>
        this.benefits.updateAtVersion(
          current.id,
          input.version,
          fields,
          input.targets ? sortedTargets(input.targets) : null,
          input.risks ? riskRows(input.risks) : null,
        ),
      audit: ({ current, initiative, currentTargets, currentRisks }, after) => ({
        operation: 'updateBenefit',
        entityType: 'Benefit',
        entityId: current.id,
        ownerOrganisationId: initiative.ownerId,
        initiativeId: initiative.id,
        before: { ...current, targets: currentTargets, risks: currentRisks },
        after: {
          ...after,
          ...(input.targets ? { targets: sortedTargets(input.targets) } : {}),
          ...(input.risks ? { risks: input.risks } : {}),
          ...changeReasonOf(input.changeReason),
        },
      }),
    });
  }

  /**
   * Deletes a benefit that has no measurements and no benefit owner reports (its history must stay
   * readable: set the status to CANCELLED instead). Its targets, risks and benefits-map edges go with it.
   */
  delete(actor: Actor, id: string, version: number, changeReason?: string | null): Promise<string> {
    assertUuid('id', id);
    const reasonProblems = new InputProblems();
    reasonProblems.check('changeReason', changeReasonProblem(changeReason));
    reasonProblems.throwIfAny();
    return this.mutations.mutate(actor, {
      load: () => this.benefitWithInitiative(id),
      authorise: async ({ current, initiative }) => {
        this.initiativeRules.assertCanEdit(actor, initiative);
        if (current.version !== version) throw staleVersion('Benefit', current.version, version);
        const { measurements, reports } = await this.benefits.historyOf(id);
        if (measurements > 0 || reports > 0)
          throw conflict(msg('BENEFIT_HAS_HISTORY', { title: current.title, measurements, reports }));
      },
      apply: async () => {
        if (!(await this.benefits.deleteAtVersion(id, version)))
          throw staleVersion('Benefit', undefined, version);
        return id;
      },
      audit: ({ current, initiative }) => ({
        operation: 'deleteBenefit',
        entityType: 'Benefit',
        entityId: id,
        ownerOrganisationId: initiative.ownerId,
        initiativeId: initiative.id,
        before: current,
        after: changeReason?.trim() ? changeReasonOf(changeReason) : null,
      }),
    });
  }

  private async benefitWithInitiative(
    id: string,
  ): Promise<{ current: BenefitEntity; initiative: InitiativeEntity }> {
    const current = await this.benefits.findById(id);
    if (!current) throw notFound('Benefit', id);
    return { current, initiative: await this.initiativeFor(current.initiativeId) };
  }

  private async initiativeFor(id: string): Promise<InitiativeEntity> {
    const initiative = await this.initiatives.findById(id);
    if (!initiative) throw notFound('Initiative', id);
    return initiative;
  }

  private async validate(
    fields: BenefitFields,
    targets: readonly IndicatorValueInput[],
    risks: readonly BenefitRiskInput[],
    selfId: string | null,
  ): Promise<InputProblems> {
    const problems = new InputProblems();
    problems.check('title', textProblem(fields.title, LIMITS.name, true));
    problems.check('description', textProblem(fields.description, LIMITS.longText, false));
    problems.check('owner.name', textProblem(fields.ownerName, LIMITS.name, true));
    problems.check('owner.role', textProblem(fields.ownerRole, LIMITS.name, false));
    problems.check('indicator.name', textProblem(fields.indicatorName, LIMITS.name, true));
    problems.check('indicator.unit', textProblem(fields.indicatorUnit, LIMITS.indicatorUnit, true));
    problems.check('measurementMethod', textProblem(fields.measurementMethod, LIMITS.longText, false));

    if (fields.receivingOrganisationId === null) {
      if (requiresReceivingOrganisation(fields.category))
        problems.check('receivingOrganisationId', msg('RECEIVER_REQUIRED', { category: fields.category }));
    } else if (!isUuid(fields.receivingOrganisationId)) {
      problems.check('receivingOrganisationId', msg('NOT_A_UUID'));
    } else if (!(await this.organisations.exists(fields.receivingOrganisationId))) {
      problems.check(
        'receivingOrganisationId',
        msg('ORGANISATION_MISSING', { id: fields.receivingOrganisationId }),
      );
    }
    if (fields.ownerUserId !== null) {
      if (!isUuid(fields.ownerUserId)) problems.check('owner.userId', msg('NOT_A_UUID'));
      else if (!(await this.users.findById(fields.ownerUserId)))
        problems.check('owner.userId', msg('USER_MISSING', { id: fields.ownerUserId }));
    }

    if (fields.valuePerUnit !== null) {
      problems.check('valuePerUnit', nokAmountProblem(fields.valuePerUnit));
      problems.check('valuePerUnit', valuePerUnitProblem(fields.category, fields.valuePerUnit));
    }

    if (targets.length > LIMITS.benefitTargets)
      problems.check('targets', msg('TOO_MANY', { max: LIMITS.benefitTargets }));
    const seen = new Map<string, number>();
    targets.forEach((target, index) => {
      if (target.date <= fields.baselineDate)
        problems.check(
          `targets[${index}].date`,
          msg('TARGET_NOT_AFTER_BASELINE', { baselineDate: fields.baselineDate, date: target.date }),
        );
      const twin = seen.get(target.date);
      if (twin !== undefined)
        problems.check(
          `targets[${index}].date`,
          msg('TARGET_DATE_TWICE', { date: target.date, also: `targets[${twin}]` }),
        );
      seen.set(target.date, index);
    });

    const firstTarget = targets.length ? sortedTargets(targets)[0].date : null;
    problems.check('effectStart', effectStartProblem(fields.effectStart, fields.baselineDate, firstTarget));

    if (!problems.any && targets.length) {
      // The direction of the plan, by cost-model: the planned improvement at the last target is negative
      // for a dis-benefit and positive (or nothing) for a benefit.
      const sorted = sortedTargets(targets);
      const last = sorted[sorted.length - 1];
      const planned = realisation(
        {
          baseline: { date: fields.baselineDate, value: fields.baselineValue },
          direction: fields.direction,
          targets: sorted,
        },
        [],
        last.date,
      ).plannedImprovement;
      const worse = planned.startsWith('-');
      const better = !worse && planned !== '0';
      const way = fields.direction === IndicatorDirection.INCREASE ? 'higher' : 'lower';
      const plan = { value: last.value, date: last.date, baseline: fields.baselineValue, way } as const;
      if (fields.isDisBenefit && better)
        problems.check('isDisBenefit', msg('DIS_BENEFIT_TARGET_BETTER', plan));
      if (!fields.isDisBenefit && worse) problems.check('targets', msg('TARGET_WORSE_THAN_BASELINE', plan));
    }

    if (risks.length > LIMITS.benefitRisks)
      problems.check('risks', msg('TOO_MANY', { max: LIMITS.benefitRisks }));
    risks.forEach((risk, index) => {
      problems.check(
        `risks[${index}].description`,
        textProblem(risk.description.trim(), LIMITS.longText, true),
      );
      problems.check(
        `risks[${index}].mitigation`,
        textProblem(risk.mitigation?.trim() ?? '', LIMITS.longText, false),
      );
    });

    if (selfId !== null && !problems.any) {
      const { count, first } = await this.benefits.measurementsBefore(selfId, fields.baselineDate);
      if (count > 0)
        problems.check(
          'baseline.date',
          msg('BASELINE_AFTER_MEASUREMENTS', {
            count,
            baselineDate: fields.baselineDate,
            first: first ?? '',
          }),
        );
    }
    return problems;
  }
}

/** A change's reason: optional, at most LIMITS.measurementComment characters. */
function changeReasonProblem(reason: string | null | undefined): Message | null {
  return textProblem(reason?.trim() ?? '', LIMITS.measurementComment, false);
}

/** The audit's record of a change's reason ({} when none was given). */
function changeReasonOf(reason: string | null | undefined): { changeReason?: string } {
  const trimmed = reason?.trim();
  return trimmed ? { changeReason: trimmed } : {};
}

function textProblem(value: string, max: number, required: boolean): Message | null {
  if (required && !value) return msg('REQUIRED');
  if (value.length > max) return msg('TOO_LONG', { max });
  return null;
}

/** The risks as stored: in the order given, texts trimmed. */
function riskRows(risks: readonly BenefitRiskInput[]): RiskRow[] {
  return risks.map((risk) => ({
    description: risk.description.trim(),
    likelihood: risk.likelihood,
    impact: risk.impact,
    mitigation: risk.mitigation?.trim() ?? '',
  }));
}

function sortedTargets(targets: readonly IndicatorValueInput[]): TargetRow[] {
  return [...targets]
    .map(({ date, value }) => ({ date, value }))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
