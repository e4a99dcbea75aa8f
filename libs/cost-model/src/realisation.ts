/**
 * Benefit realisation (gevinstrealisering): how far a benefit has come against its plan at a date.
 *
 * - The target at a date is linear between the baseline and the target points (by calendar days), and
 *   holds at the last target after it. Before the baseline date it is the baseline value.
 * - Improvement = (latest measurement − baseline) for INCREASE indicators, (baseline − measurement) for
 *   DECREASE ones, so a positive improvement is always good news. The planned improvement to date is the
 *   same for the target at the date.
 * - A dis-benefit is a benefit whose plan goes the wrong way (say, caseworker hours up while DECREASE is
 *   better): its planned improvement is negative and so are its monetised values. Nothing is clipped at
 *   zero: a benefit that went the wrong way counts negative too.
 * - Realisation percent = improvement / planned improvement × 100 (null while nothing is planned yet, or
 *   before the first measurement).
 * - Status: GREEN when the improvement falls short of the plan by at most (100 − greenAt) % of the
 *   planned change, AMBER by at most (100 − amberAt) %, otherwise RED. For a positive plan that is simply
 *   "percent ≥ 90 → GREEN, ≥ 60 → AMBER"; for a dis-benefit it is "harm ≤ 110 % of plan → GREEN,
 *   ≤ 140 % → AMBER".
 * - Monetised values = improvement × value per unit, rounded half away from zero to the øre.
 */
import { type IndicatorDirection, type RagStatus, msg } from '@gevinst/domain';
import { CostModelError } from './errors';
import { D, fixedText, toD, toDec, toOre, trimmedText } from './decimal';
import { type Dec, formatDec, formatOre } from './money';

/** Which way the indicator is better: an `IndicatorDirection` of @gevinst/domain, or its text. */
export type BenefitDirection = IndicatorDirection | `${IndicatorDirection}`;

// The domain's RagStatus is a string enum; its values are the texts themselves.
const GREEN = 'GREEN' as RagStatus;
const AMBER = 'AMBER' as RagStatus;
const RED = 'RED' as RagStatus;

/** An indicator value on a date (ISO "YYYY-MM-DD"). */
export interface IndicatorValue {
  date: string;
  value: number | string;
}

export interface BenefitInput {
  /** the baseline measurement (nullpunktmåling), taken before any effect appears */
  baseline: IndicatorValue;
  /** which way the indicator is better */
  direction: BenefitDirection;
  /** the planned trajectory, dates after the baseline and rising */
  targets: readonly IndicatorValue[];
  /** NOK per indicator unit of improvement (e.g. "512.50" per hour saved); absent or null if not monetised */
  valuePerUnit?: string | null;
}

export interface RealisationOptions {
  /** percent of plan from which the status is GREEN; default 90 */
  greenAt?: number | string;
  /** percent of plan from which the status is AMBER; default 60 */
  amberAt?: number | string;
}

export interface RealisationResult {
  asOf: string;
  /** the indicator value planned at asOf */
  targetToDate: string;
  /** the latest measurement at or before asOf */
  latestMeasurement: { date: string; value: string } | null;
  /** measured − baseline, signed by the direction; null before the first measurement */
  improvement: string | null;
  /** target to date − baseline, signed by the direction */
  plannedImprovement: string;
  /** improvement / planned improvement × 100, two decimals; null when nothing is planned yet or not measured */
  realisationPercent: string | null;
  status: RagStatus | null;
  /** NOK, improvement × value per unit; null when not monetised or not measured */
  realisedValue: string | null;
  /** NOK, planned improvement × value per unit; null when not monetised */
  plannedValue: string | null;
}

/** Decimals kept in indicator values returned (targets interpolate between dates). */
export const INDICATOR_DECIMALS = 6;

const DAY_MS = 86_400_000;

/** Day numbers of dates seen (a pure function's answers; a portfolio reads the same dates many times). */
const DAY_NUMBERS = new Map<string, number>();
const DAY_NUMBERS_KEPT = 20_000;

