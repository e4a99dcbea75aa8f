import {
  type ReportingPeriod,
  STATUS_REPORT_LIMITS,
  StatusReportState,
  benefitStatusReportProblems,
  canEditInitiative,
  canRecordMeasurement,
  hasRole,
  initiativeStatusPeriodOf,
  isAdmin,
  msg,
  reportingPeriodOf,
  Role,
  statusReportDue,
} from '@gevinst/domain';
import { assertListWindow, listWindow, matches, type SortKeys } from '../common/list-window.js';
import { withFilter } from '../common/list-filter.js';
import { SortDirection } from '../common/sort-direction.enum.js';
import { type StatusReportDeadlinesArgs, StatusReportDeadlineSortField } from './dto/status-lists.args.js';
import { Injectable } from '@nestjs/common';
import type { Actor } from '../auth/actor.js';
import { Mutations } from '../audit/mutation.js';
import { BenefitRepository } from '../benefit/benefit.repository.js';
import { decimalProblem, normaliseDecimal } from '../common/decimal.js';
import { InputProblems, badInput, conflict, forbidden, notFound, staleVersion } from '../common/errors.js';
import { assertUuid } from '../common/ids.js';
import { todayInNorway } from '../common/today.js';
import { InitiativeRepository } from '../initiative/initiative.repository.js';
import type { BenefitStatusReportEntity } from './benefit-status-report.entity.js';
import { SubmitBenefitStatusReportInput } from './dto/submit-benefit-status-report.input.js';
import { SubmitInitiativeStatusReportInput } from './dto/submit-initiative-status-report.input.js';
import type { InitiativeStatusReportEntity } from './initiative-status-report.entity.js';
import type { StatusReportDeadlineModel } from './status-report.model.js';
import {
  type BenefitStatusReportFields,
  type InitiativeStatusReportFields,
  StatusReportRepository,
} from './status-report.repository.js';

/** The version checks every replaceable report shares: add without a version, replace at the one read. */
function checkVersion(
  existing: { version: number } | null,
  sentVersion: number | null,
  period: ReportingPeriod,
  label: string,
): void {
  if (!existing) {
    if (sentVersion !== null) throw notFoundReport(period);
  } else if (sentVersion === null)
    throw conflict(msg('STATUS_REPORT_EXISTS', { ...period, version: existing.version }), {
      currentVersion: existing.version,
    });
  else if (existing.version !== sentVersion) throw staleVersion(label, existing.version, sentVersion);
}

function notFoundReport(period: ReportingPeriod) {
  return badInput('version', msg('STATUS_REPORT_NOT_FOUND', period));
}

/**
 * Status reports (issue 16): benefit owners' reports per reporting period and initiative owners' period
 * status per quarter. Each submission is load → authorise (who may write, the input, the period, the
 * version) → apply → audit in one transaction (Mutations); the SQL is StatusReportRepository's; the rules
 * (periods, what a report must say, due dates) are libs/domain status-report.ts.
 */
/** The orders of statusReportDeadlines; URGENCY is the default order the service builds. */
const DEADLINE_SORT: SortKeys<StatusReportDeadlineModel, StatusReportDeadlineSortField> = {
  URGENCY: (d) => [
    d.state === StatusReportState.OVERDUE ? 0 : 1,
    d.dueDate,
    d.initiativeCode,
    d.benefitTitle,
  ],
  DUE_DATE: (d) => [d.dueDate, d.initiativeCode, d.benefitTitle],
  INITIATIVE_CODE: (d) => [d.initiativeCode, d.benefitTitle],
};

@Injectable()
export class StatusReportService {
  constructor(
    private readonly reports: StatusReportRepository,
    private readonly benefits: BenefitRepository,
    private readonly initiatives: InitiativeRepository,
    private readonly mutations: Mutations,
  ) {}

