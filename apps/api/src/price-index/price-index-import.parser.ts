import { type Message, msg, renderMessage } from '@gevinst/domain';
import { parse } from 'csv-parse/sync';
import { badInput } from '../common/errors.js';

/** The years an index may be given for (the price_index table's CHECK). */
export const PRICE_INDEX_YEARS = { min: 1900, max: 2300 } as const;

export interface ParsedIndexYear {
  year: number;
  /** decimal text with a point, such as "136.9" */
  value: string;
  line: number;
}

export interface IndexParseProblem {
  line: number | null;
  /** the problem as a code (its English is `message`) */
  problem: Message;
  message: string;
}

export interface ParsedPriceIndex {
  /** data lines read */
  rows: number;
  years: ParsedIndexYear[];
  problems: IndexParseProblem[];
}

const YEAR_HEADER = /^(year|år|aar|tid)$/i;
const INDEX_HEADER = /(cpi|kpi|konsumprisindeks|consumer price index|index|indeks)/i;
const DECIMAL = /^\d+([.,]\d{1,3})?$/;

/**
 * Reads a consumer price index file: a header line with a year column ("year", "år") and an index column
 * ("cpi_2015_100" as in data/reference/cpi.csv, or SSB's "Konsumprisindeks (2015=100)" of table 03014's
 * annual averages), separated by commas or semicolons (Norwegian Excel), the index with a decimal point or
 * comma. A line whose year or index is unusable, or a year given twice, is reported and left out; the
 * rest are read. The file as a whole is refused (BAD_USER_INPUT on `csv`) when it is empty, unreadable, or
 * lacks the two columns.
 */
export function parsePriceIndexCsv(csv: string): ParsedPriceIndex {
  const text = csv.replace(/^\uFEFF/, '');
  if (!text.trim()) throw badInput('csv', msg('CSV_EMPTY'));
  const firstLine = text.split(/\r?\n/, 1)[0];
  const delimiter = firstLine.includes(';') ? ';' : ',';
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      delimiter,
      skip_empty_lines: true,
      trim: true,
      relax_column_count: true,
      info: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    throw badInput('csv', msg('CSV_UNREADABLE', { detail: (error as Error).message }));
  }
  const headerAt = records.findIndex(
    ({ record }) =>
      record.some((cell) => YEAR_HEADER.test(cell)) && record.some((cell) => INDEX_HEADER.test(cell)),
  );
  if (headerAt === -1) throw badInput('csv', msg('CPI_NO_COLUMNS'));
  const header = records[headerAt].record;
  const yearColumn = header.findIndex((cell) => YEAR_HEADER.test(cell));
  const indexColumn = header.findIndex((cell, column) => column !== yearColumn && INDEX_HEADER.test(cell));
  const problems: IndexParseProblem[] = [];
  const report = (line: number, problem: Message) =>
    problems.push({ line, problem, message: renderMessage(problem, 'en') });
  const byYear = new Map<number, ParsedIndexYear>();
  const twice = new Set<number>();
  let rows = 0;
  for (const { record, info } of records.slice(headerAt + 1)) {
    rows++;
    const line = info.lines;
    const yearText = record[yearColumn] ?? '';
    const year = /^\d{4}$/.test(yearText) ? Number(yearText) : NaN;
    if (!(year >= PRICE_INDEX_YEARS.min && year <= PRICE_INDEX_YEARS.max)) {
      report(line, msg('CPI_LINE_YEAR', { ...PRICE_INDEX_YEARS, got: yearText }));
      continue;
    }
    const valueText = (record[indexColumn] ?? '').replace(/\s/g, '');
    if (!DECIMAL.test(valueText) || Number(valueText.replace(',', '.')) <= 0) {
      report(line, msg('CPI_LINE_VALUE', { year, got: valueText }));
      continue;
    }
    const first = byYear.get(year);
    if (first) {
      report(line, msg('CPI_LINE_TWICE', { year, first: first.line }));
      twice.add(year);
      continue;
    }
    byYear.set(year, { year, value: normalise(valueText.replace(',', '.')), line });
  }
  const years = [...byYear.values()]
    .filter((entry) => !twice.has(entry.year))
    .sort((a, b) => a.year - b.year);
  return { rows, years, problems };
}

/** "133.60" → "133.6", "134" → "134": the index as numeric(10, 3) text compares with the stored one. */
export function normalise(value: string): string {
  if (!value.includes('.')) return value.replace(/^0+(?=\d)/, '');
  return value
    .replace(/^0+(?=\d)/, '')
    .replace(/0+$/, '')
    .replace(/\.$/, '');
}
