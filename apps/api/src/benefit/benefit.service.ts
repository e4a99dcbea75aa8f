import {
  BenefitStatus,
  IndicatorDirection,
  LIMITS,
  type Message,
  MeasurementFrequency,
  msg,
  nokAmountProblem,
  requiresReceivingOrganisation,
  valuePerUnitProblem,
} from '@gevinst/domain';
import { realisation } from '@gevinst/cost-model';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../auth/actor.js';
import { updateAtVersion } from '../common/versioned-entity.js';
import { AuditService } from '../audit/audit.service.js';
import { InputProblems, conflict, notFound, staleVersion } from '../common/errors.js';
import { assertUuid, isUuid, likePattern } from '../common/ids.js';
import { Page, PageArgs, assertPage } from '../common/pagination.js';
import { SortDirection } from '../common/sort-direction.enum.js';
import { applySort } from '../common/sorting.js';
import { InitiativeEntity } from '../initiative/initiative.entity.js';
import { InitiativeService } from '../initiative/initiative.service.js';
import { OrganisationEntity } from '../organisation/organisation.entity.js';
import { UserEntity } from '../user/user.entity.js';
import { BenefitRiskEntity } from './benefit-risk.entity.js';
import { BenefitTargetEntity } from './benefit-target.entity.js';
import { BenefitEntity } from './benefit.entity.js';
import { BenefitFilter } from './dto/benefit-filter.input.js';
import { BenefitRiskInput } from './dto/benefit-risk.input.js';
import { BenefitSort, BenefitSortField } from './dto/benefit-sort.input.js';
import { CreateBenefitInput } from './dto/create-benefit.input.js';
import { IndicatorValueInput } from './dto/indicator-value.input.js';
import { UpdateBenefitInput } from './dto/update-benefit.input.js';

/** The stored fields of a benefit that an input sets (everything but ids, flags and bookkeeping). */
type BenefitFields = Pick<
  BenefitEntity,
  | 'title'
  | 'description'
  | 'category'
  | 'isDisBenefit'
  | 'receivingOrganisationId'
  | 'ownerName'
  | 'ownerRole'
  | 'ownerUserId'
  | 'indicatorName'
  | 'indicatorUnit'
  | 'direction'
  | 'baselineValue'
  | 'baselineDate'
  | 'valuePerUnit'
  | 'measurementMethod'
  | 'measurementFrequency'
  | 'status'
>;

const BENEFIT_SORT_COLUMNS: Record<BenefitSortField, string> = {
  [BenefitSortField.INITIATIVE]: '(SELECT i.code FROM initiatives i WHERE i.id = b.initiative_id)',
  [BenefitSortField.TITLE]: 'b.title',
  [BenefitSortField.CATEGORY]: 'b.category',
  [BenefitSortField.STATUS]: 'b.status',
  [BenefitSortField.BASELINE_DATE]: 'b.baseline_date',
  [BenefitSortField.CREATED_AT]: 'b.created_at',
  [BenefitSortField.UPDATED_AT]: 'b.updated_at',
};
const BENEFIT_SORT_DEFAULT = { field: BenefitSortField.INITIATIVE, direction: SortDirection.ASC };

