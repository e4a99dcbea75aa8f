/**
 * What a benefit is worth in NOK per calendar year: time-weighted, from its effect start.
 *
 * Definitions (issue 14; after DFØ's guide, which values a benefit as the flow it yields in each year of the
 * analysis — a benefit that ramps up during a year yields the year's average, not its year-end level):
 *
 * - **Improvement** is the change from the baseline, signed by the indicator's direction (value − baseline
 *   for INCREASE, baseline − value for DECREASE), as in realisation.ts: positive is good news, a dis-benefit
 *   is negative. Nothing is clipped at zero.
 * - **Effect start**: the date the effect can begin (default the baseline date). Before it the improvement
 *   is 0 — planned and realised — so no benefit is ever booked before it.
 * - **Planned path**: 0 up to the effect start, then linear (by calendar days) from 0 at the effect start to
 *   the first target, linear between targets, flat at the last target after it. Targets dated before the
 *   effect start do not count (the API refuses them).
 * - **Realised path**: 0 up to the effect start, then linear from 0 at the effect start to the first current
 *   measurement after it, linear between measurements, and held at the last measurement up to `asOf`;
 *   nothing after `asOf`. *Sparse measurements:* a benefit measured once a year is taken to have moved in a
 *   straight line between its measurements (and from the effect start to the first one); a year after the
 *   effect start with no measurement yet counts the ramp towards the next one if there is one, else the
 *   level of the last one — and 0 if nothing has been measured since the effect start. Measurements dated
 *   before the effect start count nothing.
 * - Indicator kind **RATE** (default: an annual rate or a level at a moment — hours saved a year, active
 *   users): a year's NOK = (∫ improvement over the year / the year's days (365 or 366)) × value per unit,
 *   i.e. the time-weighted average improvement × value per unit. A day d stands for [d, d + 1).
 * - Indicator kind **PERIOD_TOTAL** (the indicator is the total for the calendar year ending at its date —
 *   cases handled in the year): a year's planned NOK = the planned path on 31 December × value per unit (a
 *   year's total is what the year reaches; no integral); realised = the latest current measurement dated in
 *   that year (after the effect start, by `asOf`) × value per unit, 0 when there is none.
 * - **Planned to date** (what realised figures are compared with): a whole year for years before `asOf`'s
 *   year; in `asOf`'s year the part accrued from 1 January through `asOf` (RATE: the integral to the end of
 *   `asOf`'s day / the year's days; PERIOD_TOTAL: the year's planned × elapsed days / the year's days); 0
 *   after. **Realised** in `asOf`'s year is likewise accrued through `asOf` (RATE), and null after its year.
 * - Each figure is computed exactly, as a fraction of integers (BigInt), and rounded once, half away from
 *   zero, to the øre.
 */
import { msg } from '@gevinst/domain';
import { CostModelError } from './errors';
import { toDec } from './decimal';
import { type Dec, divRoundHalfAwayFromZero, pow10, rescale } from './money';
import { type BenefitInput, type IndicatorValue, dayNumber } from './realisation';

export type IndicatorKindText = 'RATE' | 'PERIOD_TOTAL';

export interface ValuationInput extends BenefitInput {
  /** ISO date the effect can begin; default the baseline date */
  effectStart?: string | null;
  /** default RATE */
  kind?: IndicatorKindText | null;
}

/** One year's figures in øre. */
export interface YearValue {
  year: number;
  planned: bigint;
  plannedToDate: bigint;
  /** null after asOf's year */
  realised: bigint | null;
}

/** A point of a path: the improvement on a day, in units of 10^-scale (the valuation's one scale). */
interface Point {
  day: number;
  units: bigint;
}

/**
 * An exact rational number: numerator / denominator, denominator > 0. Every figure is one until it is
 * rounded to the øre: the paths' values are decimals, and a line between two of them at a day, its integral
 * over a year and that divided by the year's days are fractions whose denominators are products of twice
 * the segments' lengths (a segment's denominator is not multiplied in again when the sum's already holds
 * it, so a year of weekly measurements keeps one). So no figure depends on a precision, and BigInt
 * arithmetic on them is far cheaper than decimal arithmetic.
 */
type Ratio = readonly [numerator: bigint, denominator: bigint];

