/**
 * Exact arithmetic for money and quantities. NOK amounts live as integer øre in a BigInt; quantities
 * (drivers, rates, percentages) as a scaled BigInt: `{ units: 12345n, scale: 2 }` is 123.45. Nothing here
 * ever goes through floating point, except reading a JavaScript number driver, which is taken at its
 * shortest decimal spelling (`String(0.1)` is "0.1"), i.e. exactly the number the caller wrote.
 */
import { msg } from '@gevinst/domain';
import { CostModelError, CostModelErrorCode } from './errors';

const AMOUNT = /^(-?)(\d{1,15})(?:\.(\d{1,2}))?$/;
const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;
const NUMBER_SPELLING = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/;

/** Most decimals accepted in a driver, rate or percentage; more would only be noise. */
export const MAX_SCALE = 20;

const POWERS: bigint[] = [1n];
/** 10^n as a BigInt (cached). */
export function pow10(n: number): bigint {
  while (POWERS.length <= n) POWERS.push(POWERS[POWERS.length - 1] * 10n);
  return POWERS[n];
}

/**
 * Parses a NOK amount with at most two decimals ("1234.5", "1234.56", "-3.00") into øre.
 * @throws CostModelError(code) naming `path` when the value is not such a string, or is negative unless allowed.
 */
export function parseAmount(
  value: unknown,
  path: string,
  {
    allowNegative = false,
    code = 'INVALID_AMOUNT',
  }: { allowNegative?: boolean; code?: CostModelErrorCode } = {},
): bigint {
  const match = typeof value === 'string' ? AMOUNT.exec(value) : null;
  if (!match) {
    throw new CostModelError(code, msg('AMOUNT_NOT_A_STRING', { got: describeValue(value) }), path);
  }
  const [, sign, whole, fraction = ''] = match;
  const ore = BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0'));
  if (sign === '-' && ore !== 0n) {
    if (!allowNegative)
      throw new CostModelError(code, msg('NOT_NEGATIVE', { got: `"${String(value)}"` }), path);
    return -ore;
  }
  return ore;
}

/**
 * The decimal separator of a figure: "." in machine text and English explanations, "," in Norwegian
 * ones. The `…With` functions and the last argument of the internal formatters (default ".") take it.
 */
export type DecimalPoint = '.' | ',';

/** 1435420000n → "14354200.00", -5n → "-0.05". */
export function formatOre(ore: bigint): string {
  const negative = ore < 0n;
  return placePoint((negative ? -ore : ore).toString(), negative, '.');
}

/** formatOre with the given decimal point: (1435420000n, ",") → "14354200,00". */
export function formatOreWith(ore: bigint, point: DecimalPoint): string {
  const negative = ore < 0n;
  return placePoint((negative ? -ore : ore).toString(), negative, point);
}

/** formatOre for a whole number of øre held in a double (a safe integer; see fast-split.ts). */
export function formatOreNumber(ore: number, point: DecimalPoint = '.'): string {
  const negative = ore < 0;
  return placePoint(String(negative ? -ore : ore), negative, point);
}

function placePoint(digits: string, negative: boolean, point: DecimalPoint): string {
  const padded = digits.length < 3 ? digits.padStart(3, '0') : digits;
  const text = `${padded.slice(0, -2)}${point}${padded.slice(-2)}`;
  return negative ? `-${text}` : text;
}

/** A decimal written with "." ("33.3333", "-0.5") written with the given point instead ("33,3333"). */
export function withPoint(text: string, point: DecimalPoint): string {
  return point === '.' ? text : text.replace('.', point);
}

/** An exact decimal: `units / 10^scale`. */
export interface Dec {
  units: bigint;
  scale: number;
}

/**
 * Parses a decimal given as a string ("2.5", "-1") or a finite JavaScript number (read at its shortest
 * spelling, so 0.1 is exactly one tenth). Returns null when the value is neither.
 */
export function parseDecimal(value: unknown): Dec | null {
  if (typeof value === 'number') {
    if (Number.isSafeInteger(value)) return { units: BigInt(value), scale: 0 };
    if (!Number.isFinite(value)) return null;
    return fromSpelling(NUMBER_SPELLING.exec(String(value)));
  }
  if (typeof value === 'string') return fromSpelling(DECIMAL.exec(value));
  return null;
}

function fromSpelling(match: RegExpExecArray | null): Dec | null {
  if (!match) return null;
  const [, sign, whole, fraction = '', exponentText] = match;
  let units = BigInt(whole + fraction);
  let scale = fraction.length - (exponentText === undefined ? 0 : Number(exponentText));
  if (scale < 0) {
    units *= pow10(-scale);
    scale = 0;
  }
  // Drop trailing zeros so "2.50" and 2.5 are the same quantity with the same scale.
  while (scale > 0 && units % 10n === 0n) {
    units /= 10n;
    scale--;
  }
  if (scale > MAX_SCALE) return null;
  return { units: sign === '-' ? -units : units, scale };
}

/** The decimal's units at a larger scale: `rescale({units: 25n, scale: 1}, 3)` is 2500n (2.500). */
export function rescale(value: Dec, scale: number): bigint {
  return value.scale === scale ? value.units : value.units * pow10(scale - value.scale);
}

