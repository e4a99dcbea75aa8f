import ExcelJS from 'exceljs';
import { KeyComparisonScopeKind } from './key-comparison.model.js';
import type { ComputedComparison } from './key-comparison.service.js';

/** NOK with øre as Norwegian Excel shows it ("14 354 200,00 kr"), as the other exports. */
const NOK = '#,##0.00 "kr"';
const INHABITANTS = '#,##0';

const LEVEL_NB: Record<string, string> = { CENTRAL: 'Statlig', REGIONAL: 'Regional', LOCAL: 'Lokal' };
const OUTCOME_NB: Record<string, string> = {
  REFERENCE: 'Referanse',
  GAINS: 'Vinner',
  LOSES: 'Taper',
  UNCHANGED: 'Uendret',
};

/** A decimal string as a spreadsheet number (exact to the øre below 10^13 NOK, as the other exports). */
function numberCell(value: string | null): number | null {
  return value === null ? null : Number(value);
}

/**
 * The key comparison as a workbook in Norwegian: the sheet «Sammenligning» (a row per organisation: the
 * amount under each key, the difference from the reference and per inhabitant) and «Sammendrag» (the keys
 * with their totals, and gainers and losers by level and county when the caller may see them).
 */
export function keyComparisonWorkbook(comparison: ComputedComparison, exportedAt: Date): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Gevinst';
  workbook.created = exportedAt;
  const reference = comparison.keys[comparison.referenceIndex];
  const others = comparison.keys.filter((k) => k.index !== comparison.referenceIndex);

  const sheet = workbook.addWorksheet('Sammenligning', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { header: 'Organisasjon', width: 32 },
    { header: 'Org.nr.', width: 12 },
    { header: 'Forvaltningsnivå', width: 14 },
    { header: 'Fylke', width: 18 },
    { header: `Innbyggere ${comparison.populationYear}`, width: 14, style: { numFmt: INHABITANTS } },
    ...comparison.keys.map((k) => ({
      header: `${k.name}${k.index === comparison.referenceIndex ? ' (referanse)' : ''}`,
      width: 22,
      style: { numFmt: NOK },
    })),
    ...others.flatMap((k) => [
      { header: `Differanse: ${k.name}`, width: 20, style: { numFmt: NOK } },
      { header: `Per innbygger: ${k.name}`, width: 16, style: { numFmt: NOK } },
      { header: `Utfall: ${k.name}`, width: 12 },
    ]),
  ];
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).alignment = { vertical: 'middle', wrapText: true };
  for (const row of comparison.allRows)
    sheet.addRow([
      row.name,
      row.orgNumber,
      LEVEL_NB[row.administrativeLevel] ?? row.administrativeLevel,
      row.countyName ?? '',
      row.population,
      ...row.amounts.map(numberCell),
      ...others.flatMap((k) => [
        numberCell(row.differences[k.index]),
        numberCell(row.differencesPerInhabitant[k.index]),
        OUTCOME_NB[row.outcomes[k.index]],
      ]),
    ]);

  const summary = workbook.addWorksheet('Sammendrag');
  summary.columns = [
    { width: 34 },
    { width: 22 },
    { width: 12 },
    { width: 20 },
    { width: 12 },
    { width: 20 },
    { width: 12 },
    { width: 20 },
  ];
  summary.addRow([
    `Sammenligning av fordelingsnøkler: ${comparison.initiativeCode} ${comparison.year}`,
  ]).font = {
    bold: true,
    size: 13,
  };
  summary.addRow(['Initiativ', comparison.initiativeName]);
  summary.addRow(['Kostnadsår', comparison.year]);
  summary.addRow(['Innbyggertall per', comparison.populationYear]);
  summary.addRow(['Referansenøkkel', reference.name]);
  const planned = summary.addRow(['Planlagte kostnader', numberCell(comparison.costItemAmount)]);
  planned.getCell(2).numFmt = NOK;
  summary.addRow([
    'Tilgang',
    comparison.scope === KeyComparisonScopeKind.ALL
      ? 'Alle betalende deltakere'
      : 'Bare egen organisasjon (ingen summer for andre)',
  ]);
  summary.addRow(['Eksportert', exportedAt.toISOString()]);
  summary.addRow([]);
  summary.addRow([
    'Nøkkel',
    'Metode',
    'Innbyggerår',
    'Fordelt i alt',
    'Går opp',
    'Avvik mot kostnadene',
  ]).font = { bold: true };
  for (const key of comparison.keys) {
    const row = summary.addRow([
      key.name,
      key.method,
      key.populationYear,
      numberCell(key.total),
      key.reconciles ? 'Ja' : 'Nei',
      numberCell(key.difference),
    ]);
    row.getCell(4).numFmt = NOK;
    row.getCell(6).numFmt = NOK;
  }
  const groups = (
    title: string,
    list: ComputedComparison['byLevel'],
    name: (g: (typeof list)[number]) => string,
  ) => {
    if (!list.length) return;
    summary.addRow([]);
    summary.addRow([
      title,
      'Nøkkel',
      'Vinnere',
      'Sum vinnere',
      'Tapere',
      'Sum tapere',
      'Uendret',
      'Netto',
    ]).font = {
      bold: true,
    };
    for (const g of list) {
      const row = summary.addRow([
        name(g),
        comparison.keys[g.keyIndex].name,
        g.gainers,
        numberCell(g.gainersSum),
        g.losers,
        numberCell(g.losersSum),
        g.unchanged,
        numberCell(g.net),
      ]);
      for (const cell of [4, 6, 8]) row.getCell(cell).numFmt = NOK;
    }
  };
  groups('Forvaltningsnivå', comparison.byLevel, (g) => LEVEL_NB[g.group ?? ''] ?? g.group ?? '');
  groups('Fylke', comparison.byCounty, (g) =>
    g.group ? `${g.group} ${g.label ?? ''}`.trim() : 'Uten fylke',
  );
  return workbook;
}