const NOTHING: Ratio = [0n, 1n];

/** Day number of 1 January of `year` (days since 1970-01-01). */
function januaryFirst(year: number): number {
  return Date.UTC(year, 0, 1) / 86_400_000;
}

function yearOfDay(day: number): number {
  return new Date(day * 86_400_000).getUTCFullYear();
}

/** The value of a path on day `t`: 0 before its first point, linear between points, flat after the last. */
function valueAt(points: readonly Point[], t: number): Ratio {
  if (!points.length || t < points[0].day) return NOTHING;
  for (let i = points.length - 1; i >= 0; i--) {
    const p = points[i];
    if (t >= p.day) {
      const next = points[i + 1];
      if (!next || next.day === p.day) return [p.units, 1n];
      // p + (q − p) × (t − d₀) / (d₁ − d₀)
      const length = BigInt(next.day - p.day);
      return [p.units * length + (next.units - p.units) * BigInt(t - p.day), length];
    }
  }
  return NOTHING;
}

/**
 * ∫ of the path over [a, b) in units × days; 0 when b ≤ a. Within a segment from (d₀, p) to (d₁, q) the
 * path is a straight line, so the integral over [f, t] is the trapezoid (v(f) + v(t)) × (t − f) / 2 with
 * v(x) = p + (q − p)(x − d₀) / L, L = d₁ − d₀: [2pL + (q − p)((f − d₀) + (t − d₀))] × (t − f) / (2L).
 * After the last point the path is flat: p × (t − f).
 */
export function integral(points: readonly Point[], a: number, b: number): Ratio {
  if (b <= a) return NOTHING;
  let numerator = 0n;
  let denominator = 1n;
  for (let i = 0; i < points.length; i++) {
    const p = points[i];
    const next = i + 1 < points.length ? points[i + 1] : null;
    const from = Math.max(a, p.day);
    const to = Math.min(b, next === null ? Infinity : next.day);
    if (to <= from) continue;
    const width = BigInt(to - from);
    if (next === null || next.units === p.units) {
      numerator += p.units * width * denominator;
      continue;
    }
    const length = BigInt(next.day - p.day);
    const area = (2n * p.units * length + (next.units - p.units) * BigInt(from - p.day + to - p.day)) * width;
    const segment = 2n * length;
    if (denominator % segment === 0n) numerator += area * (denominator / segment);
    else {
      numerator = numerator * segment + area * denominator;
      denominator *= segment;
    }
  }
  return [numerator, denominator];
}

/** A checked benefit: the planned and realised paths of improvement, from the effect start. */
export interface Valuation {
  effectStartDay: number;
  kind: IndicatorKindText;
  valuePerUnit: Dec | null;
  /** the scale of every point's units */
  scale: number;
  planned: Point[];
  realised: Point[];
  /** measurements after the effect start, by day (for PERIOD_TOTAL) */
  measured: Point[];
}

/** A value on a path before the valuation's one scale is known: its units at its own scale. */
interface ParsedPoint {
  day: number;
  value: Dec;
}

