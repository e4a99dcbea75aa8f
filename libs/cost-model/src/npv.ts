/**
 * Socio-economic figures for an initiative (samfunnsøkonomisk analyse after DFØ and circular R-109).
 *
 * Sign conventions: every amount goes in as a positive NOK figure in fixed (real) prices: `cost` is what
 * the year costs, `benefit` what it yields in monetised benefits. Net = benefit − cost − tax financing.
 *
 * Tax financing cost (skattefinansieringskostnad): `taxFinancingCost` (default 0.20) × the net public
 * spending of the year, which is `publicCost − budgetSaving`: the costs paid from public budgets less the
 * cash-releasing savings in public budgets. So a cost of 100 borne by public budgets weighs 120; a
 * budget saving of 100 saves another 20 (the net can be negative: a gain).
 *
 * Discounting: the factor for year t after the base year is Π_{k=1..t} 1/(1 + r_k), with r_k 4 % for
 * k ≤ 40, 3 % for 41 ≤ k ≤ 75 and 2 % after (R-109; periods and rates are options). The base year has
 * factor 1.
 *
 * NPV per budget krone (netto nåverdi per budsjettkrone, DFØ's "Veileder i samfunnsøkonomiske analyser",
 * ranking under a budget constraint): NPV / the present value of the net burden on public budgets, where a
 * year's net burden is `publicCost − budgetSaving` (the same base as the tax financing cost). Null when that
 * present value is zero or negative (the measure saves public money overall: no budget krone to rank by).
 * `npvPerKrone` (NPV per invested krone, the investment being `investment`) is kept beside it.
 *
 * Rounding: each year's tax financing cost and each discounted figure is rounded half away from zero to
 * the øre, and every total is the sum of the rounded figures, so the table adds up by hand.
 */
import { msg } from '@gevinst/domain';
import { CostModelError } from './errors';
import { D, fixedText, toD, toOre } from './decimal';
import { formatOre, formatRatio, parseAmount } from './money';

export interface NpvFlow {
  /** calendar year, not before the base year */
  year: number;
  /** NOK ≥ 0, all costs of the year (investment and running costs); default 0 */
  cost?: string;
  /** NOK ≥ 0, all monetised benefits of the year; default 0 */
  benefit?: string;
  /** NOK, the part of `cost` paid from public budgets; default all of `cost` */
  publicCost?: string;
  /** NOK, the part of `benefit` that is a cash-releasing saving in public budgets; default 0 */
  budgetSaving?: string;
  /** NOK, the part of `cost` that is investment (the NPV-per-krone denominator); default all of `cost` */
  investment?: string;
}

/** The rate `rate` (a fraction: "0.04" is 4 %) applies to years after the previous period through `throughYear`. */
export interface DiscountRatePeriod {
  /** last year (counted from the base year) of the period; the last period has none */
  throughYear?: number;
  rate: string;
}

export interface NpvOptions {
  /** year 0 of the discounting: its flows are not discounted */
  baseYear: number;
  /** default R109_DISCOUNT_RATES */
  discountRates?: readonly DiscountRatePeriod[];
  /** fraction of net public spending; default "0.20" */
  taxFinancingCost?: string;
}

/** 4 % for years 1–40, 3 % for years 41–75, 2 % after. */
export const R109_DISCOUNT_RATES: readonly DiscountRatePeriod[] = [
  { throughYear: 40, rate: '0.04' },
  { throughYear: 75, rate: '0.03' },
  { rate: '0.02' },
];

export const DEFAULT_TAX_FINANCING_COST = '0.20';

/** Decimal places of the discount factors returned. */
export const DISCOUNT_FACTOR_DECIMALS = 10;

export interface NpvYear {
  year: number;
  /** t = year − base year */
  yearsFromBase: number;
  /** Π_{k=1..t} 1/(1 + r_k), DISCOUNT_FACTOR_DECIMALS places (the figures use the exact factor) */
  discountFactor: string;
  cost: string;
  benefit: string;
  /** net public spending × the tax financing rate (negative when budgets save more than they spend) */
  taxFinancingCost: string;
  /** benefit − cost − tax financing cost, undiscounted */
  net: string;
  presentCost: string;
  presentBenefit: string;
  presentTaxFinancingCost: string;
  /** presentBenefit − presentCost − presentTaxFinancingCost */
  presentNet: string;
  /** Σ presentNet up to and including this year */
  cumulativePresentNet: string;
}

