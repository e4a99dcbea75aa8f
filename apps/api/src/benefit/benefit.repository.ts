import { type BenefitCategory, BenefitStatus, type RagStatus } from '@gevinst/domain';
import type { SelectQueryBuilder } from 'typeorm';
import { loadCalculators } from '../realisation/benefit-figures.js';
import { Injectable } from '@nestjs/common';
import { likePattern } from '../common/ids.js';
import { SortDirection } from '../common/sort-direction.enum.js';
import { type Sort, applySort } from '../common/sorting.js';
import { UnitOfWork } from '../common/unit-of-work.js';
import { updateAtVersion } from '../common/versioned-entity.js';
import { BenefitRiskEntity } from './benefit-risk.entity.js';
import { BenefitTargetEntity } from './benefit-target.entity.js';
import { BenefitEntity } from './benefit.entity.js';
import { BenefitSortField } from './dto/benefit-sort.input.js';

/** The stored fields of a benefit that an input sets (everything but ids, flags and bookkeeping). */
export type BenefitFields = Pick<
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
  | 'effectStart'
  | 'indicatorKind'
  | 'valuePerUnit'
  | 'measurementMethod'
  | 'measurementFrequency'
  | 'status'
>;

/** The filter of a benefit list, already validated. */
export interface BenefitListFilter {
  /** Activity at or after this instant (last_activity_at). */
  updatedSince?: Date | null;
  initiativeId?: string | null;
  receivingOrganisationId?: string | null;
  category?: readonly BenefitCategory[] | null;
  status?: readonly BenefitStatus[] | null;
  search?: string | null;
  /** Benefits of any of these initiatives. */
  initiativeIds?: readonly string[] | null;
  /** Only these benefits (a selection the service computed, e.g. by RAG status). */
  ids?: readonly string[] | null;
}

/** A planned value of the trajectory, as stored (the service sorts them by date). */
export interface TargetRow {
  date: string;
  value: string;
}

/** A risk as stored, in the order given (its position), texts already trimmed. */
export interface RiskRow {
  description: string;
  likelihood: BenefitRiskEntity['likelihood'];
  impact: BenefitRiskEntity['impact'];
  mitigation: string;
}

const SORT_COLUMNS: Record<BenefitSortField, string> = {
  [BenefitSortField.INITIATIVE]: '(SELECT i.code FROM initiatives i WHERE i.id = b.initiative_id)',
  [BenefitSortField.TITLE]: 'b.title',
  [BenefitSortField.CATEGORY]: 'b.category',
  [BenefitSortField.STATUS]: 'b.status',
  [BenefitSortField.BASELINE_DATE]: 'b.baseline_date',
  [BenefitSortField.CREATED_AT]: 'b.created_at',
  [BenefitSortField.UPDATED_AT]: 'b.updated_at',
};
const SORT_DEFAULT = { field: BenefitSortField.INITIATIVE, direction: SortDirection.ASC };

/**
 * The only code that reads and writes the benefit aggregate's tables (benefits, benefit_targets,
 * benefit_risks), in the request's transaction (UnitOfWork).
 */
@Injectable()
export class BenefitRepository {
  constructor(private readonly uow: UnitOfWork) {}

  private get table() {
    return this.uow.manager().getRepository(BenefitEntity);
  }

  private get targets() {
    return this.uow.manager().getRepository(BenefitTargetEntity);
  }

  private get risks() {
    return this.uow.manager().getRepository(BenefitRiskEntity);
  }

  findById(id: string): Promise<BenefitEntity | null> {
    return this.table.findOneBy({ id });
  }

