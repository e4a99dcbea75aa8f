import { msg } from '@gevinst/domain';
import { parse } from 'csv-parse/sync';
import { badInput } from '../common/errors.js';
import { truncate } from '../common/ids.js';

/** One municipality's population for the year, summed over the rows broken down by sex and age. */
export interface ParsedFigure {
  municipalityNumber: string;
  /** The name in the file ("Oslo" of "0301 Oslo"). */
  name: string;
  value: number;
  /** The first line of the file with this municipality. */
  line: number;
}

/** A municipality that is in the file but has no usable figure for the year. */
export interface ParsedGap {
  municipalityNumber: string;
  name: string;
  line: number;
  reason: string;
}

export interface ParseProblem {
  line: number | null;
  message: string;
}

export interface ParsedPopulation {
  year: number;
  /** Data rows read for the year (every region, before summing). */
  rows: number;
  figures: ParsedFigure[];
  gaps: ParsedGap[];
  problems: ParseProblem[];
}

/** SSB's symbols for a figure that does not exist, is not available, or is confidential. */
const MISSING = new Set(['.', '..', '...', ':', '…', '']);
/** SSB's symbol for exactly nil. */
const NIL = '-';
/** More inhabitants than this in one municipality is a mistake in the file (Norway has 5.6 million). */
const MAX_POPULATION = 20_000_000;

/** "0301 Oslo", "K-0301 Oslo", "0301", "1201 Bergen (-2019)". */
const MUNICIPALITY = /^(?:K-)?(\d{4})(?:\s+(.*))?$/;
/** Counties ("46 Vestland", "F-46"), the whole country ("0 Hele landet") and other aggregates. */
const NOT_A_MUNICIPALITY = /^(?:(?:F-)?\d{2}(?:\s.*)?|0(?:\s.*)?|hele landet.*|norge.*|i alt.*)$/i;
const REGION_HEADER = /^(region|kommune|municipality|region_code|kommunenummer)$/i;
const YEAR_HEADER = /^(år|aar|year|tid|time)$/i;
const CONTENTS_HEADER = /^(statistikkvariabel|contents|statistic|statistikk)$/i;
/** A year in a column header: "2025", "Personer 2025", "Befolkning 1. januar 2025". */
const YEAR_IN_HEADER = /(?:^|\D)((?:18|19|20|21)\d\d)(?:\D|$)/g;
/** A breakdown value that is itself the total: the file then holds both the parts and the sum. */
const TOTAL_VALUE = /(begge kjønn|i alt|alle aldre|\btotal\b|both sexes|all ages)/i;

interface ParsedRecord {
  record: string[];
  /** `lines`: the line of the file where the record ends. */
  info: { lines: number };
}

interface Accumulator {
  name: string;
  line: number;
  sum: number;
  gap: string | null;
  seen: Set<string>;
}

function detectDelimiter(text: string): string {
  if (text.includes(';')) return ';';
  if (text.includes('\t')) return '\t';
  return ',';
}

function yearsInHeader(header: string): number[] {
  return [...header.matchAll(YEAR_IN_HEADER)].map((match) => Number(match[1]));
}

/**
 * Reads Statistics Norway's table 07459 (population 1 January by region, sex, age and year) as
 * downloaded from the StatBank: semicolon-separated (comma or tab accepted), quoted, title and note
 * lines allowed around the table, regions as "0301 Oslo" or "K-0301 Oslo". Either a year column
 * ("år") with a value column (the last column), or one column per year ("Personer 2025"). Rows broken
 * down by sex and age are summed per municipality; where a breakdown column also holds its total
 * ("Begge kjønn", "Alle aldre"), only the total rows are used. ".", "..", "...", ":" mean missing,
 * "-" means nil. Counties and the whole country are skipped.
 *
 * Mistakes in the file as a whole (no region column, no year, the year not in the file, more than one
 * statistic) are BAD_USER_INPUT on `csv` or `year`; mistakes in single rows are returned as problems
 * with their line, and the municipality is then not given a figure.
 */
