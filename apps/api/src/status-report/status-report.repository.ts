import type { RagStatus } from '@gevinst/domain';
import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '../common/unit-of-work.js';
import { updateAtVersion } from '../common/versioned-entity.js';
import { loadCalculators } from '../realisation/benefit-figures.js';
import { type BenefitReporting, loadBenefitReporting } from '../realisation/status-report-due.js';
import { BenefitStatusReportEntity } from './benefit-status-report.entity.js';
import { InitiativeStatusReportEntity } from './initiative-status-report.entity.js';

/** What a benefit status report says and who said it (besides its benefit, period, id and version). */
export type BenefitStatusReportFields = Pick<
  BenefitStatusReportEntity,
  | 'periodEnd'
  | 'ownerRag'
  | 'computedRag'
  | 'cause'
  | 'correctiveAction'
  | 'responsible'
  | 'nextReview'
  | 'forecast'
  | 'forecastTargetDate'
  | 'forecastValue'
  | 'reportedByUserId'
  | 'reportedByName'
  | 'reportedByOrganisationId'
>;

/** What an initiative's period status says and who said it. */
export type InitiativeStatusReportFields = Pick<
  InitiativeStatusReportEntity,
  | 'periodEnd'
  | 'overallRag'
  | 'summary'
  | 'topRisks'
  | 'decisionsNeeded'
  | 'reportedByUserId'
  | 'reportedByName'
  | 'reportedByOrganisationId'
>;

/** Which initiatives' reports a caller follows (statusReportDeadlines): all, or these owners/ministries/receivers. */
export type DeadlineScope =
  | { kind: 'ALL' }
  | { kind: 'SOME'; ownerId: string | null; ministryId: string | null; receiverId: string | null };

/** A benefit with its initiative, as the deadlines list names them. */
export interface BenefitHeading {
  benefitId: string;
  benefitTitle: string;
  initiativeId: string;
  initiativeCode: string;
  initiativeName: string;
}

/**
 * The only code that reads and writes benefit_status_reports and initiative_status_reports, in the
 * request's transaction (UnitOfWork). Two reads cross an aggregate, as BenefitRepository's history does: a
 * benefit's target dates (the forecast's next target) and the computed RAG status (realisation's read). The
 * GraphQL reads are batched by StatusReportLoaders.
 */
@Injectable()
export class StatusReportRepository {
  constructor(private readonly uow: UnitOfWork) {}

  private get benefitReports() {
    return this.uow.manager().getRepository(BenefitStatusReportEntity);
  }

  private get initiativeReports() {
    return this.uow.manager().getRepository(InitiativeStatusReportEntity);
  }

  /** The benefit's report of the period starting `periodStart`, locked until the transaction ends. */
  findBenefitReportForUpdate(
    benefitId: string,
    periodStart: string,
  ): Promise<BenefitStatusReportEntity | null> {
    return this.benefitReports
      .createQueryBuilder('r')
      .setLock('pessimistic_write')
      .where('r.benefit_id = :benefitId AND r.period_start = :periodStart', { benefitId, periodStart })
      .getOne();
  }

  insertBenefitReport(
    benefitId: string,
    periodStart: string,
    fields: BenefitStatusReportFields,
  ): Promise<BenefitStatusReportEntity> {
    return this.benefitReports.save(
      this.benefitReports.create({ ...fields, benefitId, periodStart, isDemo: false, version: 1 }),
    );
  }

  /** Writes `fields` if the report is still at `version` (CONFLICT otherwise) and returns it as stored. */
  async updateBenefitReportAtVersion(
    id: string,
    version: number,
    fields: BenefitStatusReportFields,
  ): Promise<BenefitStatusReportEntity> {
    await updateAtVersion(
      this.uow.manager(),
      BenefitStatusReportEntity,
      'Status report',
      id,
      version,
      fields,
    );
    return this.benefitReports.findOneByOrFail({ id });
  }

  /** The initiative's period status of the quarter starting `periodStart`, locked until the transaction ends. */
  findInitiativeReportForUpdate(
    initiativeId: string,
    periodStart: string,
  ): Promise<InitiativeStatusReportEntity | null> {
    return this.initiativeReports
      .createQueryBuilder('r')
      .setLock('pessimistic_write')
      .where('r.initiative_id = :initiativeId AND r.period_start = :periodStart', {
        initiativeId,
        periodStart,
      })
      .getOne();
  }

  insertInitiativeReport(
    initiativeId: string,
    periodStart: string,
    fields: InitiativeStatusReportFields,
  ): Promise<InitiativeStatusReportEntity> {
    return this.initiativeReports.save(
      this.initiativeReports.create({ ...fields, initiativeId, periodStart, isDemo: false, version: 1 }),
    );
  }

  async updateInitiativeReportAtVersion(
    id: string,
    version: number,
    fields: InitiativeStatusReportFields,
  ): Promise<InitiativeStatusReportEntity> {
    await updateAtVersion(
      this.uow.manager(),
      InitiativeStatusReportEntity,
      'Period status',
      id,
      version,
      fields,
    );
    return this.initiativeReports.findOneByOrFail({ id });
  }

  /** The benefit's target dates, ascending. */
  async targetDates(benefitId: string): Promise<string[]> {
    const rows = await this.uow
      .manager()
      .query<{ d: string }[]>(
        `SELECT target_date::text AS d FROM benefit_targets WHERE benefit_id = $1 ORDER BY target_date`,
        [benefitId],
      );
    return rows.map((row) => row.d);
  }

  /** The benefit's computed RAG status on `asOf` (realisation against the plan in force); null: not assessed. */
  async computedRag(initiativeId: string, benefitId: string, asOf: string): Promise<RagStatus | null> {
    const calculators = await loadCalculators(this.uow.manager(), [initiativeId], asOf);
    return calculators.find((c) => c.plan.id === benefitId)?.status() ?? null;
  }

  /** The initiatives whose benefits' reports a scope follows (see DeadlineScope), by id. */
  async followedInitiativeIds(scope: DeadlineScope): Promise<string[]> {
    const rows = await this.uow.manager().query<{ id: string }[]>(
      scope.kind === 'ALL'
        ? `SELECT id FROM initiatives`
        : `SELECT i.id FROM initiatives i
           WHERE i.owner_id = $1 OR i.ministry_id = $2
              OR EXISTS (SELECT 1 FROM benefits b WHERE b.initiative_id = i.id AND b.receiving_organisation_id = $3)`,
      scope.kind === 'ALL' ? [] : [scope.ownerId, scope.ministryId, scope.receiverId],
    );
    return rows.map((row) => row.id);
  }

  /** The benefits (with their periods reported) of these initiatives, for the due rule. */
  reporting(initiativeIds: readonly string[]): Promise<BenefitReporting[]> {
    return loadBenefitReporting(this.uow.manager(), initiativeIds);
  }

  /** Titles and initiative codes of these benefits. */
  async headings(benefitIds: readonly string[]): Promise<Map<string, BenefitHeading>> {
    const rows = await this.uow
      .manager()
      .query<{ id: string; title: string; initiative_id: string; code: string; name: string }[]>(
        `SELECT b.id, b.title, b.initiative_id, i.code, i.name
       FROM benefits b JOIN initiatives i ON i.id = b.initiative_id
       WHERE b.id IN (SELECT unnest($1::uuid[]))`,
        [benefitIds],
      );
    return new Map(
      rows.map((row) => [
        row.id,
        {
          benefitId: row.id,
          benefitTitle: row.title,
          initiativeId: row.initiative_id,
          initiativeCode: row.code,
          initiativeName: row.name,
        },
      ]),
    );
  }
}