@Injectable()
export class BenefitService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly initiatives: InitiativeService,
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
    problems.throwIfAny();
    const query = this.db.getRepository(BenefitEntity).createQueryBuilder('b');
    if (filter?.initiativeId)
      query.andWhere('b.initiative_id = :initiativeId', { initiativeId: filter.initiativeId });
    if (filter?.receivingOrganisationId)
      query.andWhere('b.receiving_organisation_id = :receiving', {
        receiving: filter.receivingOrganisationId,
      });
    if (filter?.category?.length)
      query.andWhere('b.category IN (:...categories)', { categories: filter.category });
    if (filter?.status?.length) query.andWhere('b.status IN (:...statuses)', { statuses: filter.status });
    const search = filter?.search?.trim();
    if (search)
      query.andWhere("(b.title ILIKE :pattern ESCAPE '\\' OR b.indicator_name ILIKE :pattern ESCAPE '\\')", {
        pattern: likePattern(search),
      });
    applySort(query, sort, BENEFIT_SORT_COLUMNS, BENEFIT_SORT_DEFAULT, [
      'b.initiative_id',
      'b.created_at',
      'b.id',
    ]);
    query.offset(page.offset).limit(page.limit);
    const [nodes, totalCount] = await query.getManyAndCount();
    return { nodes, totalCount };
  }

  async findById(id: string): Promise<BenefitEntity> {
    assertUuid('id', id);
    const benefit = await this.db.getRepository(BenefitEntity).findOneBy({ id });
    if (!benefit) throw notFound('Benefit', id);
    return benefit;
  }

  async create(actor: Actor, input: CreateBenefitInput): Promise<BenefitEntity> {
    assertUuid('initiativeId', input.initiativeId);
    return this.db.transaction(async (em) => {
      const initiative = await em.getRepository(InitiativeEntity).findOneBy({ id: input.initiativeId });
      if (!initiative) throw notFound('Initiative', input.initiativeId);
      this.initiatives.assertCanEdit(actor, initiative);
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
        valuePerUnit: input.valuePerUnit ?? null,
        measurementMethod: input.measurementMethod?.trim() ?? '',
        measurementFrequency: input.measurementFrequency ?? MeasurementFrequency.YEARLY,
        status: input.status ?? BenefitStatus.IDENTIFIED,
      };
      const targets = input.targets ?? [];
      const risks = input.risks ?? [];
      const problems = await this.validate(em, fields, targets, risks, null);
      problems.throwIfAny();
      const benefit = await em
        .getRepository(BenefitEntity)
        .save(
          em
            .getRepository(BenefitEntity)
            .create({ ...fields, initiativeId: initiative.id, isDemo: false, version: 1 }),
        );
      await this.replaceTargets(em, benefit.id, targets);
      await this.replaceRisks(em, benefit.id, risks);
      const after = await em.getRepository(BenefitEntity).findOneByOrFail({ id: benefit.id });
      await this.audit.record(em, actor, {
        operation: 'createBenefit',
        entityType: 'Benefit',
        entityId: benefit.id,
        ownerOrganisationId: initiative.ownerId,
        initiativeId: initiative.id,
        after: { ...after, targets: sortedTargets(targets), risks },
      });
      return after;
    });
  }

  async update(actor: Actor, input: UpdateBenefitInput): Promise<BenefitEntity> {
    assertUuid('id', input.id);
    return this.db.transaction(async (em) => {
      const current = await em.getRepository(BenefitEntity).findOneBy({ id: input.id });
      if (!current) throw notFound('Benefit', input.id);
      const initiative = await em
        .getRepository(InitiativeEntity)
        .findOneByOrFail({ id: current.initiativeId });
      this.initiatives.assertCanEdit(actor, initiative);
      if (current.version !== input.version) throw staleVersion('Benefit', current.version, input.version);
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
        valuePerUnit: input.valuePerUnit === undefined ? current.valuePerUnit : input.valuePerUnit,
        measurementMethod: input.measurementMethod?.trim() ?? current.measurementMethod,
        measurementFrequency: input.measurementFrequency ?? current.measurementFrequency,
        status: input.status ?? current.status,
      };
      const currentTargets = await em
        .getRepository(BenefitTargetEntity)
        .find({ where: { benefitId: current.id }, order: { date: 'ASC' } });
      const targets = input.targets ?? currentTargets.map(({ date, value }) => ({ date, value }));
      const currentRisks = await em
        .getRepository(BenefitRiskEntity)
        .find({ where: { benefitId: current.id }, order: { position: 'ASC' } });
      const problems = await this.validate(em, fields, targets, input.risks ?? [], current.id);
      problems.throwIfAny();
      // Someone else's update may have committed between the read and this write.
      await updateAtVersion(em, BenefitEntity, 'Benefit', current.id, input.version, fields);
      if (input.targets) await this.replaceTargets(em, current.id, input.targets);
      if (input.risks) await this.replaceRisks(em, current.id, input.risks);
      const after = await em.getRepository(BenefitEntity).findOneByOrFail({ id: current.id });
      await this.audit.record(em, actor, {
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
        },
      });
      return after;
    });
  }

  /**
   * Deletes a benefit that has no measurements and no benefit owner reports (its history must stay
   * readable: set the status to CANCELLED instead). Its targets, risks and benefits-map edges go with it.
   */
  async delete(actor: Actor, id: string, version: number): Promise<string> {
    assertUuid('id', id);
    return this.db.transaction(async (em) => {
      const current = await em.getRepository(BenefitEntity).findOneBy({ id });
      if (!current) throw notFound('Benefit', id);
      const initiative = await em
        .getRepository(InitiativeEntity)
        .findOneByOrFail({ id: current.initiativeId });
      this.initiatives.assertCanEdit(actor, initiative);
      if (current.version !== version) throw staleVersion('Benefit', current.version, version);
      const [{ measurements, reports }] = await em.query<{ measurements: number; reports: number }[]>(
        `SELECT (SELECT count(*)::int FROM benefit_measurements WHERE benefit_id = $1) AS measurements,
                (SELECT count(*)::int FROM benefit_owner_reports WHERE benefit_id = $1) AS reports`,
        [id],
      );
      if (measurements > 0 || reports > 0)
        throw conflict(msg('BENEFIT_HAS_HISTORY', { title: current.title, measurements, reports }));
      await em.getRepository(BenefitEntity).delete({ id, version });
      await this.audit.record(em, actor, {
        operation: 'deleteBenefit',
        entityType: 'Benefit',
        entityId: id,
        ownerOrganisationId: initiative.ownerId,
        initiativeId: initiative.id,
        before: current,
      });
      return id;
    });
  }

  private async validate(
    em: EntityManager,
    fields: BenefitFields,
    targets: IndicatorValueInput[],
    risks: BenefitRiskInput[],
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
    } else if (
      !(await em.getRepository(OrganisationEntity).existsBy({ id: fields.receivingOrganisationId }))
    ) {
      problems.check(
        'receivingOrganisationId',
        msg('ORGANISATION_MISSING', { id: fields.receivingOrganisationId }),
      );
    }
    if (fields.ownerUserId !== null) {
      if (!isUuid(fields.ownerUserId)) problems.check('owner.userId', msg('NOT_A_UUID'));
      else if (!(await em.getRepository(UserEntity).existsBy({ id: fields.ownerUserId })))
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
      const [{ count, first }] = await em.query<{ count: number; first: string | null }[]>(
        `SELECT count(*)::int AS count, min(measured_on)::text AS first FROM benefit_measurements
         WHERE benefit_id = $1 AND superseded_at IS NULL AND measured_on < $2::date`,
        [selfId, fields.baselineDate],
      );
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

  private async replaceTargets(
    em: EntityManager,
    benefitId: string,
    targets: IndicatorValueInput[],
  ): Promise<void> {
    await em.getRepository(BenefitTargetEntity).delete({ benefitId });
    if (!targets.length) return;
    await em
      .getRepository(BenefitTargetEntity)
      .insert(
        sortedTargets(targets).map((target) => ({ benefitId, date: target.date, value: target.value })),
      );
  }

  private async replaceRisks(em: EntityManager, benefitId: string, risks: BenefitRiskInput[]): Promise<void> {
    await em.getRepository(BenefitRiskEntity).delete({ benefitId });
    if (!risks.length) return;
    await em.getRepository(BenefitRiskEntity).insert(
      risks.map((risk, position) => ({
        benefitId,
        position,
        description: risk.description.trim(),
        likelihood: risk.likelihood,
        impact: risk.impact,
        mitigation: risk.mitigation?.trim() ?? '',
      })),
    );
  }
}

function textProblem(value: string, max: number, required: boolean): Message | null {
  if (required && !value) return msg('REQUIRED');
  if (value.length > max) return msg('TOO_LONG', { max });
  return null;
}

function sortedTargets(targets: readonly IndicatorValueInput[]): { date: string; value: string }[] {
  return [...targets]
    .map(({ date, value }) => ({ date, value }))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
