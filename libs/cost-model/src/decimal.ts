/**
 * decimal.js for the calculations that need division or powers (interpolating targets, discounting):
 * 50 significant digits, rounding half away from zero, never exponent notation in strings. Results are
 * brought back to øre (BigInt) or to fixed decimals before they leave the library.
 */
import { Decimal } from 'decimal.js';
import { msg } from '@gevinst/domain';
import { CostModelError } from './errors';
import { type Dec, describeValue, formatDec, formatScaled, parseDecimal, pow10 } from './money';

export const D = Decimal.clone({
  precision: 50,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -9e15,
  toExpPos: 9e15,
});
export type D = InstanceType<typeof D>;

/** An exact decimal from a number (at its shortest spelling) or a decimal string. */
export function toD(value: unknown, path: string, { allowNegative = true } = {}): D {
  return new D(formatDec(toDec(value, path, { allowNegative })));
}

/** The same value as `toD`, refused the same way, as integer units and a scale (money.ts's `Dec`). */
export function toDec(value: unknown, path: string, { allowNegative = true } = {}): Dec {
  const parsed = parseDecimal(value);
  if (parsed === null) {
    throw new CostModelError('INVALID_AMOUNT', msg('NOT_A_DECIMAL', { got: describeValue(value) }), path);
  }
  if (!allowNegative && parsed.units < 0n) {
    throw new CostModelError('INVALID_AMOUNT', msg('NOT_NEGATIVE', { got: describeValue(value) }), path);
  }
  return parsed;
}

/** Rounded half away from zero to whole units of 10^-places, as a BigInt. */
export function scaledUnits(value: D, places: number): bigint {
  return BigInt(value.times(pow10(places).toString()).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toString());
}

/** A NOK value rounded half away from zero to the øre. */
export function toOre(value: D): bigint {
  return scaledUnits(value, 2);
}

/** Rounded half away from zero with exactly `places` decimals: fixedText(D(2.5), 2) → "2.50". */
export function fixedText(value: D, places: number): string {
  return formatScaled(scaledUnits(value, places), places);
}

/** Rounded half away from zero to at most `places` decimals, without trailing zeros: "1234.5". */
export function trimmedText(value: D, places: number): string {
  const text = value.toDecimalPlaces(places, Decimal.ROUND_HALF_UP).toString();
  return text === '-0' ? '0' : text;
}
