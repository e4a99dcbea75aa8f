import type { ExportLineRow } from '../allocation/allocation-query.service.js';
import { costCategoryNb, runStatusNb } from './export-labels.js';

/**
 * How a column's value is written: `text` as it is; `identifier` a number written with its leading
 * zeros (organisation and municipality numbers: text in the workbook, ="0301" in the nb CSV so Excel
 * keeps the zero; see docs/api.md, «Exports»); `amount` a NOK decimal string ("1234.50"); `fraction` a
 * decimal string ("0.1293109600"; a percentage in the nb CSV and the workbook); `integer` a whole number;
 * `timestamp` a point in time.
 */
export type ExportColumnKind = 'text' | 'identifier' | 'amount' | 'fraction' | 'integer' | 'timestamp';

/** `nb` for people (Norwegian headers and names), `en` for machines (English headers, codes). */
export type ExportLanguage = 'nb' | 'en';

export type ExportValue = string | number | Date | null;

export interface ExportColumn {
  /** English header, snake_case (the rfc4180 dialect). */
  en: string;
  /** Norwegian header (the nb dialect and the workbook). */
  nb: string;
  /** The nb CSV's header when it differs from the workbook's («Andel (%)»: the CSV writes the number). */
  nbCsv?: string;
  kind: ExportColumnKind;
  /** Column width in the workbook, in characters. */
  width: number;
  value(row: ExportLineRow, language: ExportLanguage): ExportValue;
}

/** The columns of every allocation export, in order: the CSV dialects and the workbook share them. */
export const EXPORT_COLUMNS: readonly ExportColumn[] = [
  {
    en: 'organisation_number',
    nb: 'Organisasjonsnummer',
    kind: 'identifier',
    width: 14,
    value: (r) => r.org_number,
  },
  { en: 'organisation', nb: 'Organisasjon', kind: 'text', width: 30, value: (r) => r.organisation_name },
  {
    en: 'municipality_number',
    nb: 'Kommunenummer',
    kind: 'identifier',
    width: 10,
    value: (r) => r.municipality_number,
  },
  { en: 'initiative_code', nb: 'Tiltakskode', kind: 'text', width: 16, value: (r) => r.initiative_code },
  { en: 'initiative_name', nb: 'Tiltak', kind: 'text', width: 32, value: (r) => r.initiative_name },
  { en: 'year', nb: 'År', kind: 'integer', width: 7, value: (r) => Number(r.year) },
  {
    en: 'cost_category',
    nb: 'Kostnadskategori',
    kind: 'text',
    width: 16,
    value: (r, language) => (language === 'nb' ? costCategoryNb(r.cost_category) : r.cost_category),
  },
  { en: 'planned_amount', nb: 'Planlagt beløp', kind: 'amount', width: 18, value: (r) => r.planned_amount },
  { en: 'actual_amount', nb: 'Faktisk beløp', kind: 'amount', width: 18, value: (r) => r.actual_amount },
  { en: 'share', nb: 'Andel', nbCsv: 'Andel (%)', kind: 'fraction', width: 10, value: (r) => r.share },
  {
    en: 'explanation',
    nb: 'Forklaring',
    kind: 'text',
    width: 60,
    value: (r, language) => (language === 'nb' ? (r.explanation_nb ?? r.explanation) : r.explanation),
  },
  { en: 'run_id', nb: 'Kjøring (id)', kind: 'text', width: 38, value: (r) => r.run_id },
  { en: 'run_created_at', nb: 'Kjørt', kind: 'timestamp', width: 20, value: (r) => r.run_created_at },
  {
    en: 'run_status',
    nb: 'Status',
    kind: 'text',
    width: 11,
    value: (r, language) => (language === 'nb' ? runStatusNb(r.run_status) : r.run_status),
  },
  { en: 'key', nb: 'Fordelingsnøkkel', kind: 'text', width: 30, value: (r) => r.key_name },
  { en: 'key_version', nb: 'Nøkkelversjon', kind: 'integer', width: 9, value: (r) => Number(r.key_version) },
  {
    en: 'population_year',
    nb: 'Befolkningsår',
    kind: 'integer',
    width: 9,
    value: (r) => (r.population_year === null ? null : Number(r.population_year)),
  },
  { en: 'cost_item_id', nb: 'Kostnadspost (id)', kind: 'text', width: 38, value: (r) => r.cost_item_id },
  // The line's run as a whole (every line of a run repeats them, as it repeats the run's id): what its
  // cost items amount to, what it allocated, and the difference cost items − allocated (issue 14).
  {
    en: 'run_cost_item_amount',
    nb: 'Kjøringens kostnadsposter',
    kind: 'amount',
    width: 18,
    value: (r) => r.run_cost_item_amount,
  },
  {
    en: 'run_allocated_total',
    nb: 'Kjøringens fordelte beløp',
    kind: 'amount',
    width: 18,
    value: (r) => r.run_allocated_total,
  },
  {
    en: 'run_difference',
    nb: 'Kjøringens differanse',
    kind: 'amount',
    width: 18,
    value: (r) => r.run_difference,
  },
  // Where the payer posts the line (issue 21): the organisation's KOSTRA art and function for the cost
  // category, its own choice or Gevinst's suggestion (libs/domain/src/kostra.ts, docs/budget.md).
  { en: 'kostra_art', nb: 'KOSTRA art', kind: 'text', width: 11, value: (r) => r.kostra_art },
  { en: 'kostra_function', nb: 'KOSTRA funksjon', kind: 'text', width: 15, value: (r) => r.kostra_function },
];

/**
 * A share (a fraction with 10 decimals, "0.0201950000") as a percentage for people: "2.0195" (×100,
 * exact, at least two decimals: "0.0202000000" → "2.02"). The same rule as PERCENT_OF_SHARE_SQL.
 */
export function percentOfShare(share: string): string {
  const negative = share.startsWith('-');
  const [whole, fraction = ''] = (negative ? share.slice(1) : share).split('.');
  const digits = fraction.padEnd(10, '0');
  const integer = `${whole}${digits.slice(0, 2)}`.replace(/^0+(?=\d)/, '');
  const percent = `${integer}.${digits.slice(2)}`.replace(/(\.\d\d\d*?)0+$/, '$1');
  return negative ? `-${percent}` : percent;
}

const OSLO = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Oslo',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

type WallClock = [number, number, number, number, number, number];

/** The last time converted: the lines of one run share it, and Intl is slow enough to matter per line. */
let lastConverted: { time: number; clock: WallClock } | null = null;

/** The wall-clock time in Norway (Europe/Oslo) as [year, month, day, hour, minute, second]. */
export function osloWallClock(at: Date): WallClock {
  const time = at.getTime();
  if (lastConverted?.time === time) return lastConverted.clock;
  const parts = Object.fromEntries(OSLO.formatToParts(at).map((part) => [part.type, part.value]));
  const clock: WallClock = [
    Number(parts.year),
    Number(parts.month),
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  ];
  lastConverted = { time, clock };
  return clock;
}

/** "2026-11-23 18:01:12", Norwegian time. */
export function osloTimestamp(at: Date): string {
  const [year, month, day, hour, minute, second] = osloWallClock(at).map((n) => String(n).padStart(2, '0'));
  return `${year}-${month}-${day} ${hour}:${minute}:${second}`;
}