export interface NpvResult {
  /** net present value: Σ presentNet */
  npv: string;
  presentValueCosts: string;
  presentValueBenefits: string;
  presentValueTaxFinancingCost: string;
  /** Σ of each year's investment × factor: the denominator of npvPerKrone */
  presentValueInvestment: string;
  /** npv / presentValueInvestment, four decimals (NPV per invested krone); null when nothing is invested */
  npvPerKrone: string | null;
  /** Σ of each year's net public spending (publicCost − budgetSaving) × factor, each rounded to the øre */
  presentValueNetPublicSpending: string;
  /** npv / presentValueNetPublicSpending, four decimals; null when that is zero or negative */
  npvPerBudgetKrone: string | null;
  /** the first year from which the cumulative present net stays at or above zero; null if never */
  paybackYear: number | null;
  /** one row per year with a flow, in year order */
  series: NpvYear[];
}

interface YearTotals {
  cost: bigint;
  benefit: bigint;
  publicCost: bigint;
  budgetSaving: bigint;
  investment: bigint;
}

export function npv(flows: readonly NpvFlow[], options: NpvOptions): NpvResult {
  const { baseYear } = options;
  if (!Number.isSafeInteger(baseYear)) {
    throw new CostModelError(
      'INVALID_INPUT',
      msg('WHOLE_YEAR', { got: String(baseYear) }),
      'options.baseYear',
    );
  }
  const rates = discountRates(options.discountRates ?? R109_DISCOUNT_RATES);
  const taxRate = toD(options.taxFinancingCost ?? DEFAULT_TAX_FINANCING_COST, 'options.taxFinancingCost', {
    allowNegative: false,
  });

  const given: unknown = flows;
  if (!Array.isArray(given)) throw new CostModelError('INVALID_INPUT', msg('YEARLY_FLOWS_LIST'), 'flows');
  const byYear = new Map<number, YearTotals>();
  flows.forEach((flow, index) => {
    const path = `flows[${index}]`;
    if (!Number.isSafeInteger(flow.year) || flow.year < baseYear) {
      throw new CostModelError(
        'INVALID_INPUT',
        msg('FLOW_YEAR', { baseYear, got: String(flow.year) }),
        `${path}.year`,
      );
    }
    const read = (field: keyof NpvFlow, fallback: bigint): bigint => {
      const value = flow[field];
      return value === undefined ? fallback : parseAmount(value, `${path}.${field}`);
    };
    const cost = read('cost', 0n);
    const benefit = read('benefit', 0n);
    const publicCost = read('publicCost', cost);
    const budgetSaving = read('budgetSaving', 0n);
    const investment = read('investment', cost);
    if (publicCost > cost) throw partOf(`${path}.publicCost`, 'publicCost', 'cost');
    if (investment > cost) throw partOf(`${path}.investment`, 'investment', 'cost');
    if (budgetSaving > benefit) throw partOf(`${path}.budgetSaving`, 'budgetSaving', 'benefit');
    const totals = byYear.get(flow.year);
    if (totals === undefined) byYear.set(flow.year, { cost, benefit, publicCost, budgetSaving, investment });
    else {
      totals.cost += cost;
      totals.benefit += benefit;
      totals.publicCost += publicCost;
      totals.budgetSaving += budgetSaving;
      totals.investment += investment;
    }
  });

  const years = [...byYear.keys()].sort((a, b) => a - b);
  const factors = discountFactors(rates, years.length === 0 ? 0 : years[years.length - 1] - baseYear);
  const discount = (ore: bigint, factor: D): bigint =>
    toOre(new D(ore.toString()).times(factor).dividedBy(100));

  const series: NpvYear[] = [];
  let sumCost = 0n;
  let sumBenefit = 0n;
  let sumTax = 0n;
  let sumInvestment = 0n;
  let sumNetPublic = 0n;
  let cumulative = 0n;
  const cumulativeByRow: bigint[] = [];
  for (const year of years) {
    const totals = byYear.get(year) as YearTotals;
    const t = year - baseYear;
    const factor = factors[t];
    const tax = toOre(
      new D((totals.publicCost - totals.budgetSaving).toString()).times(taxRate).dividedBy(100),
    );
    const presentCost = discount(totals.cost, factor);
    const presentBenefit = discount(totals.benefit, factor);
    const presentTax = discount(tax, factor);
    const presentNet = presentBenefit - presentCost - presentTax;
    sumCost += presentCost;
    sumBenefit += presentBenefit;
    sumTax += presentTax;
    sumInvestment += discount(totals.investment, factor);
    sumNetPublic += discount(totals.publicCost - totals.budgetSaving, factor);
    cumulative += presentNet;
    cumulativeByRow.push(cumulative);
    series.push({
      year,
      yearsFromBase: t,
      discountFactor: fixedText(factor, DISCOUNT_FACTOR_DECIMALS),
      cost: formatOre(totals.cost),
      benefit: formatOre(totals.benefit),
      taxFinancingCost: formatOre(tax),
      net: formatOre(totals.benefit - totals.cost - tax),
      presentCost: formatOre(presentCost),
      presentBenefit: formatOre(presentBenefit),
      presentTaxFinancingCost: formatOre(presentTax),
      presentNet: formatOre(presentNet),
      cumulativePresentNet: formatOre(cumulative),
    });
  }

  let paybackYear: number | null = null;
  if (series.length > 0) {
    let lastNegative = -1;
    cumulativeByRow.forEach((value, row) => {
      if (value < 0n) lastNegative = row;
    });
    paybackYear = lastNegative + 1 < series.length ? series[lastNegative + 1].year : null;
  }
  const total = sumBenefit - sumCost - sumTax;
  return {
    npv: formatOre(total),
    presentValueCosts: formatOre(sumCost),
    presentValueBenefits: formatOre(sumBenefit),
    presentValueTaxFinancingCost: formatOre(sumTax),
    presentValueInvestment: formatOre(sumInvestment),
    npvPerKrone: sumInvestment === 0n ? null : formatRatio(total, sumInvestment, 4),
    presentValueNetPublicSpending: formatOre(sumNetPublic),
    npvPerBudgetKrone: sumNetPublic <= 0n ? null : formatRatio(total, sumNetPublic, 4),
    paybackYear,
    series,
  };
}

