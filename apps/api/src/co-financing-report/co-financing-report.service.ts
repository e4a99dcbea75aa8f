import {
  BenefitCategory,
  BenefitStatus,
  CO_FINANCING_DEVIATION_PERCENT,
  CO_FINANCING_TAKE_OUT_PERCENT,
  CostCategory,
  LIMITS,
  OrganisationKind,
  canEditInitiative,
  canSeeCoFinancingReport,
  financialDetailScope,
  isYearIn,
  msg,
} from '@gevinst/domain';
import { assertListWindow, listWindow, matches, type SortKeys } from '../common/list-window.js';
import { withFilter } from '../common/list-filter.js';
import { SortDirection } from '../common/sort-direction.enum.js';
import {
  type CoFinancingReportDeadlinesArgs,
  CoFinancingReportDeadlinesSortField,
} from './dto/co-financing-report-deadlines.args.js';
import {
  type GrantYear,
  type TakeOutAgencyInput,
  type TakeOutFigures,
  deviation,
  formatOre,
  formatRatio,
  grantReconciliation,
  parseAmount,
  reportKind,
  reportSchedule,
  takeOut,
} from '@gevinst/cost-model';
import { Injectable } from '@nestjs/common';
import { type Actor, actorUserId } from '../auth/actor.js';
import { BenefitPlanService } from '../benefit-plan/benefit-plan.service.js';
import { Mutations } from '../audit/mutation.js';
import { benefitStartYear, initiativePeriod } from '../realisation/analysis-period.js';
import { toRealisationFields } from '../realisation/benefit-figures.js';
import { badInput, conflict, forbidden, notFound } from '../common/errors.js';
import { assertUuid } from '../common/ids.js';
import { todayInNorway, yearOf } from '../common/today.js';
import { CostItemRepository } from '../cost-item/cost-item.repository.js';
import type { InitiativeEntity } from '../initiative/initiative.entity.js';
import { InitiativeRepository } from '../initiative/initiative.repository.js';
import { OrganisationRepository } from '../organisation/organisation.repository.js';
import type { TakeOutAgencyModel, TakeOutFiguresModel } from './budget-take-out.model.js';
import type { CoFinancingAccountLineModel } from './co-financing-account-line.model.js';
import type { CoFinancingReportDeadlinesModel } from './co-financing-deadline.model.js';
import { CoFinancingReportKind } from './co-financing-report-kind.js';
import type { CoFinancingReportSubmissionEntity } from './co-financing-report-submission.entity.js';
import type { CoFinancingReportSubmissionModel } from './co-financing-report-submission.model.js';
import { CoFinancingReportRepository } from './co-financing-report.repository.js';
import type { CoFinancingReportModel } from './co-financing-report.model.js';
import type { GrantReconciliationLineModel } from './grant-reconciliation.model.js';

/** The report and what the workbook needs besides it. */
export interface CoFinancingReportData extends CoFinancingReportModel {
  initiative: InitiativeEntity;
  ownerName: string;
  ministryName: string;
  receivingNames: Map<string, string>;
  /** The take-out agencies' names, by id. */
  agencyNames: Map<string, string>;
}

/** The co-financing annual report: read through the repositories, computed here (no SQL). */
/** The orders of coFinancingReportDeadlines; CODE is the order the rows are read in. */
const REPORT_DEADLINES_SORT: SortKeys<CoFinancingReportDeadlinesModel, CoFinancingReportDeadlinesSortField> =
  {
    CODE: (row) => row.code,
    NAME: (row) => row.name,
    NEXT_DUE_DATE: (row) => row.nextDue?.dueDate,
    OVERDUE_COUNT: (row) => row.overdueCount,
  };

@Injectable()
export class CoFinancingReportService {
  constructor(
    private readonly reports: CoFinancingReportRepository,
    private readonly initiatives: InitiativeRepository,
    private readonly organisations: OrganisationRepository,
    private readonly costItems: CostItemRepository,
    private readonly mutations: Mutations,
    private readonly plans: BenefitPlanService,
  ) {}

