import { BenefitCategory, BenefitStatus } from '@gevinst/domain';
import {
  type AnalysisOptions,
  type AnalysisPeriod,
  type PriceIndexPoint,
  analyse,
  formatOre,
  formatRatio,
  parseAmount,
} from '@gevinst/cost-model';
import type { BenefitCalculator } from '../realisation/benefit-figures.js';
import type { CostYearRow } from '../cost-item/cost-item.loaders.js';
import type { InitiativeEconomicsModel } from './initiative-economics.model.js';
import type { NonMonetisedBenefitModel } from './non-monetised-benefit.model.js';
import type { SensitivityCaseEnum } from './sensitivity-row.model.js';

/** A benefit as listed beside the NPV when it has no value in NOK. */
export interface BenefitListing {
  id: string;
  title: string;
  indicatorName: string;
  indicatorUnit: string;
  category: BenefitCategory;
  status: BenefitStatus;
  valuePerUnit: string | null;
}

/**
 * The economics of one initiative: the loaded rows handed to cost-model's `analyse` (the definition lives
 * there and in libs/cost-model/README.md, "The analysis") and its result mapped to the GraphQL type. The
 * benefits' yearly NOK come from BenefitCalculator.years over the analysis period; a budget-releasing
 * benefit's planned NOK are savings in public budgets.
 */
export function initiativeEconomics(
  period: AnalysisPeriod,
  costRows: readonly CostYearRow[],
  calculators: readonly BenefitCalculator[],
  benefits: readonly BenefitListing[],
  priceIndex: readonly PriceIndexPoint[],
  asOf: string,
  options: AnalysisOptions,
): InitiativeEconomicsModel {
  const result = analyse({
    period,
    asOf,
    costs: costRows,
    benefits: calculators
      .filter((calculator) => calculator.monetised)
      .map((calculator) => ({
        budgetReleasing: calculator.plan.category === BenefitCategory.BUDGET_RELEASING,
        years: calculator.years(period.fromYear, period.toYear).map((figures) => ({
          year: figures.year,
          planned: formatOre(figures.planned),
          plannedToDate: formatOre(figures.plannedToDate),
          realised: figures.realised === null ? null : formatOre(figures.realised),
        })),
      })),
    priceIndex,
    options,
  });

  const costYears = new Map<number, { planned: bigint; actual: bigint | null }>();
  for (const row of costRows) {
    const entry = costYears.get(row.year) ?? { planned: 0n, actual: null };
    entry.planned += parseAmount(row.planned, 'planned');
    if (row.actual !== null) entry.actual = (entry.actual ?? 0n) + parseAmount(row.actual, 'actual');
    costYears.set(row.year, entry);
  }
  const toDate = parseAmount(result.totals.plannedBenefitToDate, 'toDate', { allowNegative: true });
  const realised = parseAmount(result.totals.realisedBenefit, 'realised', { allowNegative: true });
  const nonMonetised: NonMonetisedBenefitModel[] = benefits
    .filter((benefit) => benefit.valuePerUnit === null && benefit.status !== BenefitStatus.CANCELLED)
    .map((benefit) => ({
      benefitId: benefit.id,
      title: benefit.title,
      indicatorName: benefit.indicatorName,
      indicatorUnit: benefit.indicatorUnit,
      category: benefit.category,
    }));

  return {
    asOf,
    fromYear: result.fromYear,
    toYear: result.toYear,
    lifetimeYears: result.lifetimeYears,
    priceBaseYear: result.priceBaseYear,
    priceBaseIndex: result.priceBaseIndex.index,
    priceBaseIndexEstimated: result.priceBaseIndex.estimated,
    baseYear: result.baseYear,
    residualValue: result.residualValue,
    projectedRunningCost: result.projectedRunningCost,
    discountRates: result.discountRates.map((period) => ({
      throughYear: period.throughYear ?? null,
      rate: period.rate,
    })),
    taxFinancingCost: result.taxFinancingCost,
    totalPlannedCost: result.totals.plannedCost,
    totalActualCost: result.totals.actualCostNominal,
    totalActualCostFixedPrices: result.totals.actualCostFixed,
    totalProjectedCost: result.totals.projectedCost,
    costsByYear: [...costYears.entries()]
      .sort(([a], [b]) => a - b)
      .map(([year, entry]) => ({
        year,
        planned: formatOre(entry.planned),
        actual: entry.actual === null ? null : formatOre(entry.actual),
      })),
    benefitsByYear: result.years.map((row) => ({
      year: row.year,
      plannedNok: row.plannedBenefit,
      realisedNok: row.realisedBenefit,
    })),
    years: result.years.map((row) => ({
      year: row.year,
      plannedCost: row.plannedCost,
      projectedCost: row.projectedCost,
      projected: row.projected,
      actualCostNominal: row.actualCostNominal,
      actualCostFixedPrices: row.actualCostFixed,
      priceIndex: row.priceIndex.index,
      priceIndexYear: row.priceIndex.sourceYear,
      priceIndexEstimated: row.priceIndex.estimated,
      plannedBenefitNok: row.plannedBenefit,
      plannedBenefitToDateNok: row.plannedBenefitToDate,
      realisedBenefitNok: row.realisedBenefit,
      residualValue: row.residualValue,
    })),
    totalPlannedBenefitNok: result.totals.plannedBenefit,
    totalPlannedBenefitToDateNok: result.totals.plannedBenefitToDate,
    totalRealisedBenefitNok: result.totals.realisedBenefit,
    realisationPercent: toDate > 0n ? formatRatio(realised * 100n, toDate, 2) : null,
    npv: result.npv.npv,
    npvPerNokInvested: result.npv.npvPerKrone,
    presentValueNetPublicSpending: result.npv.presentValueNetPublicSpending,
    npvPerBudgetKrone: result.npv.npvPerBudgetKrone,
    paybackYear: result.npv.paybackYear,
    presentValueCosts: result.npv.presentValueCosts,
    presentValueBenefits: result.npv.presentValueBenefits,
    presentValueTaxFinancingCost: result.npv.presentValueTaxFinancingCost,
    presentValueInvestment: result.npv.presentValueInvestment,
    npvByYear: result.npv.series,
    sensitivity: result.sensitivity.map((row) => ({ ...row, case: row.case as SensitivityCaseEnum })),
    breakEvenBenefitShare: result.breakEvenBenefitShare,
    nonMonetisedBenefits: nonMonetised,
  };
}
