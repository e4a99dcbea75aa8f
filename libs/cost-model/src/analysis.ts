/**
 * One analysis definition for an initiative (samfunnsøkonomisk analyse after circular R-109 and DFØ's
 * "Veileder i samfunnsøkonomiske analyser"), used by every view that counts an initiative's years.
 *
 * THE PERIOD (`analysisPeriod`)
 * - Start year: the first year anything happens: the initiative's start date, its first cost item, or the
 *   first effect start (baseline) of a monetised benefit, whichever is earliest.
 * - Lifetime: `lifetimeYears`, default DEFAULT_LIFETIME_YEARS = 10. DFØ's guide (kap. 3.5) asks for an
 *   analysis period equal to the measure's lifetime where it can be assessed, and NOU 2012: 16 ch. 6 for a
 *   residual value when the lifetime is longer than the period; ICT solutions are commonly given 10 years
 *   in the co-financing scheme's calculation template. A parameter.
 * - The period runs from the start year to start + lifetime − 1, extended to the last cost year if that is
 *   later. Costs AND benefits run over exactly these years. `toYear` is another way to give the lifetime
 *   (lifetime = toYear − start + 1): it may not be before the last cost year, and is refused together with
 *   `lifetimeYears`.
 *
 * THE TABLE (`analyse`)
 * - Planned amounts (cost items' planned amounts, benefits' planned NOK) are taken as fixed prices of the
 *   price-base year. Actual amounts from the accounts are nominal and are shown both as booked and in
 *   fixed prices of the price-base year (price-index.ts: KPI, SSB 03014).
 * - Price-base year: `priceBaseYear`, default the start year (the analysis is the one made when the
 *   initiative started, in that year's kroner; DFØ: fixed prices of one stated year).
 * - Running costs after the last cost year: the planned OPERATION and MAINTENANCE items of the last cost
 *   year, repeated for every later year of the period, marked `projected`.
 * - Residual value: `residualValue` NOK (default 0), counted as a benefit in the period's last year.
 * - NPV after npv.ts (R-109's declining rate, tax financing cost on the net change in public budgets: cost
 *   items and budget-releasing dis-benefits less budget-releasing benefits). Discounting year 0 is
 *   `baseYear`, default the start year.
 *
 * SENSITIVITY (each an NPV with every other input unchanged)
 * - BENEFITS_MINUS_20 / BENEFITS_PLUS_20: every planned benefit (dis-benefits too, and the budget savings
 *   within them) × 0.8 / × 1.2, each year's figure rounded to the øre. The residual value is not scaled.
 * - COSTS_PLUS_20: every cost (cost items and projected running costs) × 1.2.
 * - EFFECT_ONE_YEAR_LATE: the planned benefit series moved one year later within the same period (the
 *   first year gets none, the last year's benefits fall outside the period).
 * - Break-even benefit share: the fraction s of the planned benefits at which NPV = 0. NPV is linear in s:
 *   NPV(s) = NPV(0) + s × (NPV(1) − NPV(0)), so s = −NPV(0) / (NPV(1) − NPV(0)), from the NPV without
 *   benefits and the base NPV, rounded half away from zero to four decimals. Null when benefits do not raise
 *   the NPV (NPV(1) ≤ NPV(0)). Below 0: the NPV is positive with no benefit at all; above 1: more benefit
 *   than planned is needed.
 */
import { msg } from '@gevinst/domain';
import { CostModelError } from './errors';
import { D, scaledUnits } from './decimal';
import { formatOre, formatRatio, parseAmount } from './money';
import {
  DEFAULT_TAX_FINANCING_COST,
  type DiscountRatePeriod,
  type NpvFlow,
  type NpvResult,
  R109_DISCOUNT_RATES,
  npv,
} from './npv';
import { type IndexOfYear, PriceIndex, type PriceIndexPoint } from './price-index';

/** The default lifetime of an ICT measure, in years (see above). */
export const DEFAULT_LIFETIME_YEARS = 10;
/** The longest analysis period, in years. */
export const MAX_ANALYSIS_YEARS = 100;

