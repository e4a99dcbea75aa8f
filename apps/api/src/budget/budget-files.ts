import ExcelJS from 'exceljs';
import { guardFormulaText } from '../export/csv-guard.js';
import { CSV_DIALECTS, type CsvDialectName, csvLine, identifierCell } from '../export/csv-dialect.js';
import { NOK_FORMAT } from '../export/allocation-workbook.js';

/** A column of a budget file (invoice basis, budget forecast): headers in both languages and a kind. */
export interface BudgetColumn<R> {
  en: string;
  nb: string;
  kind: 'text' | 'identifier' | 'amount' | 'integer';
  width: number;
  value(row: R): string | number | null;
}

/** Rows as CSV in a dialect of the allocation exports (nb: BOM, «;», decimal comma; rfc4180: «,», «.»). */
export function budgetCsv<R>(
  columns: readonly BudgetColumn<R>[],
  rows: readonly R[],
  dialectName: CsvDialectName,
): string {
  const dialect = CSV_DIALECTS[dialectName];
  const header = csvLine(
    columns.map((c) => (dialect.language === 'nb' ? c.nb : c.en)),
    dialect,
  );
  let text = dialect.bom ? `\uFEFF${header}` : header;
  for (const row of rows)
    text += csvLine(
      columns.map((column) => {
        const value = column.value(row);
        if (value === null || value === undefined) return '';
        if (column.kind === 'identifier') return identifierCell(String(value), dialect);
        if (column.kind === 'amount') return String(value).replace('.', dialect.decimalSeparator);
        if (column.kind === 'integer') return String(value);
        return guardFormulaText(String(value));
      }),
      dialect,
    );
  return text;
}

/** Rows as one sheet of an XLSX workbook: Norwegian headers, amounts as numbers in «kr» format. */
export async function budgetWorkbook<R>(
  sheetName: string,
  columns: readonly BudgetColumn<R>[],
  rows: readonly R[],
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  sheet.columns = columns.map((c) => ({ header: c.nb, key: c.en, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows)
    sheet.addRow(
      columns.map((column) => {
        const value = column.value(row);
        if (value === null || value === undefined) return null;
        // amounts have two decimals: as numbers Excel sums them, the format shows the øre
        if (column.kind === 'amount') return Number(value);
        if (column.kind === 'integer') return Number(value);
        return String(value);
      }),
    );
  columns.forEach((column, index) => {
    if (column.kind === 'amount') sheet.getColumn(index + 1).numFmt = NOK_FORMAT;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