/** Days since 1970-01-01 for an ISO date "YYYY-MM-DD", or a CostModelError naming `path`. */
export function dayNumber(date: unknown, path: string): number {
  const known = typeof date === 'string' ? DAY_NUMBERS.get(date) : undefined;
  if (known !== undefined) return known;
  const day = parseDay(date, path);
  if (DAY_NUMBERS.size >= DAY_NUMBERS_KEPT) DAY_NUMBERS.clear();
  DAY_NUMBERS.set(date as string, day);
  return day;
}

function parseDay(date: unknown, path: string): number {
  const match = typeof date === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(date) : null;
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const ms = Date.UTC(year, month - 1, day);
    const check = new Date(ms);
    if (check.getUTCFullYear() === year && check.getUTCMonth() === month - 1 && check.getUTCDate() === day) {
      return ms / DAY_MS;
    }
  }
  throw new CostModelError('INVALID_INPUT', msg('NOT_A_DATE', { got: String(JSON.stringify(date)) }), path);
}

interface Point {
  day: number;
  value: D;
}

export function realisation(
  benefit: BenefitInput,
  measurements: readonly IndicatorValue[],
  asOf: string,
  options: RealisationOptions = {},
): RealisationResult {
  const asOfDay = dayNumber(asOf, 'asOf');
  const plan = preparePlan(benefit, measurements, options);
  return evaluate(plan, latestMeasurement(measurements, asOfDay), asOf, asOfDay);
}

/**
 * The `status` of `realisation(benefit, measurements, asOf, options)` alone, checked and computed by the same
 * rule, without the texts `realisation` writes (for portfolios, which count statuses of many benefits).
 */
export function realisationStatus(
  benefit: BenefitInput,
  measurements: readonly IndicatorValue[],
  asOf: string,
  options: RealisationOptions = {},
): RagStatus | null {
  const asOfDay = dayNumber(asOf, 'asOf');
  const plan = preparePlan(benefit, measurements, options);
  return statusOf(plan, latestMeasurement(measurements, asOfDay), asOfDay).status;
}

/** The monetised values of a benefit at a date: `plannedValue` and `realisedValue` of `realisation`. */
export interface MonetisedValues {
  asOf: string;
  /** NOK, planned improvement × value per unit; null when not monetised */
  plannedValue: string | null;
  /** NOK, improvement at the latest measurement × value per unit; null when not monetised or not measured */
  realisedValue: string | null;
}

/**
 * The monetised values of `realisation` at several dates for one benefit: element i is `{ asOf: dates[i],
 * plannedValue, realisedValue }` of `realisation(benefit, measurements, dates[i])`, with the benefit and the
 * measurements read once and each planned value and each measurement's value computed once. For yearly
 * series over many benefits (planned and realised NOK per year). Invalid input is refused as `realisation`
 * refuses it (when it has several problems, another one may be named first).
 */
export function monetisedValuesAtDates(
  benefit: BenefitInput,
  measurements: readonly IndicatorValue[],
  dates: readonly string[],
): MonetisedValues[] {
  const given: unknown = dates;
  if (!Array.isArray(given)) throw new CostModelError('INVALID_INPUT', msg('DATES_LIST'), 'dates');
  const days = dates.map((date, index) => dayNumber(date, `dates[${index}]`));
  const plan = preparePlan(benefit, measurements, {});
  const parsed = measurements.map((measurement, index) => ({
    date: measurement.date,
    day: dayNumber(measurement.date, `measurements[${index}].date`),
    value: toD(measurement.value, `measurements[${index}].value`),
  }));
  const first = plan.points[0].day;
  const last = plan.points[plan.points.length - 1].day;
  const plannedByDay = new Map<number, string | null>();
  const realisedByDay = new Map<number, string | null>();
  return dates.map((asOf, index) => {
    // The target is flat before the baseline and after the last target, so those days plan the same.
    const day = Math.min(Math.max(days[index], first), last);
    let plannedValue = plannedByDay.get(day);
    if (plannedValue === undefined) {
      plannedValue = monetised(plan, targetAt(plan.points, day).minus(plan.baseline.value).times(plan.sign));
      plannedByDay.set(day, plannedValue);
    }
    const latest = latestOf(parsed, days[index]);
    let realisedValue: string | null = null;
    if (latest !== null) {
      const known = realisedByDay.get(latest.day);
      realisedValue =
        known !== undefined
          ? known
          : monetised(plan, latest.value.minus(plan.baseline.value).times(plan.sign));
      realisedByDay.set(latest.day, realisedValue);
    }
    return { asOf, plannedValue, realisedValue };
  });
}