export interface AnalysisPeriodInput {
  /** the year of the initiative's start date, if any */
  startYear?: number | null;
  /** years with a cost item */
  costYears: readonly number[];
  /** the effect start (baseline) year of each monetised benefit */
  benefitStartYears: readonly number[];
  /** default DEFAULT_LIFETIME_YEARS */
  lifetimeYears?: number | null;
  /** the last year of the period instead of a lifetime */
  toYear?: number | null;
  /** the start year when nothing has a year (asOf's year) */
  fallbackYear: number;
  /** default MAX_ANALYSIS_YEARS */
  maxYears?: number;
}

export interface AnalysisPeriod {
  fromYear: number;
  toYear: number;
  /** toYear − fromYear + 1 (more than the lifetime asked for when the last cost year is later) */
  lifetimeYears: number;
  /** null without cost items */
  lastCostYear: number | null;
}

function optionError(option: string, problem: ReturnType<typeof msg>): CostModelError {
  return new CostModelError('INVALID_INPUT', problem, `options.${option}`);
}

export function analysisPeriod(input: AnalysisPeriodInput): AnalysisPeriod {
  const max = input.maxYears ?? MAX_ANALYSIS_YEARS;
  const known = [input.startYear ?? null, ...input.costYears, ...input.benefitStartYears].filter(
    (year): year is number => year !== null && Number.isFinite(year),
  );
  const fromYear = known.length ? Math.min(...known) : input.fallbackYear;
  const lastCostYear = input.costYears.length ? Math.max(...input.costYears) : null;
  const given = (value: number | null | undefined): value is number => value !== null && value !== undefined;
  if (given(input.lifetimeYears) && given(input.toYear))
    throw optionError('lifetimeYears', msg('LIFETIME_OR_TO_YEAR'));
  let lifetime = DEFAULT_LIFETIME_YEARS;
  if (given(input.lifetimeYears)) {
    if (!Number.isSafeInteger(input.lifetimeYears) || input.lifetimeYears < 1 || input.lifetimeYears > max)
      throw optionError('lifetimeYears', msg('LIFETIME_YEARS', { max, got: String(input.lifetimeYears) }));
    lifetime = input.lifetimeYears;
  }
  if (given(input.toYear)) {
    if (!Number.isSafeInteger(input.toYear))
      throw optionError('toYear', msg('WHOLE_YEAR', { got: String(input.toYear) }));
    if (lastCostYear !== null && input.toYear < lastCostYear)
      throw optionError(
        'toYear',
        msg('BEFORE_LAST_COST_YEAR', { year: lastCostYear, got: String(input.toYear) }),
      );
    if (input.toYear < fromYear)
      throw optionError('toYear', msg('BEFORE_START_YEAR', { year: fromYear, got: String(input.toYear) }));
    lifetime = input.toYear - fromYear + 1;
  }
  const toYear = Math.max(fromYear + lifetime - 1, lastCostYear ?? fromYear);
  if (toYear - fromYear + 1 > max)
    throw optionError(
      given(input.toYear) ? 'toYear' : 'lifetimeYears',
      msg('ANALYSIS_PERIOD_TOO_LONG', { max, from: fromYear, to: toYear }),
    );
  return { fromYear, toYear, lifetimeYears: toYear - fromYear + 1, lastCostYear };
}

/** The intersection of two year ranges, or null when they do not meet. */
export function intersectYears(
  a: { fromYear: number; toYear: number },
  b: { fromYear: number; toYear: number },
): { fromYear: number; toYear: number } | null {
  const fromYear = Math.max(a.fromYear, b.fromYear);
  const toYear = Math.min(a.toYear, b.toYear);
  return fromYear <= toYear ? { fromYear, toYear } : null;
}

/** Cost items summed by year and category. */
export interface AnalysisCostRow {
  year: number;
  /** a CostCategory of @gevinst/domain */
  category: string;
  /** NOK, fixed prices of the price-base year */
  planned: string;
  /** NOK, nominal (as booked); null when nothing is booked */
  actual: string | null;
}

