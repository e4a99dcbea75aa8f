import type { EventEmitter } from 'node:events';
import type { Writable } from 'node:stream';
import { formatOre, keyRulesText, parseAmount, reconcileAll } from '@gevinst/cost-model';
import type { CostSharingKeySpec } from '@gevinst/domain';
import ExcelJS from 'exceljs';
import type { ExportLineRow, ExportRunRow } from '../allocation/allocation-query.service.js';
import { EXPORT_COLUMNS, type ExportColumnKind, osloTimestamp, osloWallClock } from './export-columns.js';
import { methodNb, reconciliationNb, runStatusNb } from './export-labels.js';
import { drainOf, drained } from './write-chunk.js';

/** NOK with øre and thousands separators, as Norwegian Excel shows it: "14 354 200,00 kr". */
export const NOK_FORMAT = '#,##0.00 "kr"';
const TIMESTAMP_FORMAT = 'yyyy-mm-dd hh:mm:ss';

const COLUMN_FORMAT: Partial<Record<ExportColumnKind, string>> = {
  amount: NOK_FORMAT,
  // the share as a percentage with two decimals, as the UI shows it («2,02 %»); the cell holds the fraction
  fraction: '0.00 %',
  integer: '0',
  timestamp: TIMESTAMP_FORMAT,
};

/** What the second sheet says about the export. */
export interface WorkbookAbout {
  /** The filter, as label and value. */
  filter: [string, string][];
  exportedBy: string;
  exportedAt: Date;
  access: string;
  runs: ExportRunRow[];
  /** Names of the organisations the keys' fixed shares name by id. */
  organisationNames: ReadonlyMap<string, string>;
}

/** The ids of the organisations a key's fixed shares name (at the top or in a TWO_LEVEL group). */
export function fixedShareIds(spec: CostSharingKeySpec): string[] {
  if (spec.method === 'FIXED_SHARES') return Object.keys(spec.shares);
  if (spec.method === 'TWO_LEVEL') return spec.groups.flatMap((group) => fixedShareIds(group.key));
  return [];
}

/** A key version's rules as a Norwegian sentence; the stored JSON only if it cannot be read as a key. */
function rulesNb(keySpec: string, names: ReadonlyMap<string, string>): string {
  try {
    return keyRulesText(JSON.parse(keySpec) as CostSharingKeySpec, 'nb', (id) => names.get(id));
  } catch {
    return keySpec;
  }
}

/** Excel has no time zones: a time is written as the wall-clock time in Norway. */
function osloDate(at: Date): Date {
  const [year, month, day, hour, minute, second] = osloWallClock(at);
  return new Date(Date.UTC(year, month - 1, day, hour, minute, second));
}

function cellValue(kind: ExportColumnKind, value: string | number | Date | null): ExcelJS.CellValue {
  if (value === null || value === undefined) return null;
  switch (kind) {
    case 'amount':
    case 'fraction':
      // A decimal string from the database; Number() reads it exactly as far as a double can hold it.
      return Number(value);
    case 'integer':
      return Number(value);
    case 'timestamp':
      return osloDate(value instanceof Date ? value : new Date(String(value)));
    default:
      return String(value);
  }
}

function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/**
 * exceljs's streaming writer applies no backpressure of its own: a sheet's rows go into an in-memory
 * buffer that archiver reads through a PassThrough, and exceljs writes into that PassThrough without
 * heeding `write` returning false. Waiting for the PassThrough to drain after each batch keeps the rows
 * not yet compressed to about one batch (measured without it: about 2 KB more memory per row, so
 * gigabytes for a million lines). The PassThrough is found through exceljs's internals; if they change,
 * this waits for the response alone.
 */
async function zipCaughtUp(sheet: ExcelJS.Worksheet, out: Writable): Promise<boolean> {
  const intake = (sheet as unknown as { stream?: { pipes?: unknown[] } }).stream?.pipes?.[0] as
    (EventEmitter & { _writableState?: { needDrain?: boolean } }) | undefined;
  if (intake?._writableState?.needDrain && typeof intake.on === 'function' && !(await drainOf(intake, out)))
    return false;
  return drained(out);
}

const PLANNED = EXPORT_COLUMNS.findIndex((column) => column.en === 'planned_amount');
const ACTUAL = EXPORT_COLUMNS.findIndex((column) => column.en === 'actual_amount');

