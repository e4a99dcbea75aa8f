import { BenefitCategory, LIMITS, msg } from '@gevinst/domain';
import {
  DEFAULT_TAX_FINANCING_COST,
  type DiscountRatePeriod,
  type NpvFlow,
  R109_DISCOUNT_RATES,
  formatOre,
  npv,
  parseAmount,
} from '@gevinst/cost-model';
import type { BenefitCalculator } from '../realisation/benefit-figures.js';
import { InputProblems } from '../common/errors.js';
import type { CostYearRow } from '../cost-item/cost-item.loaders.js';
import { yearOf } from '../common/today.js';
import type { InitiativeEconomicsModel } from './initiative-economics.model.js';

export interface EconomicsOptions {
  asOf: string;
  discountRates?: readonly DiscountRatePeriod[] | null;
  taxFinancingCost?: string | null;
  baseYear?: number | null;
  toYear?: number | null;
}

/** Years in one analysis period (LIMITS.periodYears). */
const MAX_PERIOD_YEARS = LIMITS.periodYears;

/**
 * The economics of one initiative.
 *
 * - Costs: its cost items (planned amounts) per year; all are public spending and all count as investment
 *   for NPV per krone ("netto nåverdi per budsjettkrone").
 * - Benefits: plannedNok per year of every monetised benefit (see benefit-figures.ts). In the NPV flows a
 *   benefit's positive value is a benefit; a negative value (a dis-benefit) is a cost. Budget-releasing
 *   benefits are budget savings, which reduce the tax financing cost; budget-releasing dis-benefits are
 *   public costs, which add to it.
 * - Analysis period: by default from the first year anything happens — the start year, the first cost
 *   year or the baseline year of a monetised benefit, whichever is earliest (the base year, year 0 of the
 *   discounting) — to the latest of the end year, the last cost year and the last target year. `toYear`
 *   lengthens it (benefits hold at their last target after it); a `baseYear` after the first planned cost
 *   or benefit is refused, so the yearly benefits are the same as in portfolioSummary and netPositions.
 * - NPV, NPV per krone, payback year and the yearly table come from cost-model's `npv` (R-109 rates 4 % /
 *   3 % / 2 % with breaks after years 40 and 75, and a 20 % tax financing cost, unless given).
 */