export function parsePopulationCsv(input: string, year: number): ParsedPopulation {
  const text = input.replace(/^\uFEFF/, '');
  if (!text.trim()) throw badInput('csv', msg('CSV_EMPTY'));
  let records: ParsedRecord[];
  try {
    records = parse(text, {
      delimiter: detectDelimiter(text),
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      trim: true,
      info: true,
      // With `info`, csv-parse returns { record, info } (its types do not say so).
    }) as unknown as ParsedRecord[];
  } catch (error) {
    throw badInput('csv', msg('CSV_UNREADABLE', { detail: (error as Error).message }));
  }

  const headerIndex = records.findIndex(
    ({ record }) => record.length >= 2 && record.some((c) => REGION_HEADER.test(c)),
  );
  if (headerIndex < 0) throw badInput('csv', msg('CSV_NO_REGION_COLUMN'));
  const header = records[headerIndex].record;
  const regionColumn = header.findIndex((c) => REGION_HEADER.test(c));
  const yearColumn = header.findIndex((c) => YEAR_HEADER.test(c));
  const contentsColumn = header.findIndex((c) => CONTENTS_HEADER.test(c));

  let valueColumns: number[];
  let yearsInFile: number[];
  const dimensionColumns = new Set([regionColumn, yearColumn, contentsColumn].filter((index) => index >= 0));
  if (yearColumn >= 0) {
    const valueColumn = header.length - 1;
    if (dimensionColumns.has(valueColumn)) throw badInput('csv', msg('CSV_NO_VALUE_COLUMN'));
    valueColumns = [valueColumn];
    dimensionColumns.add(valueColumn);
    yearsInFile = [
      ...new Set(
        records
          .slice(headerIndex + 1)
          .map(({ record }) => record[yearColumn])
          .filter((cell) => /^\d{4}$/.test(cell ?? ''))
          .map(Number),
      ),
    ];
  } else {
    const perYear = header.map((cell, index) => ({ index, years: yearsInHeader(cell) }));
    const yearly = perYear.filter((column) => column.index !== regionColumn && column.years.length === 1);
    if (!yearly.length) throw badInput('csv', msg('CSV_NO_YEAR'));
    yearsInFile = [...new Set(yearly.map((column) => column.years[0]))];
    valueColumns = yearly.filter((column) => column.years[0] === year).map((column) => column.index);
    for (const column of yearly) dimensionColumns.add(column.index);
  }
  if (!yearsInFile.includes(year)) {
    const known = [...yearsInFile].sort((a, b) => a - b).map(String);
    throw badInput('year', msg('CSV_YEAR_MISSING', { year, years: known }));
  }
  const breakdownColumns = header.map((_, index) => index).filter((index) => !dimensionColumns.has(index));

  const problems: ParseProblem[] = [];
  const data = records
    .slice(headerIndex + 1)
    // A single cell is a note or a source line (SSB adds them under the table).
    .filter(({ record }) => record.length >= 2 && record.some((cell) => cell !== ''))
    .filter(({ record }) => yearColumn < 0 || record[yearColumn] === String(year));

  if (contentsColumn >= 0) {
    const statistics = new Set(data.map(({ record }) => record[contentsColumn]));
    if (statistics.size > 1)
      throw badInput(
        'csv',
        msg('CSV_SEVERAL_STATISTICS', { statistics: [...statistics].map((s) => truncate(s, 40)) }),
      );
  }
  // A breakdown column that holds its own total ("Begge kjønn"): keep only the total rows.
  let rows = data;
  for (const column of breakdownColumns) {
    if (rows.some(({ record }) => TOTAL_VALUE.test(record[column] ?? '')))
      rows = rows.filter(({ record }) => TOTAL_VALUE.test(record[column] ?? ''));
  }

  const byNumber = new Map<string, Accumulator>();
  const otherRegions = new Set<string>();
  for (const { record, info } of rows) {
    const line = info.lines;
    const region = (record[regionColumn] ?? '').replace(/\s+/g, ' ').trim();
    const match = MUNICIPALITY.exec(region);
    if (!match) {
      if (NOT_A_MUNICIPALITY.test(region)) otherRegions.add(region);
      else
        problems.push({
          line,
          message: `region "${truncate(region, 60)}" is not a municipality number with a name, such as "0301 Oslo": skipped`,
        });
      continue;
    }
    const [, number, rawName = ''] = match;
    let entry = byNumber.get(number);
    if (!entry) {
      entry = { name: rawName.trim(), line, sum: 0, gap: null, seen: new Set() };
      byNumber.set(number, entry);
    }
    const combination = breakdownColumns.map((column) => record[column] ?? '').join('\u0000');
    if (entry.seen.has(combination)) {
      problems.push({
        line,
        message: `${number} ${entry.name} appears more than once${combination ? ` for ${breakdownColumns.map((c) => record[c]).join(', ')}` : ''}: its figure is not imported`,
      });
      entry.gap ??= 'appears more than once';
      continue;
    }
    entry.seen.add(combination);
    for (const column of valueColumns) {
      const cell = (record[column] ?? '').replace(/[\s\u00a0\u202f]/g, '');
      if (MISSING.has(cell)) {
        entry.gap ??= `no figure ("${cell}")`;
      } else if (cell === NIL) {
        // exactly nil: adds nothing
      } else if (/^\d+$/.test(cell) && Number(cell) <= MAX_POPULATION) {
        entry.sum += Number(cell);
      } else {
        problems.push({
          line,
          message: `${number} ${entry.name}: "${truncate(cell, 40)}" is not a whole number of inhabitants: its figure is not imported`,
        });
        entry.gap ??= 'not a number';
      }
    }
  }

  const figures: ParsedFigure[] = [];
  const gaps: ParsedGap[] = [];
  for (const [municipalityNumber, entry] of [...byNumber].sort(([a], [b]) => a.localeCompare(b))) {
    if (entry.gap) gaps.push({ municipalityNumber, name: entry.name, line: entry.line, reason: entry.gap });
    else if (entry.sum > MAX_POPULATION)
      gaps.push({ municipalityNumber, name: entry.name, line: entry.line, reason: 'more than 20 million' });
    else figures.push({ municipalityNumber, name: entry.name, value: entry.sum, line: entry.line });
  }
  if (otherRegions.size)
    problems.push({
      line: null,
      message: `skipped ${otherRegions.size} ${otherRegions.size === 1 ? 'region that is' : 'regions that are'} not a municipality (${[
        ...otherRegions,
      ]
        .slice(0, 3)
        .map((r) => truncate(r, 30))
        .join(', ')}${otherRegions.size > 3 ? ', …' : ''})`,
    });
  return { year, rows: data.length, figures, gaps, problems };
}