/** -1, 0 or 1 as a < b, a = b, a > b. */
export function compareDec(a: Dec, b: Dec): number {
  const scale = Math.max(a.scale, b.scale);
  const x = rescale(a, scale);
  const y = rescale(b, scale);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** { units: 12345n, scale: 2 } → "123.45"; { units: 7n, scale: 0 } → "7". */
export function formatDec(value: Dec): string {
  return formatDecWith(value, '.');
}

/** formatDec with the given decimal point: ({ units: 12345n, scale: 2 }, ",") → "123,45". */
export function formatDecWith({ units, scale }: Dec, point: DecimalPoint): string {
  if (scale === 0) return units.toString();
  return formatScaled(units, scale, point);
}

/** `units / 10^scale` written with exactly `scale` decimals: formatScaled(5n, 3) → "0.005". */
export function formatScaled(units: bigint, scale: number, point: DecimalPoint = '.'): string {
  const negative = units < 0n;
  let digits = (negative ? -units : units).toString();
  if (digits.length <= scale) digits = digits.padStart(scale + 1, '0');
  const text = scale === 0 ? digits : `${digits.slice(0, -scale)}${point}${digits.slice(-scale)}`;
  return negative ? `-${text}` : text;
}

/** numerator / denominator rounded half away from zero to an integer (denominator must not be zero). */
export function divRoundHalfAwayFromZero(numerator: bigint, denominator: bigint): bigint {
  if (denominator < 0n) {
    numerator = -numerator;
    denominator = -denominator;
  }
  const negative = numerator < 0n;
  const magnitude = negative ? -numerator : numerator;
  const rounded = (2n * magnitude + denominator) / (2n * denominator);
  return negative ? -rounded : rounded;
}

/** numerator / denominator as a decimal string with `decimals` places, rounded half away from zero. */
export function formatRatio(numerator: bigint, denominator: bigint, decimals: number): string {
  return formatScaled(divRoundHalfAwayFromZero(numerator * pow10(decimals), denominator), decimals);
}

/**
 * Integer arithmetic in doubles is exact while every operand and result stays at or below 2^53
 * (Number.MAX_SAFE_INTEGER + 1). The fast paths below use it only after checking that bound, and give
 * exactly what the BigInt versions give (a property test compares them).
 */
const SAFE = Number.MAX_SAFE_INTEGER;

/**
 * ⌊a / b⌋ for safe non-negative integers a, b > 0 with a + b ≤ 2^53, exactly (the remainder is then
 * a − ⌊a / b⌋ × b, also exact). The double quotient a / b is correctly rounded, so its floor is at most
 * one off; the remainder tells which way.
 */
export function floorDivSafe(a: number, b: number): number {
  const quotient = Math.floor(a / b);
  const remainder = a - quotient * b;
  if (remainder < 0) return quotient - 1;
  if (remainder >= b) return quotient + 1;
  return quotient;
}

/**
 * part / whole with `decimals` places, rounded half away from zero, for the share of a line
 * (0 ≤ part ≤ whole); all zeros when whole is 0. Long division in doubles when whole is small enough,
 * BigInt otherwise.
 */
export function formatShare(part: bigint, whole: bigint, decimals: number): string {
  if (whole === 0n) return formatScaled(0n, decimals);
  if (part < 0n || part > whole || whole > 90_000_000_000n || decimals > 10) {
    return formatRatio(part, whole, decimals);
  }
  // whole ≤ 9.0e10, so remainder × 10^5 + whole stays below 2^53: five digits per step.
  const d = Number(whole);
  let remainder = Number(part);
  let digits = 0;
  let left = decimals;
  if (remainder === d) {
    digits = 1;
    remainder = 0;
  }
  while (left > 0) {
    const step = left < 5 ? left : 5;
    const scale = POWERS_OF_TEN[step];
    const scaled = remainder * scale;
    const q = floorDivSafe(scaled, d);
    digits = digits * scale + q;
    remainder = scaled - q * d;
    left -= step;
  }
  if (2 * remainder >= d) digits += 1;
  return formatScaledNumber(digits, decimals);
}

const POWERS_OF_TEN = [1, 10, 100, 1_000, 10_000, 100_000];

/** formatScaled for a safe non-negative integer held in a double. */
export function formatScaledNumber(units: number, scale: number, point: DecimalPoint = '.'): string {
  if (units > SAFE) throw new RangeError('formatScaledNumber needs a safe integer');
  let digits = String(units);
  if (scale === 0) return digits;
  if (digits.length <= scale) digits = digits.padStart(scale + 1, '0');
  return `${digits.slice(0, -scale)}${point}${digits.slice(-scale)}`;
}

/**
 * numerator / denominator with `decimals` places, cut (not rounded) and marked with "…" when inexact:
 * used in explanations to show the exact quotient before rounding ("33.3333…"). An exact quotient is
 * written without trailing zeros beyond `minDecimals` ("14354200.00").
 */
export function formatTruncated(
  numerator: bigint,
  denominator: bigint,
  decimals: number,
  minDecimals = 0,
  point: DecimalPoint = '.',
): string {
  const scaled = numerator * pow10(decimals);
  const quotient = scaled / denominator;
  if (scaled % denominator !== 0n) return `${formatScaled(quotient, decimals, point)}…`;
  let text = formatScaled(quotient, decimals, point);
  let cut = decimals;
  while (cut > minDecimals && text.endsWith('0')) {
    text = text.slice(0, -1);
    cut--;
  }
  return cut === 0 && text.endsWith(point) ? text.slice(0, -1) : text;
}

/** "12.3400" → "12.34", "5.000" → "5", "100" → "100". */
export function trimZeros(text: string): string {
  if (!text.includes('.')) return text;
  return text.replace(/\.?0+$/, '');
}

/** A short rendering of an unexpected input value for error messages. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') return `"${value}"`;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    return String(value);
  return typeof value;
}