export function initiativeEconomics(
  initiative: { startDate: string | null; endDate: string | null },
  costRows: readonly CostYearRow[],
  benefits: readonly BenefitCalculator[],
  options: EconomicsOptions,
): InitiativeEconomicsModel {
  const costByYear = new Map<number, { planned: bigint; actual: bigint | null }>();
  for (const row of costRows) {
    const entry = costByYear.get(row.year) ?? { planned: 0n, actual: null };
    entry.planned += parseAmount(row.planned, 'cost.planned');
    if (row.actual !== null) entry.actual = (entry.actual ?? 0n) + parseAmount(row.actual, 'cost.actual');
    costByYear.set(row.year, entry);
  }
  const costYears = [...costByYear.keys()].sort((a, b) => a - b);
  const monetised = benefits.filter((benefit) => benefit.monetised);
  const lastTargetYear = Math.max(
    ...monetised.map((b) => yearOf(b.plan.targets.at(-1)?.date ?? b.plan.baselineDate)),
    Number.NEGATIVE_INFINITY,
  );
  const firstBaselineYear = Math.min(
    ...monetised.map((b) => yearOf(b.plan.baselineDate)),
    Number.POSITIVE_INFINITY,
  );
  const startYear = initiative.startDate ? yearOf(initiative.startDate) : null;
  const endYear = initiative.endDate ? yearOf(initiative.endDate) : null;
  const asOfYear = yearOf(options.asOf);
  // The first year anything happens: the start, the first cost, or the first baseline of a monetised benefit
  // (the benefit figures of every view start at the baseline year, so the NPV sees the same years).
  const firstYear = Math.min(startYear ?? Infinity, costYears[0] ?? Infinity, firstBaselineYear);
  const baseYear = options.baseYear ?? (Number.isFinite(firstYear) ? firstYear : asOfYear);
  const lastCostYear = costYears.at(-1);
  const toYear =
    options.toYear ?? Math.max(baseYear, endYear ?? baseYear, lastCostYear ?? baseYear, lastTargetYear);
  const fromYear = Math.min(baseYear, Number.isFinite(firstYear) ? firstYear : baseYear);

  const problems = new InputProblems();
  if (options.toYear !== undefined && options.toYear !== null) {
    if (lastCostYear !== undefined && options.toYear < lastCostYear)
      problems.check(
        'toYear',
        msg('BEFORE_LAST_COST_YEAR', { year: lastCostYear, got: String(options.toYear) }),
      );
    if (options.toYear < baseYear) problems.check('toYear', msg('BEFORE_BASE_YEAR', { baseYear }));
  }
  if (toYear - fromYear > MAX_PERIOD_YEARS)
    problems.check(
      'toYear',
      msg('ANALYSIS_PERIOD_TOO_LONG', { max: MAX_PERIOD_YEARS, from: fromYear, to: toYear }),
    );
  problems.throwIfAny();

  // Per year: planned and realised net benefit, and the NPV parts (benefit vs dis-benefit, budget or not).
  interface YearBenefits {
    planned: bigint;
    realised: bigint | null;
    positive: bigint;
    negative: bigint;
    budgetSaving: bigint;
    budgetCost: bigint;
  }
  const byYear = new Map<number, YearBenefits>();
  for (let year = fromYear; year <= toYear; year++)
    byYear.set(year, {
      planned: 0n,
      realised: year <= asOfYear ? 0n : null,
      positive: 0n,
      negative: 0n,
      budgetSaving: 0n,
      budgetCost: 0n,
    });
  for (const benefit of monetised) {
    const budget = benefit.plan.category === BenefitCategory.BUDGET_RELEASING;
    for (const figures of benefit.years(fromYear, toYear)) {
      const entry = byYear.get(figures.year) as YearBenefits;
      entry.planned += figures.planned;
      if (entry.realised !== null && figures.realised !== null) entry.realised += figures.realised;
      if (figures.planned > 0n) {
        entry.positive += figures.planned;
        if (budget) entry.budgetSaving += figures.planned;
      } else {
        entry.negative -= figures.planned;
        if (budget) entry.budgetCost -= figures.planned;
      }
    }
  }
  // A base year given after the first cost or planned benefit would leave flows out: refuse it.
  for (let year = fromYear; year < baseYear; year++) {
    const flow = byYear.get(year) as YearBenefits;
    if ((costByYear.get(year)?.planned ?? 0n) !== 0n || flow.planned !== 0n) {
      problems.check('baseYear', msg('BASE_YEAR_AFTER_FIRST_FLOW', { year, got: String(baseYear) }));
      break;
    }
  }
  problems.throwIfAny();
  for (let year = fromYear; year < baseYear; year++) byYear.delete(year);

  const flows: NpvFlow[] = [];
  for (let year = baseYear; year <= toYear; year++) {
    const benefitsOfYear = byYear.get(year) as YearBenefits;
    const items = costByYear.get(year)?.planned ?? 0n;
    flows.push({
      year,
      cost: formatOre(items + benefitsOfYear.negative),
      benefit: formatOre(benefitsOfYear.positive),
      publicCost: formatOre(items + benefitsOfYear.budgetCost),
      budgetSaving: formatOre(benefitsOfYear.budgetSaving),
      investment: formatOre(items),
    });
  }
  const discountRates = options.discountRates ?? R109_DISCOUNT_RATES;
  const taxFinancingCost = options.taxFinancingCost ?? DEFAULT_TAX_FINANCING_COST;
  const result = npv(flows, { baseYear, discountRates, taxFinancingCost });

  let totalPlanned = 0n;
  let totalActual = 0n;
  for (const entry of costByYear.values()) {
    totalPlanned += entry.planned;
    totalActual += entry.actual ?? 0n;
  }
  let plannedBenefits = 0n;
  let realisedBenefits = 0n;
  for (const entry of byYear.values()) {
    plannedBenefits += entry.planned;
    realisedBenefits += entry.realised ?? 0n;
  }
  return {
    asOf: options.asOf,
    baseYear,
    toYear,
    discountRates: discountRates.map((period) => ({
      throughYear: period.throughYear ?? null,
      rate: period.rate,
    })),
    taxFinancingCost,
    totalPlannedCost: formatOre(totalPlanned),
    totalActualCost: formatOre(totalActual),
    costsByYear: costYears.map((year) => {
      const entry = costByYear.get(year) as { planned: bigint; actual: bigint | null };
      return {
        year,
        planned: formatOre(entry.planned),
        actual: entry.actual === null ? null : formatOre(entry.actual),
      };
    }),
    benefitsByYear: [...byYear.entries()].map(([year, entry]) => ({
      year,
      plannedNok: formatOre(entry.planned),
      realisedNok: entry.realised === null ? null : formatOre(entry.realised),
    })),
    totalPlannedBenefitNok: formatOre(plannedBenefits),
    totalRealisedBenefitNok: formatOre(realisedBenefits),
    npv: result.npv,
    npvPerNokInvested: result.npvPerKrone,
    paybackYear: result.paybackYear,
    presentValueCosts: result.presentValueCosts,
    presentValueBenefits: result.presentValueBenefits,
    presentValueTaxFinancingCost: result.presentValueTaxFinancingCost,
    presentValueInvestment: result.presentValueInvestment,
    npvByYear: result.series,
  };
}