  /**
   * The co-financing annual report of an initiative for a year: users of the owner organisation, portfolio
   * reviewers of its ministry, and administrators (others: FORBIDDEN).
   */
  async report(actor: Actor, initiativeId: string, year: number): Promise<CoFinancingReportData> {
    assertUuid('initiativeId', initiativeId);
    const initiative = await this.initiatives.findById(initiativeId);
    if (!initiative) throw notFound('Initiative', initiativeId);
    if (!canSeeCoFinancingReport(actor, initiative))
      throw forbidden(msg('CO_FINANCING_REPORT_ACCESS', { code: initiative.code }));
    const today = todayInNorway();
    const years = { min: LIMITS.year.min, max: yearOf(today) };
    if (!isYearIn(year, years))
      throw badInput('year', msg('REPORT_YEAR_BEGUN', { ...years, got: String(year) }));
    // Only a co-financed initiative has co-financing reports (a CO_FINANCING source above 0).
    if ((await this.reports.firstGrantYear(initiative.id)) === null)
      throw badInput('initiativeId', msg('NOT_CO_FINANCED', { code: initiative.code }));
    const periodEnd = `${year}-12-31`;
    const asOf = periodEnd < today ? periodEnd : today;

    const names = await this.reports.namesAndGrant(initiative.ownerId, initiative.ministryId, initiative.id);

    const costRows = await this.costItems.sumsByYearAndCategory(initiative.id, LIMITS.year.max);
    const accounts = this.accounts(costRows.filter((row) => row.year <= year));
    let totalPlanned = 0n;
    let totalActual = 0n;
    for (const line of accounts.filter((l) => l.category === null)) {
      totalPlanned += parseAmount(line.plannedNok, 'planned');
      totalActual += line.actualNok === null ? 0n : parseAmount(line.actualNok, 'actual');
    }

    const benefits = await this.reports.benefitsOf(initiative.id);
    const reports = await this.reports.ownerReportsOf(initiative.id, year);
    const calculators = await this.reports.calculatorsOf(initiative.id, asOf, year);
    // The benefits count only in a year of the initiative's analysis period, as in economics,
    // portfolioSummary and netPositions (realisation/analysis-period.ts).
    const period = initiativePeriod(
      {
        startYear: initiative.startDate ? yearOf(initiative.startDate) : null,
        costYears: costRows.map((row) => row.year),
        benefitStartYears: [...calculators.values()].filter((c) => c.monetised).map(benefitStartYear),
      },
      asOf,
      { lifetimeYears: initiative.lifetimeYears },
    );
    const inPeriod = year >= period.fromYear && year <= period.toYear;
    const receivingIds = [
      ...new Set(benefits.map((b) => b.receivingOrganisationId).filter((id): id is string => id !== null)),
    ];
    const receivingNames = await this.organisations.namesOf(receivingIds);

    const agencies = await this.takeOutAgencies(initiative, year);
    const agencyIds = new Set(agencies.map((a) => a.organisationId));
    const benefitsByAgency = new Map<string, { planned: bigint; realised: bigint }[]>();
    const lines = benefits.map((benefit) => {
      const calculator = calculators.get(benefit.id);
      if (!calculator) throw new Error(`Benefit ${benefit.id} has no plan`);
      const figures = calculator.monetised && inPeriod ? calculator.years(year, year)[0] : undefined;
      // A benefit whose baseline is after the report year, or a year outside the analysis period: 0.
      const planned = calculator.monetised ? (figures?.planned ?? 0n) : null;
      const realised = calculator.monetised ? (figures?.realised ?? 0n) : null;
      // Internal budget-releasing benefits: received by one of the take-out's agencies.
      if (
        benefit.category === BenefitCategory.BUDGET_RELEASING &&
        benefit.receivingOrganisationId !== null &&
        agencyIds.has(benefit.receivingOrganisationId) &&
        planned !== null
      ) {
        const list = benefitsByAgency.get(benefit.receivingOrganisationId) ?? [];
        list.push({ planned, realised: realised ?? 0n });
        benefitsByAgency.set(benefit.receivingOrganisationId, list);
      }
      const isExternal =
        benefit.receivingOrganisationId !== null && benefit.receivingOrganisationId !== initiative.ownerId;
      const ownerReport = reports.get(benefit.id) ?? null;
      return {
        benefitId: benefit.id,
        title: benefit.title,
        category: benefit.category,
        status: benefit.status,
        isDisBenefit: benefit.isDisBenefit,
        receivingOrganisationId: benefit.receivingOrganisationId,
        isExternal,
        ownerName: benefit.ownerName,
        ownerRole: benefit.ownerRole,
        realisation: toRealisationFields(calculator.current()),
        plannedNok: planned === null ? null : formatOre(planned),
        realisedNok: realised === null ? null : formatOre(realised),
        ownerReport,
        externalInputMissing:
          isExternal && benefit.status !== BenefitStatus.CANCELLED && ownerReport === null,
      };
    });
    // The solution's running costs: the OPERATION and MAINTENANCE cost items of the year, the owner's.
    const running = costRows.filter(
      (row) =>
        row.year === year &&
        (row.category === CostCategory.OPERATION || row.category === CostCategory.MAINTENANCE),
    );
    const preProject =
      initiative.preProjectRunningCost === null ? 0n : parseAmount(initiative.preProjectRunningCost, 'level');
    const inputs: TakeOutAgencyInput[] = agencies.map((agency) => ({
      organisationId: agency.organisationId,
      benefits: benefitsByAgency.get(agency.organisationId) ?? [],
      runningCosts: agency.isOwner
        ? running.map((row) => ({
            planned: parseAmount(row.planned, 'planned'),
            actual: row.actual === null ? null : parseAmount(row.actual, 'actual'),
          }))
        : [],
      preProjectRunningCost: agency.isOwner ? preProject : 0n,
    }));
    const taken = takeOut(inputs, CO_FINANCING_TAKE_OUT_PERCENT);

    const grantRows = await this.reports.grantByYear(initiative.id);
    const reconciliation = this.reconciliation(grantRows, costRows, year);
    const kind = reportKind(year, initiative.endDate ? yearOf(initiative.endDate) : null);
    const submission = await this.reports.submission(initiative.id, year);
    return {
      initiativeId: initiative.id,
      year,
      periodStart: `${year}-01-01`,
      periodEnd,
      dueDate: `${year + 1}-03-01`,
      kind: CoFinancingReportKind[kind],
      isFinalReport: kind === 'FINAL',
      benefitPlanVersion: await this.benefitPlanVersion(initiative),
      submission: submission ? toSubmission(submission) : null,
      asOf,
      generatedAt: new Date(),
      coFinancingGrantNok: formatOre(parseAmount(names.grant, 'grant')),
      grantReconciliation: reconciliation,
      deviationThresholdPercent: String(CO_FINANCING_DEVIATION_PERCENT),
      accounts,
      totalPlannedNok: formatOre(totalPlanned),
      totalActualNok: formatOre(totalActual),
      benefits: lines,
      budgetTakeOut: {
        takeOutPercent: String(CO_FINANCING_TAKE_OUT_PERCENT),
        preProjectRunningCostNok: initiative.preProjectRunningCost,
        planned: figuresOf(taken.planned),
        realised: figuresOf(taken.realised),
        agencies: taken.agencies.map((result, index): TakeOutAgencyModel => ({
          organisationId: result.organisationId,
          isOwner: agencies[index].isOwner,
          budgetChapter: agencies[index].budgetChapter,
          budgetPost: agencies[index].budgetPost,
          planned: figuresOf(result.planned),
          realised: figuresOf(result.realised),
        })),
        plannedInternalNetNok: formatOre(taken.planned.net),
        realisedInternalNetNok: formatOre(taken.realised.net),
        plannedTakeOutNok: formatOre(taken.planned.takeOut),
        realisedTakeOutNok: formatOre(taken.realised.takeOut),
      },
      initiative,
      ownerName: names.owner,
      ministryName: names.ministry,
      receivingNames,
      agencyNames: new Map(agencies.map((a) => [a.organisationId, a.name])),
    };
  }