export function prepareValuation(
  benefit: ValuationInput,
  measurements: readonly IndicatorValue[],
): Valuation {
  const direction: string = benefit.direction;
  if (direction !== 'INCREASE' && direction !== 'DECREASE')
    throw new CostModelError(
      'INVALID_INPUT',
      msg('DIRECTION', { got: String(JSON.stringify(direction)) }),
      'benefit.direction',
    );
  const sign = direction === 'INCREASE' ? 1n : -1n;
  const baselineDay = dayNumber(benefit.baseline.date, 'benefit.baseline.date');
  const baseline = toDec(benefit.baseline.value, 'benefit.baseline.value');
  const effectStartDay =
    benefit.effectStart === undefined || benefit.effectStart === null
      ? baselineDay
      : dayNumber(benefit.effectStart, 'benefit.effectStart');
  const kind = benefit.kind ?? 'RATE';
  if (kind !== 'RATE' && kind !== 'PERIOD_TOTAL')
    throw new CostModelError(
      'INVALID_INPUT',
      msg('INDICATOR_KIND', { got: String(JSON.stringify(kind)) }),
      'benefit.kind',
    );
  let scale = 0;
  const improvement = (value: unknown, path: string): Dec => {
    const parsed = toDec(value, path);
    const at = Math.max(parsed.scale, baseline.scale);
    scale = Math.max(scale, at);
    return { units: (rescale(parsed, at) - rescale(baseline, at)) * sign, scale: at };
  };
  const planned: ParsedPoint[] = [];
  benefit.targets.forEach((target, index) => {
    const day = dayNumber(target.date, `benefit.targets[${index}].date`);
    if (day < effectStartDay) return;
    planned.push({ day, value: improvement(target.value, `benefit.targets[${index}].value`) });
  });
  const measured: ParsedPoint[] = [];
  measurements.forEach((measurement, index) => {
    const day = dayNumber(measurement.date, `measurements[${index}].date`);
    if (day <= effectStartDay) return;
    measured.push({ day, value: improvement(measurement.value, `measurements[${index}].value`) });
  });
  const valuePerUnit =
    benefit.valuePerUnit === undefined || benefit.valuePerUnit === null
      ? null
      : toDec(benefit.valuePerUnit, 'benefit.valuePerUnit');
  const start: Point = { day: effectStartDay, units: 0n };
  const atScale = (points: ParsedPoint[]): Point[] =>
    points.map(({ day, value }) => ({ day, units: rescale(value, scale) })).sort((x, y) => x.day - y.day);
  const measuredPoints = atScale(measured);
  return {
    effectStartDay,
    kind,
    valuePerUnit,
    scale,
    planned: [start, ...atScale(planned)],
    realised: [start, ...measuredPoints],
    measured: measuredPoints,
  };
}

/**
 * Planned, planned-to-date and realised øre per year from `fromYear` to `toYear` (see the definitions above);
 * empty when the benefit has no value per unit. Years ending before the effect start are left out (they
 * count 0).
 */
export function yearlyValues(
  benefit: ValuationInput,
  measurements: readonly IndicatorValue[],
  fromYear: number,
  toYear: number,
  asOf: string,
): YearValue[] {
  return valueYears(prepareValuation(benefit, measurements), fromYear, toYear, asOf);
}

export function valueYears(v: Valuation, fromYear: number, toYear: number, asOf: string): YearValue[] {
  if (v.valuePerUnit === null) return [];
  // øre = units / 10^scale × value per unit × 100, the value per unit being its units / 10^its scale
  const oreNumerator = v.valuePerUnit.units * 100n;
  const oreDenominator = pow10(v.scale + v.valuePerUnit.scale);
  const nok = ([numerator, denominator]: Ratio, divisor = 1n): bigint =>
    divRoundHalfAwayFromZero(numerator * oreNumerator, denominator * divisor * oreDenominator);
  const asOfDay = dayNumber(asOf, 'asOf');
  const asOfYear = yearOfDay(asOfDay);
  const first = Math.max(fromYear, yearOfDay(v.effectStartDay));
  const result: YearValue[] = [];
  for (let year = first; year <= toYear; year++) {
    const a = januaryFirst(year);
    const b = januaryFirst(year + 1);
    const days = BigInt(b - a);
    let planned: bigint;
    let plannedToDate: bigint;
    let realised: bigint | null;
    if (v.kind === 'RATE') {
      planned = nok(integral(v.planned, a, b), days);
      plannedToDate =
        year < asOfYear ? planned : year > asOfYear ? 0n : nok(integral(v.planned, a, asOfDay + 1), days);
      realised = year > asOfYear ? null : nok(integral(v.realised, a, Math.min(b, asOfDay + 1)), days);
    } else {
      const total = valueAt(v.planned, b - 1);
      planned = nok(total);
      plannedToDate =
        year < asOfYear
          ? planned
          : year > asOfYear
            ? 0n
            : nok([total[0] * BigInt(asOfDay + 1 - a), total[1]], days);
      if (year > asOfYear) realised = null;
      else {
        let latest: Point | null = null;
        for (const point of v.measured)
          if (point.day >= a && point.day < b && point.day <= asOfDay) latest = point;
        realised = latest === null ? 0n : nok([latest.units, 1n]);
      }
    }
    result.push({ year, planned, plannedToDate, realised });
  }
  return result;
}
