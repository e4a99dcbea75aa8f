import { type AnalysisPeriod, analysisPeriod } from '@gevinst/cost-model';
import { LIMITS } from '@gevinst/domain';
import { yearOf } from '../common/today.js';
import type { BenefitCalculator } from './benefit-figures.js';

/**
 * The analysis period of an initiative, the same for every view: `economics`, `portfolioSummary`,
 * `netPositions`, the co-financing report and the dashboard (cost-model's `analysisPeriod`: from the first
 * year anything happens — the start date, the first cost item, the first effect start of a monetised
 * benefit — for the lifetime, default 10 years, extended to the last cost year).
 */
export interface PeriodFacts {
  /** the year of the initiative's start date, if any */
  startYear: number | null;
  /** years with a cost item (the first and the last are enough) */
  costYears: readonly number[];
  /** the effect-start year (baseline year when none is given) of each monetised benefit (the first is enough) */
  benefitStartYears: readonly number[];
}

export interface PeriodOptions {
  lifetimeYears?: number | null;
  toYear?: number | null;
}

export function initiativePeriod(
  facts: PeriodFacts,
  asOf: string,
  options: PeriodOptions = {},
): AnalysisPeriod {
  return analysisPeriod({
    startYear: facts.startYear,
    costYears: facts.costYears,
    benefitStartYears: facts.benefitStartYears,
    lifetimeYears: options.lifetimeYears,
    toYear: options.toYear,
    fallbackYear: yearOf(asOf),
    maxYears: LIMITS.periodYears,
  });
}

/** The year a monetised benefit's effect can start: its effect start, or its baseline year when none is given. */
export function benefitStartYear(calculator: BenefitCalculator): number {
  return yearOf(calculator.plan.effectStart ?? calculator.plan.baselineDate);
}