  /**
   * The version of the binding benefits plan the report measures against: the approved version in force
   * (apps/api/src/benefit-plan), which is what the report's realisation figures are computed from
   * (realisation/benefit-figures.ts reads the plan in force); null when the initiative has no approved plan.
   */
  private async benefitPlanVersion(initiative: InitiativeEntity): Promise<number | null> {
    return (await this.plans.inForce(initiative.id))?.versionNumber ?? null;
  }

  /**
   * The take-out's agencies: the owner (it runs the solution and bears its running costs), then every
   * state agency funding the initiative from its own budget, by name. Each with the budget chapter and
   * post of its own-budget source for the year, else of its latest year that names one.
   */
  private async takeOutAgencies(
    initiative: InitiativeEntity,
    year: number,
  ): Promise<
    {
      organisationId: string;
      name: string;
      isOwner: boolean;
      budgetChapter: string | null;
      budgetPost: string | null;
    }[]
  > {
    const budgets = await this.reports.ownBudgets(initiative.id);
    const ids = [
      initiative.ownerId,
      ...new Set(
        budgets
          .filter(
            (b) =>
              b.organisation_id !== initiative.ownerId && b.kind === String(OrganisationKind.STATE_AGENCY),
          )
          .map((b) => b.organisation_id),
      ),
    ];
    const names = await this.organisations.namesOf(ids);
    const account = (id: string) => {
      const named = budgets.filter((b) => b.organisation_id === id && b.budget_chapter !== null);
      const pick =
        named.find((b) => b.year === year) ?? named.filter((b) => b.year <= year).pop() ?? named.pop();
      return { budgetChapter: pick?.budget_chapter ?? null, budgetPost: pick?.budget_post ?? null };
    };
    const [owner, ...others] = ids.map((id) => ({
      organisationId: id,
      name: names.get(id) ?? '',
      isOwner: id === initiative.ownerId,
      ...account(id),
    }));
    others.sort((a, b) => a.name.localeCompare(b.name, 'nb'));
    return [owner, ...others];
  }