/** One monetised benefit's yearly NOK (BenefitCalculator.years in the API). */
export interface AnalysisBenefit {
  /** a BUDGET_RELEASING benefit: its planned NOK are savings in public budgets */
  budgetReleasing: boolean;
  years: readonly {
    year: number;
    /** NOK (negative for a dis-benefit) */
    planned: string;
    plannedToDate: string;
    /** null after asOf's year */
    realised: string | null;
  }[];
}

export type SensitivityCase =
  'BENEFITS_MINUS_20' | 'BENEFITS_PLUS_20' | 'COSTS_PLUS_20' | 'EFFECT_ONE_YEAR_LATE';

export interface SensitivityRow {
  case: SensitivityCase;
  npv: string;
  /** npv − the base NPV */
  change: string;
}

export interface AnalysisOptions {
  /** default the start year */
  priceBaseYear?: number | null;
  /** NOK ≥ 0 in the last year, default "0.00" */
  residualValue?: string | null;
  /** discounting year 0, default the start year */
  baseYear?: number | null;
  discountRates?: readonly DiscountRatePeriod[] | null;
  taxFinancingCost?: string | null;
}

export interface AnalysisInput {
  period: AnalysisPeriod;
  asOf: string;
  costs: readonly AnalysisCostRow[];
  benefits: readonly AnalysisBenefit[];
  priceIndex: readonly PriceIndexPoint[];
  options?: AnalysisOptions;
}

export interface AnalysisYear {
  year: number;
  /** cost items' planned amounts (fixed prices) */
  plannedCost: string;
  /** running costs projected from the last cost year (0 in years with cost items) */
  projectedCost: string;
  /** true for a year after the last cost year whose cost is projected */
  projected: boolean;
  /** cost items' actual amounts as booked; null when none */
  actualCostNominal: string | null;
  /** the same in fixed prices of the price-base year */
  actualCostFixed: string | null;
  /** the consumer price index used for the year */
  priceIndex: IndexOfYear;
  plannedBenefit: string;
  plannedBenefitToDate: string;
  /** null after asOf's year */
  realisedBenefit: string | null;
  /** the residual value, in the last year only */
  residualValue: string;
}

export interface AnalysisResult {
  fromYear: number;
  toYear: number;
  lifetimeYears: number;
  priceBaseYear: number;
  priceBaseIndex: IndexOfYear;
  baseYear: number;
  asOf: string;
  residualValue: string;
  discountRates: readonly DiscountRatePeriod[];
  taxFinancingCost: string;
  /** running cost a year after the last cost year (its OPERATION and MAINTENANCE items) */
  projectedRunningCost: string;
  years: AnalysisYear[];
  totals: {
    plannedCost: string;
    projectedCost: string;
    actualCostNominal: string;
    actualCostFixed: string;
    plannedBenefit: string;
    plannedBenefitToDate: string;
    realisedBenefit: string;
  };
  npv: NpvResult;
  sensitivity: SensitivityRow[];
  /** four decimals; null when benefits do not raise the NPV */
  breakEvenBenefitShare: string | null;
}

const RUNNING = new Set(['OPERATION', 'MAINTENANCE']);

interface YearParts {
  items: bigint;
  projected: bigint;
  actual: bigint | null;
  benefitPositive: bigint;
  benefitNegative: bigint;
  saving: bigint;
  budgetCost: bigint;
  planned: bigint;
  plannedToDate: bigint;
  realised: bigint | null;
  residual: bigint;
}

function year4(value: number, option: string): number {
  if (!Number.isSafeInteger(value) || value < 1900 || value > 2300)
    throw optionError(option, msg('YEAR_BETWEEN', { min: 1900, max: 2300, got: String(value) }));
  return value;
}

