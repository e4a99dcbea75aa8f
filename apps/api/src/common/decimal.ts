import { type Message, msg } from '@gevinst/domain';
import type { ValueTransformer } from 'typeorm';

/** Indicator values and rates: at most 14 digits before the point and 6 after (numeric(20, 6)). */
const DECIMAL = /^-?\d{1,14}(\.\d{1,6})?$/;

/** Returns null when `value` is a decimal the database stores exactly, otherwise what is wrong. */
export function decimalProblem(value: string): Message | null {
  if (!DECIMAL.test(value)) return msg('DECIMAL_FORMAT', { got: `"${value.slice(0, 40)}"` });
  return null;
}

/** "12000.000000" → "12000", "-0.500000" → "-0.5", "0.000000" → "0". */
export function trimDecimal(value: string): string {
  if (!value.includes('.')) return value === '-0' ? '0' : value;
  const trimmed = value.replace(/\.?0+$/, '');
  return trimmed === '-0' ? '0' : trimmed;
}

/** "0012.50" → "12.5", "-0.0" → "0": one spelling per number (assumes decimalProblem(value) is null). */
export function normaliseDecimal(value: string): string {
  const negative = value.startsWith('-');
  const [whole, fraction = ''] = (negative ? value.slice(1) : value).split('.');
  const text = trimDecimal(`${whole.replace(/^0+(?=\d)/, '')}.${fraction}0`);
  return negative && text !== '0' ? `-${text}` : text;
}

/** Reads a numeric column as a decimal string without trailing zeros; writes it as given. */
export const decimalColumn: ValueTransformer = {
  to: (value: string | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : trimDecimal(value)),
};