  /** The grant by year against the accounts, up to the report year (cost-model's grantReconciliation). */
  private reconciliation(
    grantRows: readonly { year: number; planned: string; received: string | null }[],
    costRows: readonly { year: number; planned: string; actual: string | null }[],
    upTo: number,
  ): { years: GrantReconciliationLineModel[]; total: GrantReconciliationLineModel } {
    const years = new Map<
      number,
      { grantPlanned: bigint; grantReceived: bigint | null; plannedCost: bigint; actualCost: bigint | null }
    >();
    const at = (year: number) => {
      let entry = years.get(year);
      if (!entry) {
        entry = { grantPlanned: 0n, grantReceived: null, plannedCost: 0n, actualCost: null };
        years.set(year, entry);
      }
      return entry;
    };
    for (const row of grantRows.filter((r) => r.year <= upTo)) {
      const entry = at(row.year);
      entry.grantPlanned += parseAmount(row.planned, 'grant');
      if (row.received !== null)
        entry.grantReceived = (entry.grantReceived ?? 0n) + parseAmount(row.received, 'received');
    }
    for (const row of costRows.filter((r) => r.year <= upTo)) {
      const entry = at(row.year);
      entry.plannedCost += parseAmount(row.planned, 'planned');
      if (row.actual !== null)
        entry.actualCost = (entry.actualCost ?? 0n) + parseAmount(row.actual, 'actual');
    }
    const result = grantReconciliation(
      [...years.entries()].sort(([a], [b]) => a - b).map(([year, entry]) => ({ year, ...entry })),
      CO_FINANCING_DEVIATION_PERCENT,
    );
    const total = result.total;
    return {
      years: result.years.map(grantLine),
      total: grantLine({
        year: null,
        ...total,
        actualCost: total.cost.deviation === null ? null : total.actualCost,
        sharePercent:
          total.plannedCost === 0n
            ? total.grantPlanned === 0n
              ? '0.00'
              : '100.00'
            : total.grantPlanned >= total.plannedCost
              ? '100.00'
              : formatRatioPercent(total.grantPlanned, total.plannedCost),
      }),
    };
  }

