/**
 * The finance officer in Bergen: their organisation's allocations for a year, the page's total, and the
 * XLSX and CSV downloads — the workbook's total equals the page's, and no line of Oslo's is in sight.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { Download, Page } from 'playwright-core';
import { data, oreOf, PERSONAS, screenshot, seriousViolations, tokenFor, useBrowser } from './helpers';

async function download(page: Page, testId: string): Promise<Download> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  return file;
}

/** Whole kroner and øre of a number from a spreadsheet cell, exactly (they carry at most two decimals). */
const oreOfNumber = (value: number) => BigInt(Math.round(value * 100));

describe('finance officer', () => {
  const browser = useBrowser();
  const page = () => browser.page();

  it('downloads the XLSX of Bergen’s allocations; its total equals the page’s, and Oslo’s lines are not there', async () => {
    await browser.signIn(PERSONAS.financeBergen);
    await page().getByRole('menuitem', { name: 'Mine fordelinger' }).click();
    await page().getByRole('heading', { name: 'Fordelinger for Bergen' }).waitFor();
    await page().getByRole('combobox', { name: 'År', exact: true }).click();
    await page().getByRole('option', { name: '2024' }).click();

    const totalText = await page().getByTestId('allocation-total').innerText();
    // DigiFin: NOK 20 per inhabitant, 291 940 inhabitants.
    await page()
      .getByRole('row', { name: /DEMO-DIGIFIN-FIKS.*5\s838\s800,00\skr/ })
      .first()
      .waitFor();
    await page().getByTestId('lines-total').waitFor();
    const pageTotal = oreOf(totalText);
    expect(oreOf(await page().getByTestId('lines-total').innerText())).toBe(pageTotal);
    const lines = page().locator('[data-testid="allocation-lines"] tbody');
    await lines.getByRole('cell', { name: 'Bergen', exact: true }).first().waitFor();
    expect(await lines.getByText('Oslo', { exact: true }).count()).toBe(0);
    await page()
      .getByTestId('allocations-by-initiative')
      .locator('.recharts-bar-rectangle')
      .first()
      .waitFor();
    expect(await seriousViolations(page())).toEqual([]);
    await screenshot(page(), 'my-allocations-nb');

    // The workbook: the lines sum to the page's total, its Sum row says the same, and every line is Bergen's.
    const xlsx = await download(page(), 'download-xlsx');
    expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await xlsx.path());
    const sheet = workbook.getWorksheet('Fordeling')!;
    const header = (sheet.getRow(1).values as unknown[]).map((value) =>
      typeof value === 'string' ? value : '',
    );
    const plannedColumn = header.indexOf('Planlagt beløp');
    const organisationColumn = header.indexOf('Organisasjon');
    expect(plannedColumn).toBeGreaterThan(0);
    let linesTotal = 0n;
    let sumRow: bigint | null = null;
    const organisations = new Set<string>();
    sheet.eachRow((row, number) => {
      if (number === 1) return;
      const first = row.getCell(1).value;
      const planned = row.getCell(plannedColumn).value as number | { result: number } | null;
      if (first === 'Sum') {
        sumRow = oreOfNumber(typeof planned === 'number' ? planned : (planned?.result ?? NaN));
      } else if (typeof planned === 'number') {
        linesTotal += oreOfNumber(planned);
        organisations.add(row.getCell(organisationColumn).text);
      }
    });
    expect(linesTotal).toBe(pageTotal);
    expect(sumRow).toBe(pageTotal);
    expect([...organisations]).toEqual(['Bergen']);

    // The CSV in the Norwegian dialect (semicolons, decimal comma) says the same.
    const csv = await download(page(), 'download-csv');
    const rows: Record<string, string>[] = parse(
      readFileSync(await csv.path(), 'utf8').replace(/^\uFEFF/, ''),
      {
        delimiter: ';',
        columns: true,
      },
    );
    const csvTotal = rows.reduce(
      (sum, row) => sum + BigInt(row['Planlagt beløp'].replace(/[\s.]/g, '').replace(',', '')),
      0n,
    );
    expect(csvTotal).toBe(pageTotal);
    expect(new Set(rows.map((row) => row.Organisasjon))).toEqual(new Set(['Bergen']));
    expect(browser.pageErrors).toEqual([]);
  });

  it('keeps Oslo’s finance officer to Oslo’s allocations', async () => {
    const token = await tokenFor(browser.app(), PERSONAS.financeOslo);
    const { me } = await data<{ me: { organisation: { id: string } } }>(
      browser.app(),
      token,
      '{ me { organisation { id } } }',
    );
    await browser.signIn(PERSONAS.financeOslo);
    await page().getByRole('menuitem', { name: 'Mine fordelinger' }).click();
    await page().getByRole('heading', { name: 'Fordelinger for Oslo' }).waitFor();
    await page().getByRole('combobox', { name: 'År', exact: true }).click();
    await page().getByRole('option', { name: '2024' }).click();
    await page()
      .getByRole('row', { name: /DEMO-DIGIFIN-FIKS.*14\s354\s200,00\skr/ })
      .first()
      .waitFor();
    const lines = page().locator('[data-testid="allocation-lines"] tbody');
    await lines.getByRole('cell', { name: 'Oslo', exact: true }).first().waitFor();
    expect(await lines.getByText('Bergen', { exact: true }).count()).toBe(0);
    // The export link carries Oslo's organisation; the API refuses another one.
    expect(await page().getByTestId('download-xlsx').getAttribute('href')).toContain(me.organisation.id);
    // The menu holds no administration for a finance officer.
    expect(await page().getByRole('menuitem', { name: 'Brukere' }).count()).toBe(0);
    expect(await page().getByRole('menuitem', { name: 'Porteføljeoversikt' }).count()).toBe(0);
    expect(browser.pageErrors).toEqual([]);
  });
});