export function analyse(input: AnalysisInput): AnalysisResult {
  const { period, asOf } = input;
  const options = input.options ?? {};
  const index = new PriceIndex(input.priceIndex);
  const priceBaseYear =
    options.priceBaseYear === null || options.priceBaseYear === undefined
      ? period.fromYear
      : year4(options.priceBaseYear, 'priceBaseYear');
  const residual =
    options.residualValue === null || options.residualValue === undefined
      ? 0n
      : parseAmount(options.residualValue, 'options.residualValue');
  const asOfYear = Number(asOf.slice(0, 4));

  const parts = new Map<number, YearParts>();
  for (let year = period.fromYear; year <= period.toYear; year++)
    parts.set(year, {
      items: 0n,
      projected: 0n,
      actual: null,
      benefitPositive: 0n,
      benefitNegative: 0n,
      saving: 0n,
      budgetCost: 0n,
      planned: 0n,
      plannedToDate: 0n,
      realised: year <= asOfYear ? 0n : null,
      residual: year === period.toYear ? residual : 0n,
    });
  let running = 0n;
  input.costs.forEach((row, i) => {
    const entry = parts.get(row.year);
    if (entry === undefined)
      throw new CostModelError(
        'INVALID_INPUT',
        msg('FLOW_OUTSIDE_PERIOD', { year: row.year, from: period.fromYear, to: period.toYear }),
        `costs[${i}].year`,
      );
    const planned = parseAmount(row.planned, `costs[${i}].planned`);
    entry.items += planned;
    if (row.actual !== null)
      entry.actual = (entry.actual ?? 0n) + parseAmount(row.actual, `costs[${i}].actual`);
    if (row.year === period.lastCostYear && RUNNING.has(row.category)) running += planned;
  });
  if (period.lastCostYear !== null)
    for (let year = period.lastCostYear + 1; year <= period.toYear; year++)
      (parts.get(year) as YearParts).projected = running;
  input.benefits.forEach((benefit, b) => {
    benefit.years.forEach((figures, y) => {
      const entry = parts.get(figures.year);
      if (entry === undefined) return; // outside the period: not counted
      const path = `benefits[${b}].years[${y}]`;
      const planned = parseAmount(figures.planned, `${path}.planned`, { allowNegative: true });
      entry.planned += planned;
      entry.plannedToDate += parseAmount(figures.plannedToDate, `${path}.plannedToDate`, {
        allowNegative: true,
      });
      if (entry.realised !== null && figures.realised !== null)
        entry.realised += parseAmount(figures.realised, `${path}.realised`, { allowNegative: true });
      if (planned >= 0n) {
        entry.benefitPositive += planned;
        if (benefit.budgetReleasing) entry.saving += planned;
      } else {
        entry.benefitNegative -= planned;
        if (benefit.budgetReleasing) entry.budgetCost -= planned;
      }
    });
  });

  const baseYear =
    options.baseYear === null || options.baseYear === undefined
      ? period.fromYear
      : year4(options.baseYear, 'baseYear');
  for (let year = period.fromYear; year < baseYear && year <= period.toYear; year++) {
    const entry = parts.get(year) as YearParts;
    if (entry.items !== 0n || entry.projected !== 0n || entry.planned !== 0n || entry.residual !== 0n)
      throw optionError('baseYear', msg('BASE_YEAR_AFTER_FIRST_FLOW', { year, got: String(baseYear) }));
  }
  const discountRates = options.discountRates ?? R109_DISCOUNT_RATES;
  const taxFinancingCost = options.taxFinancingCost ?? DEFAULT_TAX_FINANCING_COST;
  const npvOptions = { baseYear, discountRates, taxFinancingCost };

  const scale = (ore: bigint, factor: D | null): bigint =>
    factor === null ? ore : scaledUnits(new D(ore.toString()).times(factor), 0);
  const years = [...parts.keys()].filter((year) => year >= baseYear);
  const flows = (benefitFactor: D | null, costFactor: D | null, shift: number): NpvFlow[] =>
    years.map((year) => {
      const entry = parts.get(year) as YearParts;
      const from = parts.get(year - shift);
      const b = (field: 'benefitPositive' | 'benefitNegative' | 'saving' | 'budgetCost'): bigint =>
        from === undefined ? 0n : scale(from[field], benefitFactor);
      const items = scale(entry.items + entry.projected, costFactor);
      return {
        year,
        cost: formatOre(items + b('benefitNegative')),
        benefit: formatOre(b('benefitPositive') + entry.residual),
        publicCost: formatOre(items + b('budgetCost')),
        budgetSaving: formatOre(b('saving')),
        investment: formatOre(items),
      };
    });
  const base = npv(flows(null, null, 0), npvOptions);
  const baseOre = parseAmount(base.npv, 'npv', { allowNegative: true });
  const row = (kind: SensitivityCase, benefitFactor: D | null, costFactor: D | null, shift: number) => {
    const value = parseAmount(npv(flows(benefitFactor, costFactor, shift), npvOptions).npv, 'npv', {
      allowNegative: true,
    });
    return { case: kind, npv: formatOre(value), change: formatOre(value - baseOre) };
  };
  const sensitivity: SensitivityRow[] = [
    row('BENEFITS_MINUS_20', new D('0.8'), null, 0),
    row('BENEFITS_PLUS_20', new D('1.2'), null, 0),
    row('COSTS_PLUS_20', null, new D('1.2'), 0),
    row('EFFECT_ONE_YEAR_LATE', null, null, 1),
  ];
  const without = parseAmount(npv(flows(new D(0), null, 0), npvOptions).npv, 'npv', { allowNegative: true });
  const breakEvenBenefitShare = baseOre > without ? formatRatio(-without, baseOre - without, 4) : null;

  const totals = {
    plannedCost: 0n,
    projectedCost: 0n,
    actualCostNominal: 0n,
    actualCostFixed: 0n,
    plannedBenefit: 0n,
    plannedBenefitToDate: 0n,
    realisedBenefit: 0n,
  };
  const table: AnalysisYear[] = [...parts.entries()].map(([year, entry]) => {
    const actualFixed =
      entry.actual === null ? null : index.toFixedPrices(formatOre(entry.actual), year, priceBaseYear);
    totals.plannedCost += entry.items;
    totals.projectedCost += entry.projected;
    totals.actualCostNominal += entry.actual ?? 0n;
    totals.actualCostFixed +=
      actualFixed === null ? 0n : parseAmount(actualFixed, 'actual', { allowNegative: true });
    totals.plannedBenefit += entry.planned;
    totals.plannedBenefitToDate += entry.plannedToDate;
    totals.realisedBenefit += entry.realised ?? 0n;
    return {
      year,
      plannedCost: formatOre(entry.items),
      projectedCost: formatOre(entry.projected),
      projected: period.lastCostYear !== null && year > period.lastCostYear && entry.projected !== 0n,
      actualCostNominal: entry.actual === null ? null : formatOre(entry.actual),
      actualCostFixed: actualFixed,
      priceIndex: index.of(year),
      plannedBenefit: formatOre(entry.planned),
      plannedBenefitToDate: formatOre(entry.plannedToDate),
      realisedBenefit: entry.realised === null ? null : formatOre(entry.realised),
      residualValue: formatOre(entry.residual),
    };
  });
  return {
    fromYear: period.fromYear,
    toYear: period.toYear,
    lifetimeYears: period.lifetimeYears,
    priceBaseYear,
    priceBaseIndex: index.of(priceBaseYear),
    baseYear,
    asOf,
    residualValue: formatOre(residual),
    discountRates,
    taxFinancingCost,
    projectedRunningCost: formatOre(running),
    years: table,
    totals: {
      plannedCost: formatOre(totals.plannedCost),
      projectedCost: formatOre(totals.projectedCost),
      actualCostNominal: formatOre(totals.actualCostNominal),
      actualCostFixed: formatOre(totals.actualCostFixed),
      plannedBenefit: formatOre(totals.plannedBenefit),
      plannedBenefitToDate: formatOre(totals.plannedBenefitToDate),
      realisedBenefit: formatOre(totals.realisedBenefit),
    },
    npv: base,
    sensitivity,
    breakEvenBenefitShare,
  };
}