  /** The benefits of an initiative, in the order they were added. */
  ofInitiative(initiativeId: string): Promise<BenefitEntity[]> {
    return this.table.find({ where: { initiativeId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /** A page of the benefits matching `filter`, with the count of all of them (one statement). */
  async page(
    filter: BenefitListFilter,
    sort: Partial<Sort<BenefitSortField>> | undefined,
    page: { offset: number; limit: number },
  ): Promise<{ nodes: BenefitEntity[]; totalCount: number }> {
    const query = this.filtered(filter);
    applySort(query, sort, SORT_COLUMNS, SORT_DEFAULT, ['b.initiative_id', 'b.created_at', 'b.id']);
    query.offset(page.offset).limit(page.limit);
    const [nodes, totalCount] = await query.getManyAndCount();
    return { nodes, totalCount };
  }

  /** The ids of the initiatives the benefits `filter` selects belong to. */
  async initiativeIdsMatching(filter: BenefitListFilter): Promise<string[]> {
    const rows = await this.filtered(filter)
      .select('DISTINCT b.initiative_id', 'id')
      .getRawMany<{ id: string }>();
    return rows.map((row) => row.id);
  }

  /**
   * The status today of every benefit of these initiatives that is not cancelled (null: not assessed —
   * not measured yet or nothing planned yet), by realisation's calculators (the portfolio's definition).
   */
  async ragOf(initiativeIds: readonly string[], asOf: string): Promise<Map<string, RagStatus | null>> {
    if (!initiativeIds.length) return new Map();
    const calculators = await loadCalculators(this.uow.manager(), initiativeIds, asOf);
    return new Map(
      calculators
        .filter((calculator) => calculator.plan.status !== BenefitStatus.CANCELLED)
        .map((calculator) => [calculator.plan.id, calculator.status()]),
    );
  }

  private filtered(filter: BenefitListFilter): SelectQueryBuilder<BenefitEntity> {
    const query = this.table.createQueryBuilder('b');
    if (filter.initiativeIds)
      query.andWhere('b.initiative_id = ANY(CAST(:initiativeIds AS uuid[]))', {
        initiativeIds: filter.initiativeIds,
      });
    if (filter.ids) query.andWhere('b.id = ANY(CAST(:benefitIds AS uuid[]))', { benefitIds: filter.ids });
    if (filter.initiativeId)
      query.andWhere('b.initiative_id = :initiativeId', { initiativeId: filter.initiativeId });
    if (filter.updatedSince)
      query.andWhere('b.last_activity_at >= :updatedSince', { updatedSince: filter.updatedSince });
    if (filter.receivingOrganisationId)
      query.andWhere('b.receiving_organisation_id = :receiving', {
        receiving: filter.receivingOrganisationId,
      });
    if (filter.category?.length)
      query.andWhere('b.category IN (:...categories)', { categories: filter.category });
    if (filter.status?.length) query.andWhere('b.status IN (:...statuses)', { statuses: filter.status });
    const search = filter.search?.trim();
    if (search)
      query.andWhere("(b.title ILIKE :pattern ESCAPE '\\' OR b.indicator_name ILIKE :pattern ESCAPE '\\')", {
        pattern: likePattern(search),
      });
    return query;
  }

  /** The planned trajectory of a benefit, by date. */
  targetsOf(benefitId: string): Promise<BenefitTargetEntity[]> {
    return this.targets.find({ where: { benefitId }, order: { date: 'ASC' } });
  }

  /** The risks of a benefit, in their order. */
  risksOf(benefitId: string): Promise<BenefitRiskEntity[]> {
    return this.risks.find({ where: { benefitId }, order: { position: 'ASC' } });
  }

  /** Adds a benefit at version 1 with its targets and risks, and returns it as stored. */
  async insert(
    initiativeId: string,
    fields: BenefitFields,
    targets: readonly TargetRow[],
    risks: readonly RiskRow[],
  ): Promise<BenefitEntity> {
    const { id } = await this.table.save(
      this.table.create({ ...fields, initiativeId, isDemo: false, version: 1 }),
    );
    await this.replaceTargets(id, targets);
    await this.replaceRisks(id, risks);
    return this.table.findOneByOrFail({ id });
  }

  /**
   * Writes `fields` if the benefit is still at `version` (CONFLICT otherwise), replaces the targets and
   * the risks that are given (null: unchanged), and returns the benefit as stored.
   */
  async updateAtVersion(
    id: string,
    version: number,
    fields: BenefitFields,
    targets: readonly TargetRow[] | null,
    risks: readonly RiskRow[] | null,
  ): Promise<BenefitEntity> {
    await updateAtVersion(this.uow.manager(), BenefitEntity, 'Benefit', id, version, fields);
    if (targets) await this.replaceTargets(id, targets);
    if (risks) await this.replaceRisks(id, risks);
    return this.table.findOneByOrFail({ id });
  }

  /**
   * Deletes the benefit if it is still at `version` (its targets, risks and benefits-map edges go with it,
   * ON DELETE CASCADE); false when it was not (changed or gone meanwhile).
   */
  async deleteAtVersion(id: string, version: number): Promise<boolean> {
    const deleted = await this.table.delete({ id, version });
    return deleted.affected === 1;
  }

  /**
   * How much history refers to the benefit: its measurement versions and its owner and status reports. Asked here,
   * as one statement over the tables that reference benefits (as a foreign key would), because
   * measurement/ and benefit-report/ depend on benefit/ and not the other way round.
   */
  async historyOf(benefitId: string): Promise<{ measurements: number; reports: number }> {
    const [counts] = await this.uow.manager().query<{ measurements: number; reports: number }[]>(
      `SELECT (SELECT count(*)::int FROM benefit_measurements WHERE benefit_id = $1) AS measurements,
              (SELECT count(*)::int FROM benefit_owner_reports WHERE benefit_id = $1)
              + (SELECT count(*)::int FROM benefit_status_reports WHERE benefit_id = $1) AS reports`,
      [benefitId],
    );
    return counts;
  }

  /**
   * The current measurements of the benefit dated before `date`: how many, and the first date (null when
   * none). For the baseline rule; asked here for the same reason as historyOf.
   */
  async measurementsBefore(
    benefitId: string,
    date: string,
  ): Promise<{ count: number; first: string | null }> {
    const [row] = await this.uow.manager().query<{ count: number; first: string | null }[]>(
      `SELECT count(*)::int AS count, min(measured_on)::text AS first FROM benefit_measurements
       WHERE benefit_id = $1 AND superseded_at IS NULL AND measured_on < $2::date`,
      [benefitId, date],
    );
    return row;
  }

  private async replaceTargets(benefitId: string, targets: readonly TargetRow[]): Promise<void> {
    await this.targets.delete({ benefitId });
    if (!targets.length) return;
    await this.targets.insert(
      targets.map((target) => ({ benefitId, date: target.date, value: target.value })),
    );
  }

  private async replaceRisks(benefitId: string, risks: readonly RiskRow[]): Promise<void> {
    await this.risks.delete({ benefitId });
    if (!risks.length) return;
    await this.risks.insert(risks.map((risk, position) => ({ benefitId, position, ...risk })));
  }
}
