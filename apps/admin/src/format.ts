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

const inputFormat = {
  whole: new Intl.NumberFormat(DISPLAY_LOCALE, { maximumFractionDigits: 0 }),
  ore: new Intl.NumberFormat(DISPLAY_LOCALE, { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
};

/**
 * An API amount as a person edits it, the Norwegian way and without "kr": "6000000.00" → "6 000 000",
 * "1234.5" → "1 234,50" (what parseNokInput reads back to the same decimal). "" for null/undefined/"",
 * and the input unchanged when it is not a decimal.
 */
export function formatNokInput(value: string | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  const trimmed = value.trim();
  if (!DECIMAL.test(trimmed)) return value;
  const whole = !/\.\d*[1-9]/.test(trimmed);
  return (whole ? inputFormat.whole : inputFormat.ore).format(trimmed as Intl.StringNumericLiteral);
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

const percentFormat = new Intl.NumberFormat(DISPLAY_LOCALE, {
  maximumFractionDigits: 1,
  minimumFractionDigits: 0,
});
const decimalFormat = new Intl.NumberFormat(DISPLAY_LOCALE, { maximumFractionDigits: 6 });
const dateTimeFormat = new Intl.DateTimeFormat(DISPLAY_LOCALE, {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: DISPLAY_TIME_ZONE,
});

/** "87.5" or 87.5 → "87,5 %"; a fraction with `{ fraction: true }` ("0.0526" → "5,3 %"). */
export function formatPercent(
  value: string | number | null | undefined,
  { fraction = false, digits }: { fraction?: boolean; digits?: number } = {},
): string {
  if (value === null || value === undefined || value === '') return '';
  const number = typeof value === 'number' ? value : Number(value);
  if (!Number.isFinite(number)) return String(value);
  const format =
    digits === undefined
      ? percentFormat
      : new Intl.NumberFormat(DISPLAY_LOCALE, {
          maximumFractionDigits: digits,
          minimumFractionDigits: digits,
        });
  return `${format.format(fraction ? number * 100 : number)} %`;
}

/** An exact decimal from the API ("12000.5") the Norwegian way: "12 000,5". */
export function formatDecimal(value: string | number | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'number') return Number.isFinite(value) ? decimalFormat.format(value) : '';
  const trimmed = value.trim();
  return DECIMAL.test(trimmed) ? decimalFormat.format(trimmed as Intl.StringNumericLiteral) : value;
}

/** A timestamp as "23.11.2026, 14:05" in Norwegian time. */
export function formatDateTime(value: string | Date | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  const date = typeof value === 'string' ? new Date(value) : value;
  return Number.isNaN(date.getTime()) ? String(value) : dateTimeFormat.format(date);
}

/**
 * Reads a number typed by a person ("1 234,5", "0,125", "12.5") as the API's decimal string ("1234.5"),
 * or null when it is not a number. Used for rates, percentages, driver quantities and indicator values.
 */
export function parseDecimalInput(input: string | number | null | undefined): string | null {
  if (input === null || input === undefined) return null;
  if (typeof input === 'number') return Number.isFinite(input) ? String(input) : null;
  const compact = input.replace(/[\s\u00a0\u202f]/g, '').replace(/%$/, '');
  if (compact.includes(',') && compact.includes('.')) return null;
  const candidate = compact.replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(candidate) ? candidate : null;
}

/** NOK decimal string → number for charts only (never for sums or display). */
export function nokToNumber(value: string | null | undefined): number {
  if (!value) return 0;
  const number = Number(value);
  return Number.isFinite(number) ? number : 0;
}

const axisSmallFormat = new Intl.NumberFormat(DISPLAY_LOCALE, { maximumFractionDigits: 2 });
const AXIS_SCALES = [
  { from: 1e9, suffix: 'mrd.' },
  { from: 1e6, suffix: 'mill.' },
] as const;

/**
 * One nb-NO format for every chart tick (issue 17: «850k» next to «30 mill.»). Intl's nb-NO compact
 * notation writes thousands as «k», which is not Norwegian; here an axis is written in one unit chosen by
 * its largest value (`axisMax`, else the value itself): below a million as the number with spaces
 * («850 000», «12,5»), from a million in «mill.» («0,5 mill.», «30 mill.»), from a billion in «mrd.». Every tick
 * of one axis has the same unit, so the axis reads 0 – 0,5 mill. – 1 mill. – 1,5 mill.
 */
export function formatAxisNumber(value: number, axisMax?: number): string {
  if (!Number.isFinite(value)) return '';
  const reference = Math.abs(axisMax ?? value);
  const scale = AXIS_SCALES.find((candidate) => reference >= candidate.from);
  if (!scale) return axisSmallFormat.format(value);
  if (value === 0) return '0';
  // Two decimals at most: an axis to 1 mill. has a tick at 0,25 mill., not «0,3 mill.».
  const scaled = new Intl.NumberFormat(DISPLAY_LOCALE, { maximumFractionDigits: 2 }).format(
    value / scale.from,
  );
  return `${scaled} ${scale.suffix}`;
}

/** The chart axes' format for amounts in kroner (the same as every other axis: formatAxisNumber). */
export const formatCompactNok = formatAxisNumber;
/**
 * What an amount that is not recorded shows (an actual amount before the accounts are in): a dash, never
 * «0,00 kr», which is a recorded zero. The exports leave such a cell empty (docs/api.md, «Blank or zero»).
 */
export const NOT_RECORDED = '–';