/** NOK: an improvement × the value per unit, rounded half away from zero to the øre; null when not monetised. */
function monetised(plan: Plan, improvement: D): string | null {
  return plan.valuePerUnit === null ? null : formatOre(toOre(improvement.times(plan.valuePerUnit)));
}

/** A benefit read and checked once: its points (baseline first), sign, value per unit and thresholds. */
interface Plan {
  sign: number;
  baseline: Point;
  points: Point[];
  valuePerUnit: D | null;
  greenAt: D;
  amberAt: D;
}

function preparePlan(
  benefit: BenefitInput,
  measurements: readonly IndicatorValue[],
  options: RealisationOptions,
): Plan {
  const direction: string = benefit.direction;
  if (direction !== 'INCREASE' && direction !== 'DECREASE') {
    throw new CostModelError(
      'INVALID_INPUT',
      msg('DIRECTION', { got: String(JSON.stringify(direction)) }),
      'benefit.direction',
    );
  }
  const sign = direction === 'INCREASE' ? 1 : -1;
  const given: { targets: unknown; measurements: unknown } = { targets: benefit.targets, measurements };
  if (!Array.isArray(given.targets)) {
    throw new CostModelError('INVALID_INPUT', msg('DATED_VALUES_LIST'), 'benefit.targets');
  }
  if (!Array.isArray(given.measurements)) {
    throw new CostModelError('INVALID_INPUT', msg('DATED_VALUES_LIST'), 'measurements');
  }
  const baseline: Point = {
    day: dayNumber(benefit.baseline?.date, 'benefit.baseline.date'),
    value: toD(benefit.baseline?.value, 'benefit.baseline.value'),
  };
  const points: Point[] = [baseline];
  benefit.targets.forEach((target, index) => {
    const path = `benefit.targets[${index}]`;
    const point = { day: dayNumber(target.date, `${path}.date`), value: toD(target.value, `${path}.value`) };
    const previous = points[points.length - 1];
    if (point.day <= previous.day) {
      const after =
        index === 0
          ? msg('AFTER_BASELINE_DATE')
          : msg('AFTER_TARGET_DATE', { target: `targets[${index - 1}]` });
      throw new CostModelError('INVALID_INPUT', after, `${path}.date`);
    }
    points.push(point);
  });
  const valuePerUnit =
    benefit.valuePerUnit === undefined || benefit.valuePerUnit === null
      ? null
      : toD(benefit.valuePerUnit, 'benefit.valuePerUnit', { allowNegative: false });
  const greenAt = toD(options.greenAt ?? 90, 'options.greenAt', { allowNegative: false });
  const amberAt = toD(options.amberAt ?? 60, 'options.amberAt', { allowNegative: false });
  if (amberAt.greaterThan(greenAt)) {
    throw new CostModelError('INVALID_INPUT', msg('AMBER_ABOVE_GREEN'), 'options.amberAt');
  }
  return { sign, baseline, points, valuePerUnit, greenAt, amberAt };
}

function evaluate(
  plan: Plan,
  latest: { date: string; value: D } | null,
  asOf: string,
  asOfDay: number,
): RealisationResult {
  const { target, planned, improvement, status } = statusOf(plan, latest, asOfDay);
  const percent = status === null || improvement === null ? null : improvement.dividedBy(planned).times(100);
  const money = (value: D | null): string | null => (value === null ? null : monetised(plan, value));

  return {
    asOf,
    targetToDate: trimmedText(target, INDICATOR_DECIMALS),
    latestMeasurement:
      latest === null ? null : { date: latest.date, value: trimmedText(latest.value, INDICATOR_DECIMALS) },
    improvement: improvement === null ? null : trimmedText(improvement, INDICATOR_DECIMALS),
    plannedImprovement: trimmedText(planned, INDICATOR_DECIMALS),
    realisationPercent: percent === null ? null : fixedText(percent, 2),
    status,
    realisedValue: money(improvement),
    plannedValue: money(planned),
  };
}

