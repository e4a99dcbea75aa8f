import ExcelJS from 'exceljs';
import type { DigifinContributionRow, DigifinLedgerData } from './digifin.service.js';

/** Norwegian number formats: the spreadsheet shows them with the reader's separators (nb-NO: 1 234,50 kr). */
const NOK = '#,##0.00 "kr"';
const INTEGER = '#,##0';

const KIND_NB: Record<string, string> = { MUNICIPALITY: 'Kommune', COUNTY_AUTHORITY: 'Fylkeskommune' };

/** A decimal string as a spreadsheet number (exact to the øre below 10^13 NOK). */
const num = (value: string | null): number | null => (value === null ? null : Number(value));

function header(row: ExcelJS.Row): void {
  row.font = { bold: true };
  row.alignment = { vertical: 'middle', wrapText: true };
}

/**
 * The DigiFin contributions of a year per organisation, and the fund's balance by year, as a workbook in
 * Norwegian: sheet «Bidrag <year>» (one row per organisation, then the sum) and sheet «Saldo per år».
 */
export function digifinWorkbook(
  data: DigifinLedgerData,
  year: number,
  rows: readonly DigifinContributionRow[],
  total: string,
  generatedAt: Date,
): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Gevinst';
  workbook.created = generatedAt;
  const sheet = workbook.addWorksheet(`Bidrag ${year}`);
  sheet.columns = [
    { header: 'Organisasjon', key: 'name', width: 36 },
    { header: 'Organisasjonsnummer', key: 'orgNumber', width: 20 },
    { header: 'Type', key: 'kind', width: 16 },
    { header: 'Bidragsår', key: 'year', width: 11 },
    { header: 'Innbyggertall per 1. januar', key: 'populationYear', width: 14 },
    { header: 'Innbyggere', key: 'population', width: 14, style: { numFmt: INTEGER } },
    { header: 'Sats (kr per innbygger)', key: 'rate', width: 14, style: { numFmt: NOK } },
    { header: 'Bidrag', key: 'amount', width: 18, style: { numFmt: NOK } },
  ];
  header(sheet.getRow(1));
  for (const row of rows)
    sheet.addRow({
      name: row.name,
      orgNumber: row.orgNumber,
      kind: KIND_NB[row.kind] ?? row.kind,
      year: row.year,
      populationYear: row.populationYear,
      population: row.population,
      rate: num(row.rate),
      amount: num(row.amount),
    });
  const sum = sheet.addRow({ name: 'Sum', amount: num(total) });
  sum.font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];

  const balance = workbook.addWorksheet('Saldo per år');
  balance.columns = [
    { header: 'År', key: 'year', width: 8 },
    { header: 'Inngående saldo', key: 'opening', width: 18 },
    { header: 'Staten', key: 'state', width: 18 },
    { header: 'Kommuner', key: 'municipalities', width: 18 },
    { header: 'Fylkeskommuner', key: 'countyAuthorities', width: 18 },
    { header: 'KS', key: 'ks', width: 14 },
    { header: 'Tilskudd til prosjekter', key: 'grants', width: 18 },
    { header: 'Utgående saldo', key: 'closing', width: 18 },
    { header: 'Motytelse oppfylt (akkumulert)', key: 'matching', width: 16 },
  ];
  header(balance.getRow(1));
  for (const y of data.ledger.years) {
    const row = balance.addRow({
      year: y.year,
      opening: num(y.opening),
      state: num(y.state),
      municipalities: num(y.municipalities),
      countyAuthorities: num(y.countyAuthorities),
      ks: num(y.ks),
      grants: num(y.grants),
      closing: num(y.closing),
      matching: y.matchingMet ? 'Ja' : 'Nei',
    });
    for (let c = 2; c <= 8; c++) row.getCell(c).numFmt = NOK;
  }
  return workbook;
}
