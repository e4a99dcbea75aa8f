import { CoFinancingApplicationStatus, CoFinancingCategory } from '@gevinst/domain';
import ExcelJS from 'exceljs';
import type { CoFinancingCallEntity } from './co-financing-call.entity.js';
import type { CoFinancingRankingRowModel } from './co-financing.model.js';

/** Excel number formats; Excel shows them with the reader's separators (nb-NO: 1 234 567,89). */
const NOK = '#,##0.00 "kr"';
const RATIO = '0.0000';

export const CATEGORY_NB: Record<CoFinancingCategory, string> = {
  [CoFinancingCategory.CATEGORY_1]: 'Kategori 1',
  [CoFinancingCategory.CATEGORY_2]: 'Kategori 2 (felles løsninger)',
};

export const STATUS_NB: Record<CoFinancingApplicationStatus, string> = {
  [CoFinancingApplicationStatus.DRAFT]: 'Utkast',
  [CoFinancingApplicationStatus.SUBMITTED]: 'Sendt inn',
  [CoFinancingApplicationStatus.APPROVED]: 'Innvilget',
  [CoFinancingApplicationStatus.REJECTED]: 'Avslått',
};

/**
 * A decimal string as a spreadsheet number: the double nearest the exact decimal, which shows the same two
 * (or four) decimals for every amount below 10^13.
 */
function numberCell(value: string | null): number | null {
  return value === null ? null : Number(value);
}

/** A call's ranking for the board's meeting, in Norwegian: the ranking and the call's rules. */
export function coFinancingRankingWorkbook(
  call: CoFinancingCallEntity,
  rows: readonly CoFinancingRankingRowModel[],
  generatedAt: Date,
): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Gevinst';
  workbook.created = generatedAt;

  const ranking = workbook.addWorksheet('Rangering');
  ranking.columns = [
    { header: 'Rang', width: 6 },
    { header: 'Tiltak', width: 24 },
    { header: 'Navn', width: 44 },
    { header: 'Søker', width: 36 },
    { header: 'Kategori', width: 26 },
    { header: 'Status', width: 12 },
    { header: 'Samlet kostnad', width: 18, style: { numFmt: NOK } },
    { header: 'Omsøkt tilskudd', width: 18, style: { numFmt: NOK } },
    { header: 'Netto nåverdi', width: 18, style: { numFmt: NOK } },
    { header: 'Budsjettkroner (nåverdi)', width: 20, style: { numFmt: NOK } },
    { header: 'Netto nåverdi per budsjettkrone', width: 16, style: { numFmt: RATIO } },
    { header: 'Analyseperiode fra', width: 10 },
    { header: 'Analyseperiode til', width: 10 },
    { header: 'Prisnivå (år)', width: 10 },
    { header: 'Oppfyller kriteriene', width: 12 },
    { header: 'Brudd uten unntak', width: 10 },
    { header: 'Godtatte unntak', width: 10 },
    { header: 'Avvikskoder', width: 48 },
  ];
  ranking.getRow(1).font = { bold: true };
  ranking.getRow(1).alignment = { vertical: 'middle', wrapText: true };
  for (const row of rows)
    ranking.addRow([
      row.rank,
      row.initiativeCode,
      row.initiativeName,
      row.applicantName,
      CATEGORY_NB[row.category],
      STATUS_NB[row.status],
      numberCell(row.totalCost),
      numberCell(row.requestedGrant),
      numberCell(row.npv),
      numberCell(row.budgetKroner),
      numberCell(row.npvPerBudgetKrone),
      row.fromYear,
      row.toYear,
      row.priceBaseYear,
      row.eligible ? 'Ja' : 'Nei',
      row.errorCount,
      row.exceptedCount,
      row.findingCodes.join(', '),
    ]);
  ranking.views = [{ state: 'frozen', ySplit: 1 }];

  const rules = workbook.addWorksheet('Regler');
  rules.columns = [{ width: 44 }, { width: 80 }];
  rules.addRow([call.title]).font = { bold: true, size: 14 };
  const set = call.ruleSet;
  const facts: [string, string | number | null, string?][] = [
    ['År', call.year],
    ['Søknadsfrist', call.deadline],
    ['Regelsett', set.id],
    ['Kilde', set.source],
    [
      'Rangert etter',
      'Netto nåverdi per budsjettkrone, høyest først; ved likhet netto nåverdi, så tiltakskode',
    ],
    ['Laget', generatedAt.toISOString()],
  ];
  for (const [category, limits] of Object.entries(set.categories)) {
    const name = CATEGORY_NB[category as CoFinancingCategory];
    facts.push(
      [`${name}: minste samlede kostnad`, numberCell(limits.minTotalCost), NOK],
      [`${name}: største samlede kostnad`, numberCell(limits.maxTotalCost), NOK],
      [`${name}: største andel dekket (%)`, limits.maxGrantPercent],
      [`${name}: største tilskudd`, numberCell(limits.maxGrant), NOK],
    );
  }
  for (const [label, value, format] of facts) {
    const row = rules.addRow([label, value ?? 'Ingen grense']);
    row.getCell(1).font = { bold: true };
    if (format && value !== null) row.getCell(2).numFmt = format;
  }
  return workbook;
}
