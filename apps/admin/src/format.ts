/**
 * Shared display formatting. Gevinst shows amounts and dates the Norwegian way in every UI language:
 * NOK as "1 234 567,89 kr" and dates as "23.11.2026". Money crosses the API as decimal strings
 * ("1234.56") and is never turned into a float on its way to the screen.
 */
import { nokAmountProblem, normaliseNok } from '@gevinst/domain';

export const DISPLAY_LOCALE = 'nb-NO';
export const DISPLAY_TIME_ZONE = 'Europe/Oslo';

const nokFormat = new Intl.NumberFormat(DISPLAY_LOCALE, {
  style: 'currency',
  currency: 'NOK',
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});
const integerFormat = new Intl.NumberFormat(DISPLAY_LOCALE, { maximumFractionDigits: 0 });
const dateFormat = new Intl.DateTimeFormat(DISPLAY_LOCALE, {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  timeZone: DISPLAY_TIME_ZONE,
});

const DECIMAL = /^-?\d+(\.\d+)?$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * "1234567.89" → "1 234 567,89 kr" (with the no-break spaces Intl uses for nb-NO).
 * Strings are formatted as exact decimals (Intl.NumberFormat v3), so large amounts keep their øre.
 * Returns "" for null/undefined/"" and the input unchanged when it is not a number.
 */
export function formatNok(value: string | number | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'number') return Number.isFinite(value) ? nokFormat.format(value) : '';
  const trimmed = value.trim();
  if (!DECIMAL.test(trimmed)) return value;
  return nokFormat.format(trimmed as Intl.StringNumericLiteral);
}

/** 1234567 → "1 234 567". */
export function formatInteger(value: number | string | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'string') {
    const trimmed = value.trim();
    return DECIMAL.test(trimmed) ? integerFormat.format(trimmed as Intl.StringNumericLiteral) : value;
  }
  return Number.isFinite(value) ? integerFormat.format(value) : '';
}

/**
 * "2026-11-23" → "23.11.2026". Calendar dates are rearranged as text (no time zone can shift them);
 * timestamps and Date objects are shown as the date in Norway.
 */
export function formatDate(value: string | Date | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'string') {
    const match = ISO_DATE.exec(value);
    if (match) return `${match[3]}.${match[2]}.${match[1]}`;
  }
  const date = typeof value === 'string' ? new Date(value) : value;
  return Number.isNaN(date.getTime()) ? String(value) : dateFormat.format(date);
}

/**
 * Reads an amount typed by a person, such as "1 234,50", "1234.5" or "1 234 kr", and returns the API's
 * decimal string ("1234.50"), or null when it is not a non-negative NOK amount with at most two decimals.
 */
export function parseNokInput(input: string | null | undefined): string | null {
  if (input === null || input === undefined) return null;
  const compact = input
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/(kr|nok)\.?$/i, '')
    .replace(/^(kr|nok)\.?/i, '');
  if (compact.includes(',') && compact.includes('.')) return null;
  const candidate = compact.replace(',', '.');
  if (candidate === '' || nokAmountProblem(candidate) !== null) return null;
  return normaliseNok(candidate);
}

/** Exact sum of decimal NOK strings ("1234.5" + "0.55" → "1235.05"), via øre in BigInt. */
export function sumNok(amounts: readonly (string | null | undefined)[]): string {
  let ore = 0n;
  for (const amount of amounts) {
    if (!amount || nokAmountProblem(amount.trim(), { allowNegative: true }) !== null) continue;
    const normalised = normaliseNok(amount.trim());
    const negative = normalised.startsWith('-');
    const [whole, fraction] = (negative ? normalised.slice(1) : normalised).split('.');
    const value = BigInt(whole) * 100n + BigInt(fraction);
    ore += negative ? -value : value;
  }
  const negative = ore < 0n;
  const absolute = negative ? -ore : ore;
  const text = `${absolute / 100n}.${(absolute % 100n).toString().padStart(2, '0')}`;
  return negative ? `-${text}` : text;
}
