import DataLoader from 'dataloader';
import { RagStatus, type StatusReportDue, StatusReportState } from '@gevinst/domain';
import type { EntityManager } from 'typeorm';
import { groupBy, loaderOfMany } from '../common/loader-factories.js';
import { todayInNorway } from '../common/today.js';
import { dueByBenefit, overdueByInitiative } from '../realisation/status-report-due.js';
import { BenefitStatusReportEntity } from './benefit-status-report.entity.js';
import { InitiativeStatusReportEntity } from './initiative-status-report.entity.js';

const NOT_REQUIRED: StatusReportDue = { state: StatusReportState.NOT_REQUIRED, period: null, dueDate: null };

const SEVERITY: Record<RagStatus, number> = {
  [RagStatus.GREEN]: 1,
  [RagStatus.AMBER]: 2,
  [RagStatus.RED]: 3,
};

/** Per-request batch loaders of status reports: `ctx.loaders.of(StatusReportLoaders)`. */
export class StatusReportLoaders {
  constructor(private readonly db: EntityManager) {}

  private readonly source = () => this.db;

  /** Each benefit's status reports, newest period first. */
  readonly reportsOfBenefit = loaderOfMany(this.source, BenefitStatusReportEntity, 'benefitId', {
    periodStart: 'DESC',
  });

  /** Each initiative's period statuses, newest quarter first. */
  readonly periodStatusesOfInitiative = loaderOfMany(
    this.source,
    InitiativeStatusReportEntity,
    'initiativeId',
    {
      periodStart: 'DESC',
    },
  );

  /** Every status report of each initiative's benefits, newest period first (then latest written). */
  readonly benefitReportsOfInitiative = new DataLoader<string, BenefitStatusReportEntity[]>(async (ids) => {
    const rows = await this.db
      .getRepository(BenefitStatusReportEntity)
      .createQueryBuilder('r')
      .innerJoin('benefits', 'b', 'b.id = r.benefit_id')
      .addSelect('b.initiative_id', 'initiative_id')
      .where('b.initiative_id IN (:...ids)', { ids })
      .orderBy('r.period_end', 'DESC')
      .addOrderBy('r.updated_at', 'DESC')
      .getRawAndEntities();
    const initiativeOf = new Map(
      rows.raw.map((raw: { r_id: string; initiative_id: string }) => [raw.r_id, raw.initiative_id]),
    );
    const groups = groupBy(rows.entities, (report) => initiativeOf.get(report.id));
    return ids.map((id) => groups.get(id) ?? []);
  });

  /**
   * Each initiative's latest benefit status report that gives a cause: the latest period end, then the
   * owner's most severe RAG (red before amber before green), then the latest written.
   */
  readonly latestCauseOfInitiative = new DataLoader<string, BenefitStatusReportEntity | null>(async (ids) => {
    const reports = await this.benefitReportsOfInitiative.loadMany(ids);
    return reports.map((list) => {
      if (list instanceof Error) return null;
      const withCause = list.filter((r) => r.cause !== '');
      withCause.sort(
        (a, b) =>
          b.periodEnd.localeCompare(a.periodEnd) ||
          SEVERITY[b.ownerRag] - SEVERITY[a.ownerRag] ||
          b.updatedAt.getTime() - a.updatedAt.getTime(),
      );
      return withCause[0] ?? null;
    });
  });

  /** Each benefit's due report today. */
  readonly dueOfBenefit = new DataLoader<string, StatusReportDue>(async (ids) => {
    const due = await dueByBenefit(this.db, null, todayInNorway(), ids);
    return ids.map((id) => due.get(id) ?? NOT_REQUIRED);
  });

  /** How many of each initiative's benefits have an overdue status report today. */
  readonly overdueOfInitiative = new DataLoader<string, number>(async (ids) => {
    const counts = await overdueByInitiative(this.db, ids, todayInNorway());
    return ids.map((id) => counts.get(id) ?? 0);
  });
}