/**
 * The target at asOf, the planned improvement, the improvement at the latest measurement and the status:
 * null before the first measurement or while nothing is planned yet.
 */
function statusOf(
  plan: Plan,
  latest: { value: D } | null,
  asOfDay: number,
): { target: D; planned: D; improvement: D | null; status: RagStatus | null } {
  const { sign, baseline, points, greenAt, amberAt } = plan;
  const target = targetAt(points, asOfDay);
  const planned = target.minus(baseline.value).times(sign);
  const improvement = latest === null ? null : latest.value.minus(baseline.value).times(sign);
  const status =
    improvement === null || planned.isZero() ? null : ragStatus(improvement, planned, greenAt, amberAt);
  return { target, planned, improvement, status };
}

/** The planned indicator value at a day: linear between points, flat before the first and after the last. */
function targetAt(points: readonly Point[], day: number): D {
  if (day <= points[0].day) return points[0].value;
  for (let i = 1; i < points.length; i++) {
    const to = points[i];
    if (day < to.day) {
      const from = points[i - 1];
      return from.value.plus(
        to.value
          .minus(from.value)
          .times(day - from.day)
          .dividedBy(to.day - from.day),
      );
    }
  }
  return points[points.length - 1].value;
}

function latestMeasurement(
  measurements: readonly IndicatorValue[],
  asOfDay: number,
): { date: string; value: D; day: number } | null {
  // Every measurement is checked; only the latest becomes a decimal.js number.
  let latest: { date: string; value: Dec; day: number } | null = null;
  for (let index = 0; index < measurements.length; index++) {
    const measurement = measurements[index];
    const day = dayNumber(measurement.date, `measurements[${index}].date`);
    const value = toDec(measurement.value, `measurements[${index}].value`);
    if (day > asOfDay) continue;
    if (latest !== null && day === latest.day) {
      throw new CostModelError(
        'INVALID_INPUT',
        msg('MEASUREMENTS_ON_SAME_DATE', { date: measurement.date }),
        `measurements[${index}].date`,
      );
    }
    if (latest === null || day > latest.day) latest = { date: measurement.date, value, day };
  }
  return latest === null ? null : { ...latest, value: new D(formatDec(latest.value)) };
}

/** latestMeasurement over measurements read already (same order, same rule for two on one date). */
function latestOf(
  measurements: readonly { date: string; value: D; day: number }[],
  asOfDay: number,
): { date: string; value: D; day: number } | null {
  let latest: { date: string; value: D; day: number } | null = null;
  for (let index = 0; index < measurements.length; index++) {
    const measurement = measurements[index];
    if (measurement.day > asOfDay) continue;
    if (latest !== null && measurement.day === latest.day) {
      throw new CostModelError(
        'INVALID_INPUT',
        msg('MEASUREMENTS_ON_SAME_DATE', { date: measurement.date }),
        `measurements[${index}].date`,
      );
    }
    if (latest === null || measurement.day > latest.day) latest = measurement;
  }
  return latest;
}

/**
 * GREEN when the shortfall against plan is at most (100 − greenAt) % of the planned change, AMBER at most
 * (100 − amberAt) %, RED otherwise: improvement ≥ planned − (1 − threshold/100) × |planned|.
 */
function ragStatus(improvement: D, planned: D, greenAt: D, amberAt: D): RagStatus {
  const meets = (threshold: D): boolean =>
    improvement.greaterThanOrEqualTo(
      planned.minus(new D(1).minus(threshold.dividedBy(100)).times(planned.abs())),
    );
  if (meets(greenAt)) return GREEN;
  if (meets(amberAt)) return AMBER;
  return RED;
}