  /**
   * Writes (or, with the version read, replaces) a benefit's status report for the reporting period that
   * contains `input.period`. The people who record the benefit's measurements may (canRecordMeasurement).
   */
  submitBenefitReport(
    actor: Actor,
    input: SubmitBenefitStatusReportInput,
  ): Promise<BenefitStatusReportEntity> {
    assertUuid('benefitId', input.benefitId);
    const today = todayInNorway();
    const sentVersion = input.version ?? null;
    const content = {
      ownerRag: input.ownerRag,
      cause: (input.cause ?? '').trim(),
      correctiveAction: (input.correctiveAction ?? '').trim(),
      responsible: (input.responsible ?? '').trim(),
      forecast: input.forecast,
      forecastValue: input.forecastValue ?? null,
    };
    return this.mutations.mutate(actor, {
      load: async () => {
        const benefit = await this.benefits.findById(input.benefitId);
        if (!benefit) throw notFound('Benefit', input.benefitId);
        const initiative = await this.initiatives.findById(benefit.initiativeId);
        if (!initiative) throw notFound('Initiative', benefit.initiativeId);
        const targets = await this.reports.targetDates(benefit.id);
        const period = reportingPeriodOf(
          {
            frequency: benefit.measurementFrequency,
            status: benefit.status,
            reportingFrom: benefit.effectStart ?? benefit.baselineDate,
            lastTargetDate: targets.at(-1) ?? null,
          },
          input.period,
        );
        // Locked until the transaction ends: two submissions for the same period are decided in turn.
        const existing = period
          ? await this.reports.findBenefitReportForUpdate(benefit.id, period.start)
          : null;
        return { benefit, initiative, targets, period, existing };
      },
      authorise: ({ benefit, initiative, period, existing }) => {
        if (
          !canRecordMeasurement(actor, {
            initiativeOwnerId: initiative.ownerId,
            receivingOrganisationId: benefit.receivingOrganisationId,
          })
        )
          throw forbidden(msg('STATUS_REPORT_ACCESS', { title: benefit.title }));
        const problems = new InputProblems();
        if (!period) problems.check('period', msg('STATUS_REPORT_NO_PERIOD'));
        else if (period.start > today)
          problems.check('period', msg('STATUS_REPORT_FUTURE_PERIOD', { start: period.start, today }));
        for (const { field, message } of benefitStatusReportProblems(content)) problems.check(field, message);
        if (content.forecastValue !== null) {
          const problem = decimalProblem(content.forecastValue);
          if (problem) problems.check('forecastValue', problem);
        }
        problems.throwIfAny();
        checkVersion(existing, sentVersion, period!, 'Status report');
      },
      // Someone else's update may have committed between the read and this write: CONFLICT then.
      apply: async ({ benefit, initiative, targets, period, existing }) => {
        const asOf = period!.end < today ? period!.end : today;
        const fields: BenefitStatusReportFields = {
          ...content,
          forecastValue: content.forecastValue === null ? null : normaliseDecimal(content.forecastValue),
          periodEnd: period!.end,
          computedRag: await this.reports.computedRag(initiative.id, benefit.id, asOf),
          nextReview: input.nextReview ?? null,
          forecastTargetDate: targets.find((date) => date > period!.end) ?? null,
          reportedByUserId: actor.userId,
          reportedByName: actor.name,
          reportedByOrganisationId: actor.organisationId,
        };
        return existing
          ? this.reports.updateBenefitReportAtVersion(existing.id, existing.version, fields)
          : this.reports.insertBenefitReport(benefit.id, period!.start, fields);
      },
      audit: ({ initiative, existing }, report) => ({
        operation: 'submitBenefitStatusReport',
        entityType: 'BenefitStatusReport',
        entityId: report.id,
        ownerOrganisationId: initiative.ownerId,
        initiativeId: initiative.id,
        before: existing,
        after: report,
      }),
    });
  }