/**
 * Streams the allocation workbook to `out` with exceljs's streaming writer: sheet "Fordeling" (a header
 * row, one row per line with amounts as numbers in NOK format, a totals row whose SUM formulas carry the
 * exact totals as cached values), then sheet "Om fordelingen" explaining the filter, who exported it and
 * when, and every run and key version behind the lines. Rows are committed batch by batch and the
 * writer waits for the response to drain, so memory stays flat. Resolves false when the client left.
 */
export async function writeAllocationWorkbook(
  out: Writable,
  batches: AsyncIterable<ExportLineRow[]>,
  about: () => Promise<WorkbookAbout>,
): Promise<boolean> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.creator = 'Gevinst';
  workbook.created = new Date();

  const sheet = workbook.addWorksheet('Fordeling', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = EXPORT_COLUMNS.map((column) => ({
    header: column.nb,
    key: column.en,
    width: column.width,
    style: COLUMN_FORMAT[column.kind] ? { numFmt: COLUMN_FORMAT[column.kind] } : undefined,
  }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.commit();

  let lines = 0;
  let plannedOre = 0n;
  let actualOre = 0n;
  // blank = not recorded, 0 = a recorded zero (docs/api.md): «Faktisk» sums only when a line has one
  let actualRecorded = false;
  for await (const batch of batches) {
    for (const row of batch) {
      sheet.addRow(EXPORT_COLUMNS.map((column) => cellValue(column.kind, column.value(row, 'nb')))).commit();
      plannedOre += parseAmount(row.planned_amount, 'planned_amount', { allowNegative: true });
      if (row.actual_amount !== null) {
        actualOre += parseAmount(row.actual_amount, 'actual_amount', { allowNegative: true });
        actualRecorded = true;
      }
    }
    lines += batch.length;
    if (!(await zipCaughtUp(sheet, out))) return false;
  }
  const plannedTotal = formatOre(plannedOre);
  const actualTotal = actualRecorded ? formatOre(actualOre) : null;
  const sum = (index: number, total: string | null): ExcelJS.CellValue => {
    if (total === null) return null;
    const letter = columnLetter(index);
    // The cached result is the exact total, so the file shows it before Excel recalculates.
    return lines ? { formula: `SUM(${letter}2:${letter}${lines + 1})`, result: Number(total) } : 0;
  };
  sheet.addRow([]).commit();
  const totals: ExcelJS.CellValue[] = EXPORT_COLUMNS.map(() => null);
  totals[0] = 'Sum';
  totals[PLANNED] = sum(PLANNED, plannedTotal);
  totals[ACTUAL] = sum(ACTUAL, actualTotal);
  const totalsRow = sheet.addRow(totals);
  totalsRow.font = { bold: true };
  totalsRow.commit();
  sheet.commit();

  const info = await about();
  writeAboutSheet(workbook.addWorksheet('Om fordelingen'), info, { lines, plannedTotal, actualTotal });
  if (!(await drained(out))) return false;
  await workbook.commit();
  return true;
}

/** The runs behind the lines (each once, though listed per key version), added up exactly. */
function runsReconciliation(runs: readonly ExportRunRow[]) {
  const seen = new Map<string, ExportRunRow>();
  for (const run of runs) seen.set(run.run_id, run);
  return reconcileAll(
    [...seen.values()].map((run) => {
      const allocated = run.run_allocated_total;
      const difference = parseAmount(run.run_difference, 'run_difference', { allowNegative: true });
      const item = run.run_cost_item_amount ?? formatOre(parseAmount(allocated, 'allocated') + difference);
      return {
        costItemAmount: item,
        allocatedTotal: allocated,
        difference: run.run_difference,
        reconciles: difference === 0n,
        keyFixesTotal: true,
      };
    }),
  );
}

function writeAboutSheet(
  sheet: ExcelJS.Worksheet,
  info: WorkbookAbout,
  totals: { lines: number; plannedTotal: string; actualTotal: string | null },
): void {
  sheet.columns = [24, 36, 8, 38, 20, 30, 11, 30, 9, 44, 11, 10, 20, 20, 20, 20, 24, 70].map((width) => ({
    width,
  }));
  const add = (values: ExcelJS.CellValue[], style?: { bold?: boolean; size?: number; numFmt?: string }) => {
    const row = sheet.addRow(values);
    if (style?.bold || style?.size) row.font = { bold: style.bold, size: style.size };
    if (style?.numFmt) row.getCell(2).numFmt = style.numFmt;
    row.commit();
  };
  add(['Fordeling av kostnader – eksport fra Gevinst'], { bold: true, size: 14 });
  add([]);
  add(['Utvalg'], { bold: true });
  for (const [label, value] of info.filter) add([label, value]);
  add(['Tilgang', info.access]);
  add([]);
  add(['Eksportert av', info.exportedBy]);
  add(['Eksportert', `${osloTimestamp(info.exportedAt)} (norsk tid)`]);
  add(['Antall linjer', totals.lines]);
  add(['Sum planlagt beløp', Number(totals.plannedTotal)], { numFmt: NOK_FORMAT });
  add(['Sum faktisk beløp', totals.actualTotal === null ? 'ikke registrert' : Number(totals.actualTotal)], {
    numFmt: NOK_FORMAT,
  });
  add([]);
  // The runs behind the lines, each as a whole: their cost items against what their keys allocated.
  const reconciliation = runsReconciliation(info.runs);
  add(['Avstemming mot kostnadspostene (hele kjøringene bak linjene)'], { bold: true });
  add(['Kostnadsposter', Number(reconciliation.costItemAmount)], { numFmt: NOK_FORMAT });
  add(['Fordelt', Number(reconciliation.allocatedTotal)], { numFmt: NOK_FORMAT });
  add(['Differanse (kostnadsposter − fordelt)', Number(reconciliation.difference)], { numFmt: NOK_FORMAT });
  add([]);
  add(['Kjøringer og fordelingsnøkler bak linjene'], { bold: true });
  add(
    [
      'Tiltakskode',
      'Tiltak',
      'År',
      'Kjøring (id)',
      'Kjørt',
      'Kjørt av',
      'Status',
      'Fordelingsnøkkel',
      'Nøkkelversjon',
      'Metode',
      'Befolkningsår',
      'Linjer i filen',
      'Planlagt beløp i filen',
      'Kjøringens kostnadsposter',
      'Kjøringens fordelte beløp',
      'Kjøringens differanse',
      'Avstemming',
      'Regler',
    ],
    { bold: true },
  );
  for (const run of info.runs) {
    const row = sheet.addRow([
      run.initiative_code,
      run.initiative_name,
      Number(run.year),
      run.run_id,
      osloDate(new Date(run.run_created_at)),
      run.run_created_by_email ?? '',
      runStatusNb(run.run_status),
      run.key_name,
      Number(run.key_version),
      methodNb(run.key_method),
      run.population_year === null ? 'ikke brukt' : Number(run.population_year),
      Number(run.line_count),
      Number(run.planned_amount),
      run.run_cost_item_amount === null ? null : Number(run.run_cost_item_amount),
      Number(run.run_allocated_total),
      Number(run.run_difference),
      reconciliationNb(run.run_reconciliation),
      rulesNb(run.key_spec, info.organisationNames),
    ]);
    row.getCell(5).numFmt = TIMESTAMP_FORMAT;
    for (const cell of [13, 14, 15, 16]) row.getCell(cell).numFmt = NOK_FORMAT;
    row.commit();
  }
  if (!info.runs.length) add(['Ingen linjer passer til utvalget.']);
  add([]);
  add(['Om tallene'], { bold: true });
  add(['Beløp', 'Norske kroner med øre. Summene er eksakte og lik summen av linjene i arket «Fordeling».']);
  add(['Andel', 'Linjens andel av kostnadspostens planlagte beløp, i prosent.']);
  add([
    'Tomt eller 0',
    'Et tomt felt betyr at beløpet ikke er registrert (for eksempel faktisk beløp før regnskapet er ført); 0,00 kr betyr at null er registrert.',
  ]);
  add(['Organisasjons- og kommunenummer', 'Lagret som tekst, så innledende nuller beholdes (Oslo 0301).']);
  add([
    'Befolkningsår',
    'Året befolkningstallene (SSB, 1. januar) er hentet fra, når nøkkelen bruker befolkning.',
  ]);
  add([
    'Differanse',
    'Kjøringens kostnadsposter minus det nøklene fordelte. Ulik null bare når en nøkkel uten fast totalsum (sats per enhet) er kjørt med «godta differansen».',
  ]);
  add(['Tider', 'Norsk tid.']);
  sheet.commit();
}