  /**
   * Each co-financed initiative the caller may see the reports of (canSeeCoFinancingReport: the owner
   * organisation, its ministry's reviewers, administrators) with the reports it owes up to `asOf`'s year,
   * whether each is submitted, the next one due and the overdue ones.
   */
  async deadlines(
    actor: Actor,
    args: CoFinancingReportDeadlinesArgs,
  ): Promise<CoFinancingReportDeadlinesModel[]> {
    const { asOf, overdueOnly, initiativeId, sort, offset, limit } = withFilter(args);
    assertListWindow({ offset, limit });
    if (initiativeId) assertUuid('filter.initiativeId', initiativeId);
    const date = asOf ?? todayInNorway();
    const scope = financialDetailScope(actor);
    const rows = await this.reports.coFinanced(
      scope.kind === 'ALL'
        ? null
        : {
            ownerIds: [scope.ownerId],
            ministryIds: scope.ministryId ? [scope.ministryId] : [],
          },
    );
    const visible = rows.filter(
      (row) =>
        matches(row.id, initiativeId) &&
        canSeeCoFinancingReport(actor, { ownerId: row.owner_id, ministryId: row.ministry_id }),
    );
    const submissions = await this.reports.submissionsOf(visible.map((row) => row.id));
    const result = visible.map((row): CoFinancingReportDeadlinesModel => {
      const done = new Map((submissions.get(row.id) ?? []).map((s) => [s.year, s]));
      const reports = reportSchedule(
        row.first_grant_year,
        row.end_date ? yearOf(row.end_date) : null,
        yearOf(date),
      ).map((due) => {
        const submission = done.get(due.year);
        return {
          year: due.year,
          kind: CoFinancingReportKind[due.kind],
          dueDate: due.dueDate,
          submission: submission ? toSubmission(submission) : null,
          overdue: !submission && due.dueDate < date,
        };
      });
      return {
        initiativeId: row.id,
        code: row.code,
        name: row.name,
        reports,
        nextDue: reports.find((r) => r.submission === null) ?? null,
        overdueCount: reports.filter((r) => r.overdue).length,
      };
    });
    return listWindow(
      overdueOnly ? result.filter((r) => r.overdueCount > 0) : result,
      { sort, offset, limit },
      REPORT_DEADLINES_SORT,
      { field: CoFinancingReportDeadlinesSortField.CODE, direction: SortDirection.ASC },
    );
  }

  /**
   * Marks a co-financed initiative's report for `year` submitted: owners of the owner organisation and
   * administrators (canEditInitiative); a year it owes a report for (the schedule) and that is over; once
   * (CONFLICT the second time). Audited.
   */
  markSubmitted(actor: Actor, initiativeId: string, year: number): Promise<CoFinancingReportSubmissionModel> {
    assertUuid('initiativeId', initiativeId);
    return this.mutations.mutate(actor, {
      load: async () => {
        const initiative = await this.initiatives.findById(initiativeId);
        if (!initiative) throw notFound('Initiative', initiativeId);
        const firstGrantYear = await this.reports.firstGrantYear(initiative.id);
        const existing = await this.reports.submission(initiative.id, year);
        return { initiative, firstGrantYear, existing };
      },
      authorise: ({ initiative, firstGrantYear, existing }) => {
        if (!canEditInitiative(actor, initiative))
          throw forbidden(msg('REPORT_SUBMIT_ACCESS', { code: initiative.code }));
        if (firstGrantYear === null)
          throw badInput('initiativeId', msg('NOT_CO_FINANCED', { code: initiative.code }));
        const today = todayInNorway();
        const endYear = initiative.endDate ? yearOf(initiative.endDate) : null;
        const owed = reportSchedule(firstGrantYear, endYear, LIMITS.year.max);
        const endOfSchedule = endYear ?? yearOf(today);
        if (!owed.some((r) => r.year === year))
          throw badInput(
            'year',
            msg('REPORT_NOT_OWED', {
              code: initiative.code,
              year,
              years: `${Math.min(firstGrantYear, endOfSchedule)}–${endOfSchedule}`,
            }),
          );
        if (year >= yearOf(today)) throw badInput('year', msg('REPORT_YEAR_NOT_OVER', { year }));
        if (existing)
          throw conflict(
            msg('REPORT_ALREADY_SUBMITTED', {
              year,
              at: todayInNorway(existing.submittedAt),
              by: existing.submittedByName,
            }),
          );
      },
      apply: async ({ initiative }) =>
        toSubmission(
          await this.reports.insertSubmission({
            initiativeId: initiative.id,
            year,
            kind: reportKind(year, initiative.endDate ? yearOf(initiative.endDate) : null),
            submittedByUserId: actorUserId(actor),
            submittedByName: actor.name,
          }),
        ),
      audit: ({ initiative }, submission) => ({
        operation: 'markCoFinancingReportSubmitted',
        entityType: 'Initiative',
        entityId: initiative.id,
        ownerOrganisationId: initiative.ownerId,
        after: {
          coFinancingReport: { year, kind: submission.kind, submittedByName: submission.submittedByName },
        },
      }),
    });
  }