function partOf(path: string, part: string, whole: string): CostModelError {
  return new CostModelError('INVALID_INPUT', msg('PART_EXCEEDS_WHOLE', { part, whole }), path);
}

interface RatePeriod {
  through: number;
  rate: D;
}

function discountRates(periods: readonly DiscountRatePeriod[]): RatePeriod[] {
  if (periods.length === 0) {
    throw new CostModelError('INVALID_INPUT', msg('DISCOUNT_PERIODS_EMPTY'), 'options.discountRates');
  }
  let previous = 0;
  return periods.map((period, index) => {
    const path = `options.discountRates[${index}]`;
    const last = index === periods.length - 1;
    if (last !== (period.throughYear === undefined)) {
      throw new CostModelError(
        'INVALID_INPUT',
        last ? msg('LAST_PERIOD_OPEN') : msg('PERIOD_END_REQUIRED'),
        `${path}.throughYear`,
      );
    }
    const through = period.throughYear ?? Number.POSITIVE_INFINITY;
    if (!last && (!Number.isSafeInteger(through) || through <= previous)) {
      throw new CostModelError(
        'INVALID_INPUT',
        msg('WHOLE_YEAR_AFTER', { year: previous }),
        `${path}.throughYear`,
      );
    }
    previous = through;
    return { through, rate: toD(period.rate, `${path}.rate`, { allowNegative: false }) };
  });
}

/** factors[t] = Π_{k=1..t} 1/(1 + r_k), exact to 50 significant digits. */
function discountFactors(periods: readonly RatePeriod[], lastT: number): D[] {
  const factors: D[] = [new D(1)];
  let period = 0;
  for (let k = 1; k <= lastT; k++) {
    while (k > periods[period].through) period++;
    factors.push(factors[k - 1].dividedBy(periods[period].rate.plus(1)));
  }
  return factors;
}
