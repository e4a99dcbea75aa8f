import type { ExportLineRow } from '../allocation/allocation-query.service.js';
import { guardFormulaText } from './csv-guard.js';
import {
  EXPORT_COLUMNS,
  type ExportColumn,
  type ExportLanguage,
  osloTimestamp,
  percentOfShare,
} from './export-columns.js';

export const CSV_DIALECT_NAMES = ['nb', 'rfc4180'] as const;
export type CsvDialectName = (typeof CSV_DIALECT_NAMES)[number];

export function isCsvDialectName(value: string): value is CsvDialectName {
  return (CSV_DIALECT_NAMES as readonly string[]).includes(value);
}

export interface CsvDialect {
  name: CsvDialectName;
  language: ExportLanguage;
  /** Starts the file with a UTF-8 byte order mark, so Excel reads the text as UTF-8. */
  bom: boolean;
  delimiter: string;
  decimalSeparator: string;
  /** The first word of the file name. */
  fileBaseName: string;
}

/**
 * `nb`: what Norwegian Excel opens correctly — UTF-8 with BOM, semicolons, decimal comma, Norwegian
 * headers and names, times in Norwegian time. `rfc4180`: for programs — commas, decimal point, English
 * headers, codes, ISO 8601 UTC times. Both end every record with CRLF, have no totals row and guard
 * text cells that a spreadsheet would take for a formula (csv-guard.ts).
 */
export const CSV_DIALECTS: Record<CsvDialectName, CsvDialect> = {
  nb: {
    name: 'nb',
    language: 'nb',
    bom: true,
    delimiter: ';',
    decimalSeparator: ',',
    fileBaseName: 'fordeling',
  },
  rfc4180: {
    name: 'rfc4180',
    language: 'en',
    bom: false,
    delimiter: ',',
    decimalSeparator: '.',
    fileBaseName: 'allocations',
  },
};

/** One cell as text in the dialect. */
export function csvCell(column: ExportColumn, row: ExportLineRow, dialect: CsvDialect): string {
  const value = column.value(row, dialect.language);
  if (value === null || value === undefined) return '';
  switch (column.kind) {
    case 'identifier':
      return identifierCell(String(value), dialect);
    case 'fraction':
      // nb: the share as a percentage, «Andel (%)» «2,0195»; rfc4180: the fraction as stored
      return dialect.language === 'nb'
        ? percentOfShare(String(value)).replace('.', dialect.decimalSeparator)
        : String(value);
    case 'amount':
      return dialect.decimalSeparator === '.'
        ? String(value)
        : String(value).replace('.', dialect.decimalSeparator);
    case 'integer':
      return String(value);
    case 'timestamp': {
      const at = value instanceof Date ? value : new Date(String(value));
      return dialect.language === 'nb' ? osloTimestamp(at) : at.toISOString();
    }
    default: {
      // Both dialects: text that a spreadsheet would take for a formula gets an apostrophe (csv-guard.ts).
      return guardFormulaText(String(value));
    }
  }
}

/** Digits only: an organisation or municipality number as Gevinst validated and stored it. */
const DIGITS = /^\d+$/;

/**
 * An organisation or municipality number. nb (for Excel): ="0301", which Excel evaluates to the text
 * «0301» instead of reading the number 301; built only from a value of digits, so no text of anyone's can
 * get into a formula (anything else is a guarded text cell). rfc4180 (for programs): the digits as they are.
 * Why, and why the workbook is the better path for spreadsheets: docs/api.md, «Exports».
 */
export function identifierCell(value: string, dialect: CsvDialect): string {
  if (!DIGITS.test(value)) return guardFormulaText(value);
  return dialect.language === 'nb' ? `="${value}"` : value;
}

/**
 * One record, quoted as RFC 4180 says: a field is quoted when it holds the delimiter, a quote or a line
 * break, with quotes doubled. Written by hand rather than with csv-stringify, which measured about
 * seven times slower per line for exports of a million lines.
 */
export function csvLine(cells: string[], dialect: CsvDialect): string {
  const special = dialect.delimiter === ';' ? /[";\r\n]/ : /[",\r\n]/;
  let line = '';
  for (let index = 0; index < cells.length; index++) {
    const cell = cells[index];
    if (index) line += dialect.delimiter;
    line += special.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
  }
  return `${line}\r\n`;
}

/** The header line (with the BOM first when the dialect has one). */
export function csvHeader(dialect: CsvDialect): string {
  const header = csvLine(
    EXPORT_COLUMNS.map((column) =>
      dialect.language === 'nb' ? (column.nbCsv ?? column.nb) : column[dialect.language],
    ),
    dialect,
  );
  return dialect.bom ? `\uFEFF${header}` : header;
}

/** Lines as CSV records, each ending with CRLF. */
export function csvRecords(rows: ExportLineRow[], dialect: CsvDialect): string {
  let text = '';
  for (const row of rows)
    text += csvLine(
      EXPORT_COLUMNS.map((column) => csvCell(column, row, dialect)),
      dialect,
    );
  return text;
}
