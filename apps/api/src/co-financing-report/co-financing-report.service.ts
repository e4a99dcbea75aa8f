import {
  BenefitCategory,
  BenefitStatus,
  CO_FINANCING_DEVIATION_PERCENT,
  CO_FINANCING_TAKE_OUT_PERCENT,
  CostCategory,
  LIMITS,
  canSeeCoFinancingReport,
  isYearIn,
  msg,
} from '@gevinst/domain';
import { divRoundHalfAwayFromZero, formatOre, formatRatio, parseAmount } from '@gevinst/cost-model';
import { Injectable } from '@nestjs/common';
import type { Actor } from '../auth/actor.js';
import { benefitStartYear, initiativePeriod } from '../realisation/analysis-period.js';
import { toRealisationFields } from '../realisation/benefit-figures.js';
import { badInput, forbidden, notFound } from '../common/errors.js';
import { assertUuid } from '../common/ids.js';
import { todayInNorway, yearOf } from '../common/today.js';
import { CostItemRepository } from '../cost-item/cost-item.repository.js';
import type { InitiativeEntity } from '../initiative/initiative.entity.js';
import { InitiativeRepository } from '../initiative/initiative.repository.js';
import { OrganisationRepository } from '../organisation/organisation.repository.js';
import type { CoFinancingAccountLineModel } from './co-financing-account-line.model.js';
import { CoFinancingReportRepository } from './co-financing-report.repository.js';
import type { CoFinancingReportModel } from './co-financing-report.model.js';

/** The report and what the workbook needs besides it. */
export interface CoFinancingReportData extends CoFinancingReportModel {
  initiative: InitiativeEntity;
  ownerName: string;
  ministryName: string;
  receivingNames: Map<string, string>;
}

/** The co-financing annual report: read through the repositories, computed here (no SQL). */
@Injectable()
export class CoFinancingReportService {
  constructor(
    private readonly reports: CoFinancingReportRepository,
    private readonly initiatives: InitiativeRepository,
    private readonly organisations: OrganisationRepository,
    private readonly costItems: CostItemRepository,
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

    let plannedInternal = 0n;
    let realisedInternal = 0n;
    const lines = benefits.map((benefit) => {
      const calculator = calculators.get(benefit.id);
      if (!calculator) throw new Error(`Benefit ${benefit.id} has no plan`);
      const figures = calculator.monetised && inPeriod ? calculator.years(year, year)[0] : undefined;
      // A benefit whose baseline is after the report year, or a year outside the analysis period: 0.
      const planned = calculator.monetised ? (figures?.planned ?? 0n) : null;
      const realised = calculator.monetised ? (figures?.realised ?? 0n) : null;
      if (
        benefit.category === BenefitCategory.BUDGET_RELEASING &&
        benefit.receivingOrganisationId === initiative.ownerId &&
        planned !== null
      ) {
        plannedInternal += planned;
        realisedInternal += realised ?? 0n;
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
    const takeOut = (net: bigint): bigint =>
      net > 0n ? divRoundHalfAwayFromZero(net * BigInt(CO_FINANCING_TAKE_OUT_PERCENT), 100n) : 0n;

    return {
      initiativeId: initiative.id,
      year,
      periodStart: `${year}-01-01`,
      periodEnd,
      dueDate: `${year + 1}-03-01`,
      isFinalReport: initiative.endDate !== null && yearOf(initiative.endDate) === year,
      asOf,
      generatedAt: new Date(),
      coFinancingGrantNok: formatOre(parseAmount(names.grant, 'grant')),
      deviationThresholdPercent: String(CO_FINANCING_DEVIATION_PERCENT),
      accounts,
      totalPlannedNok: formatOre(totalPlanned),
      totalActualNok: formatOre(totalActual),
      benefits: lines,
      budgetTakeOut: {
        takeOutPercent: String(CO_FINANCING_TAKE_OUT_PERCENT),
        plannedInternalNetNok: formatOre(plannedInternal),
        realisedInternalNetNok: formatOre(realisedInternal),
        plannedTakeOutNok: formatOre(takeOut(plannedInternal)),
        realisedTakeOutNok: formatOre(takeOut(realisedInternal)),
      },
      initiative,
      ownerName: names.owner,
      ministryName: names.ministry,
      receivingNames,
    };
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

/** A deviation is flagged when |actual − planned| is above 10 % of planned (any deviation when nothing was planned). */
function accountLine(
  year: number,
  category: CostCategory | null,
  planned: bigint,
  actual: bigint | null,
): CoFinancingAccountLineModel {
  const deviation = actual === null ? null : actual - planned;
  const size = deviation === null ? 0n : deviation < 0n ? -deviation : deviation;
  return {
    year,
    category,
    plannedNok: formatOre(planned),
    actualNok: actual === null ? null : formatOre(actual),
    deviationNok: deviation === null ? null : formatOre(deviation),
    deviationPercent: deviation === null || planned === 0n ? null : formatRatio(deviation * 100n, planned, 2),
    flagged: deviation !== null && size * 100n > planned * BigInt(CO_FINANCING_DEVIATION_PERCENT),
  };
}
