import type { MeasurementFrequency } from '@gevinst/domain';
import type { Rng } from './prng.js';

/**
 * Splits a whole number into whole parts in proportion to the weights, exactly (largest remainder; ties
 * to the lower index), so "20,000 benefits over 2,000 initiatives" is 20,000 however the weights fall.
 * When `total` is at most the sum of the weights and the weights are whole numbers, no part exceeds its
 * weight, so weights can be capacities.
 */
export function spreadExactly(total: number, weights: readonly number[]): number[] {
  if (!Number.isInteger(total) || total < 0)
    throw new RangeError(`total must be a whole number ≥ 0 (${total})`);
  const sum = weights.reduce((a, b) => a + b, 0);
  if (total === 0) return weights.map(() => 0);
  if (!(sum > 0)) throw new RangeError('spreadExactly: the weights add up to 0');
  const exact = weights.map((weight) => (total * weight) / sum);
  const parts = exact.map((value) => Math.floor(value));
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = exact
    .map((value, index) => ({ index, remainder: value - Math.floor(value) }))
    .filter((entry) => weights[entry.index] > 0)
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (let k = 0; left > 0; k = (k + 1) % order.length, left--) parts[order[k].index]++;
  return parts;
}

const DAY_MS = 86_400_000;

export function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function dateMs(date: string): number {
  return Date.parse(`${date}T00:00:00Z`);
}

export function yearOfDate(date: string): number {
  return Number(date.slice(0, 4));
}

/** The last day of month `month` (1–12) of `year`. */
export function endOfMonth(year: number, month: number): string {
  return isoDate(Date.UTC(year, month, 0));
}

export function addDays(date: string, days: number): string {
  return isoDate(dateMs(date) + days * DAY_MS);
}

/** Whole days from `from` to `to`. */
export function daysBetween(from: string, to: string): number {
  return Math.round((dateMs(to) - dateMs(from)) / DAY_MS);
}

/** The first day of a month: `monthStart(2021, 3)` is 2021-03-01. */
export function monthStart(year: number, month: number): string {
  return isoDate(Date.UTC(year, month - 1, 1));
}

const MONTHS_PER_PERIOD: Record<MeasurementFrequency, number> = {
  MONTHLY: 1,
  QUARTERLY: 3,
  HALF_YEARLY: 6,
  YEARLY: 12,
  ONCE: 0,
};

/**
 * The period ends of a frequency strictly after `after` and on or before `through`: month ends, quarter
 * ends, 30 June and 31 December, or 31 December. ONCE: the first year end after `after`.
 */
export function periodEnds(frequency: MeasurementFrequency, after: string, through: string): string[] {
  const step = MONTHS_PER_PERIOD[frequency];
  const result: string[] = [];
  let year = yearOfDate(after);
  let month = step === 0 ? 12 : step * Math.ceil(Number(after.slice(5, 7)) / step);
  for (;;) {
    const end = endOfMonth(year, month);
    if (end > through) break;
    if (end > after) {
      result.push(end);
      if (step === 0) break;
    }
    month += step === 0 ? 12 : step;
    if (month > 12) {
      month -= 12;
      year++;
    }
  }
  return result;
}

/** An amount in whole øre between two NOK figures, on a step of whole NOK (e.g. to the nearest 1,000). */
export function amountOre(rng: Rng, minNok: number, maxNok: number, stepNok: number): bigint {
  const steps = Math.floor((maxNok - minNok) / stepNok);
  return BigInt(minNok + rng.int(0, steps) * stepNok) * 100n;
}

/** `ore` × a factor in per mille, plus random øre (an actual amount from the accounts). */
export function scaledOre(rng: Rng, ore: bigint, minPermille: number, maxPermille: number): bigint {
  return (ore * BigInt(rng.int(minPermille, maxPermille))) / 1000n + BigInt(rng.int(0, 99_999));
}

/** A skewed draw in [min, max]: most values near min, a long tail (x^power of a uniform number). */
export function skewedInt(rng: Rng, min: number, max: number, power: number): number {
  return min + Math.floor(Math.pow(rng.next(), power) * (max - min + 1));
}