  /** Planned versus actual per year (the rows up to the report year) and category, with the year's total after. */
  private accounts(
    rows: readonly { year: number; category: CostCategory; planned: string; actual: string | null }[],
  ): CoFinancingAccountLineModel[] {
    const lines: CoFinancingAccountLineModel[] = [];
    const flush = (lineYear: number, planned: bigint, actual: bigint | null) =>
      lines.push(accountLine(lineYear, null, planned, actual));
    let current: { year: number; planned: bigint; actual: bigint | null } | null = null;
    for (const row of rows) {
      if (current && current.year !== row.year) {
        flush(current.year, current.planned, current.actual);
        current = null;
      }
      current ??= { year: row.year, planned: 0n, actual: null };
      const planned = parseAmount(row.planned, 'planned');
      const actual = row.actual === null ? null : parseAmount(row.actual, 'actual');
      current.planned += planned;
      if (actual !== null) current.actual = (current.actual ?? 0n) + actual;
      lines.push(accountLine(row.year, row.category, planned, actual));
    }
    if (current) flush(current.year, current.planned, current.actual);
    return lines;
  }
}

/** An account line: the deviation by cost-model's one definition (deviation). */
function accountLine(
  year: number,
  category: CostCategory | null,
  planned: bigint,
  actual: bigint | null,
): CoFinancingAccountLineModel {
  const d = deviation(planned, actual, CO_FINANCING_DEVIATION_PERCENT);
  return {
    year,
    category,
    plannedNok: formatOre(planned),
    actualNok: actual === null ? null : formatOre(actual),
    deviationNok: d.deviation === null ? null : formatOre(d.deviation),
    deviationPercent: d.percent,
    flagged: d.flagged,
  };
}

function figuresOf(f: TakeOutFigures): TakeOutFiguresModel {
  return {
    grossBenefitNok: formatOre(f.gross),
    disBenefitNok: formatOre(f.disBenefits),
    runningCostNok: formatOre(f.runningCost),
    runningCostIncreaseNok: formatOre(f.runningCostIncrease),
    netNok: formatOre(f.net),
    takeOutNok: formatOre(f.takeOut),
  };
}

function formatRatioPercent(part: bigint, whole: bigint): string {
  return formatRatio(part * 100n, whole, 2);
}

function grantLine(y: Omit<GrantYear, 'year'> & { year: number | null }): GrantReconciliationLineModel {
  return {
    year: y.year,
    grantPlannedNok: formatOre(y.grantPlanned),
    grantReceivedNok: formatOre(y.grantReceived),
    plannedCostNok: formatOre(y.plannedCost),
    actualCostNok: y.actualCost === null ? null : formatOre(y.actualCost),
    grantSharePercent: y.sharePercent,
    grantUsedNok: formatOre(y.used),
    grantUnusedNok: formatOre(y.unused),
    costDeviationNok: y.cost.deviation === null ? null : formatOre(y.cost.deviation),
    costDeviationPercent: y.cost.percent,
    costFlagged: y.cost.flagged,
    grantDeviationNok: y.grant.deviation === null ? null : formatOre(y.grant.deviation),
    grantDeviationPercent: y.grant.percent,
    grantFlagged: y.grant.flagged,
  };
}

function toSubmission(row: CoFinancingReportSubmissionEntity): CoFinancingReportSubmissionModel {
  return {
    year: row.year,
    kind: CoFinancingReportKind[row.kind],
    submittedAt: row.submittedAt,
    submittedByName: row.submittedByName,
  };
}
