/**
 * NOK amounts cross every boundary as decimal strings with exactly two decimals ("1234.56").
 * These helpers validate and normalise such strings without ever going through floating point.
 */
import { type Message, msg } from './messages';

const AMOUNT = /^-?\d+(\.\d{1,2})?$/;

/**
 * Amounts are stored as numeric(15, 2): at most 13 digits before the decimal point, so the largest amount
 * is 9 999 999 999 999.99 NOK. Checked here so a larger one is a clear input error, never a database
 * overflow.
 */
export const MAX_NOK_INTEGER_DIGITS = 13;

/** Returns null when the string is a NOK amount (at most two decimals), otherwise what is wrong. */
export function nokAmountProblem(value: string, { allowNegative = false } = {}): Message | null {
  const got = `"${value}"`;
  if (!AMOUNT.test(value)) return msg('NOK_AMOUNT', { got });
  if (!allowNegative && value.startsWith('-')) return msg('NOT_NEGATIVE', { got });
  const whole = value
    .replace(/^-/, '')
    .split('.')[0]
    .replace(/^0+(?=\d)/, '');
  if (whole.length > MAX_NOK_INTEGER_DIGITS)
    return msg('NOK_AMOUNT_TOO_LARGE', { digits: MAX_NOK_INTEGER_DIGITS, got });
  return null;
}

/** Already normal: no leading zero, two decimals (as PostgreSQL's numeric(…, 2) writes amounts). */
const NORMAL_NOK = /^-?(?:[1-9]\d*|0)\.\d\d$/;

/** "12" → "12.00", "12.5" → "12.50", "-0.5" → "-0.50". Assumes nokAmountProblem(value) is null. */
export function normaliseNok(value: string): string {
  // Every amount the API sends is already normal: one test instead of the rewriting below.
  if (NORMAL_NOK.test(value) && value !== '-0.00') return value;
  const negative = value.startsWith('-');
  const [whole, fraction = ''] = (negative ? value.slice(1) : value).split('.');
  const normalisedWhole = whole.replace(/^0+(?=\d)/, '');
  const result = `${normalisedWhole}.${fraction.padEnd(2, '0')}`;
  return negative && result !== '0.00' ? `-${result}` : result;
}