  /**
   * Writes (or, with the version read, replaces) an initiative's period status for the quarter that contains
   * `input.period`: the initiative's owners and administrators (canEditInitiative).
   */
  submitInitiativeReport(
    actor: Actor,
    input: SubmitInitiativeStatusReportInput,
  ): Promise<InitiativeStatusReportEntity> {
    assertUuid('initiativeId', input.initiativeId);
    const today = todayInNorway();
    const sentVersion = input.version ?? null;
    const period = initiativeStatusPeriodOf(input.period);
    const summary = input.summary.trim();
    const topRisks = (input.topRisks ?? '').trim();
    const decisionsNeeded = (input.decisionsNeeded ?? '').trim();
    return this.mutations.mutate(actor, {
      load: async () => {
        const initiative = await this.initiatives.findById(input.initiativeId);
        if (!initiative) throw notFound('Initiative', input.initiativeId);
        const existing = await this.reports.findInitiativeReportForUpdate(initiative.id, period.start);
        return { initiative, existing };
      },
      authorise: ({ initiative, existing }) => {
        if (!canEditInitiative(actor, initiative))
          throw forbidden(msg('INITIATIVE_STATUS_ACCESS', { code: initiative.code }));
        const problems = new InputProblems();
        if (period.start > today)
          problems.check('period', msg('STATUS_REPORT_FUTURE_PERIOD', { start: period.start, today }));
        if (!summary) problems.check('summary', msg('REQUIRED'));
        const max = STATUS_REPORT_LIMITS.text;
        for (const [field, value] of [
          ['summary', summary],
          ['topRisks', topRisks],
          ['decisionsNeeded', decisionsNeeded],
        ] as const)
          if (value.length > max) problems.check(field, msg('TOO_LONG', { max }));
        problems.throwIfAny();
        checkVersion(existing, sentVersion, period, 'Period status');
      },
      apply: ({ initiative, existing }) => {
        const fields: InitiativeStatusReportFields = {
          periodEnd: period.end,
          overallRag: input.overallRag,
          summary,
          topRisks,
          decisionsNeeded,
          reportedByUserId: actor.userId,
          reportedByName: actor.name,
          reportedByOrganisationId: actor.organisationId,
        };
        return existing
          ? this.reports.updateInitiativeReportAtVersion(existing.id, existing.version, fields)
          : this.reports.insertInitiativeReport(initiative.id, period.start, fields);
      },
      audit: ({ initiative, existing }, report) => ({
        operation: 'submitInitiativeStatusReport',
        entityType: 'InitiativeStatusReport',
        entityId: report.id,
        ownerOrganisationId: initiative.ownerId,
        initiativeId: initiative.id,
        before: existing,
        after: report,
      }),
    });
  }

  /**
   * The benefits whose status report is due or overdue on `asOf`, among those the caller follows:
   * administrators every initiative's; others the initiatives their organisation owns, the benefits it
   * receives, and (portfolio reviewers) their ministry's initiatives. Overdue first, then by due date and
   * initiative code.
   */
  async deadlines(actor: Actor, args: StatusReportDeadlinesArgs): Promise<StatusReportDeadlineModel[]> {
    const { asOf, overdueOnly, state, initiativeId, sort, offset, limit } = withFilter(args);
    assertListWindow({ offset, limit });
    if (initiativeId) assertUuid('filter.initiativeId', initiativeId);
    const date = asOf ?? todayInNorway();
    const initiativeIds = await this.reports.followedInitiativeIds(
      isAdmin(actor)
        ? { kind: 'ALL' }
        : {
            kind: 'SOME',
            ownerId: actor.organisationId,
            ministryId: hasRole(actor, Role.PORTFOLIO_REVIEWER) ? actor.organisationId : null,
            receiverId: actor.organisationId,
          },
    );
    const open = (await this.reports.reporting(initiativeIds))
      .map((row) => ({ row, due: statusReportDue(row.benefit, row.reportedPeriodStarts, date) }))
      .filter(({ due }) =>
        overdueOnly
          ? due.state === StatusReportState.OVERDUE
          : due.state === StatusReportState.OVERDUE || due.state === StatusReportState.DUE,
      );
    const headings = await this.reports.headings(open.map(({ row }) => row.benefitId));
    const deadlines = open
      .map(({ row, due }) => ({
        ...headings.get(row.benefitId)!,
        state: due.state,
        periodStart: due.period?.start ?? null,
        periodEnd: due.period?.end ?? null,
        dueDate: due.dueDate,
      }))
      .sort(
        (a, b) =>
          Number(b.state === StatusReportState.OVERDUE) - Number(a.state === StatusReportState.OVERDUE) ||
          (a.dueDate ?? '').localeCompare(b.dueDate ?? '') ||
          a.initiativeCode.localeCompare(b.initiativeCode) ||
          a.benefitTitle.localeCompare(b.benefitTitle),
      )
      .filter((deadline) => matches(deadline.initiativeId, initiativeId) && matches(deadline.state, state));
    return listWindow(deadlines, { sort, offset, limit }, DEADLINE_SORT, {
      field: StatusReportDeadlineSortField.URGENCY,
      direction: SortDirection.ASC,
    });
  }
}
