/**
 * Issue 21 in the browser: Bergen's finance officer sees the four-year forecast on «Mine fordelinger»
 * (chart and table, one column per year) and downloads the budget workbook; the owner of DEMO-DIGIFIN-FIKS
 * downloads the 2024 invoice basis from the initiative's cost-sharing tab: 357 lines summing to the run.
 */
import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Download, Page } from 'playwright-core';
import {
  DEMO_PASSWORD,
  data,
  PERSONAS,
  screenshot,
  seriousViolations,
  tokenFor,
  useBrowser,
} from './helpers';

async function download(page: Page, testId: string): Promise<Download> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).first().click()]);
  return file;
}

/** "1234,50" / "1234.50" → øre, exactly. */
const ore = (amount: string): bigint => {
  const [whole, fraction = ''] = amount.replace(',', '.').split('.');
  return BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0'));
};

describe('money in the budget', () => {
  const browser = useBrowser();
  const page = () => browser.page();

  it('shows Bergen’s finance officer the four-year forecast and downloads it with one column per year', async () => {
    await browser.signIn(PERSONAS.financeBergen);
    await page().getByRole('menuitem', { name: 'Mine fordelinger' }).click();
    const section = page().getByTestId('budget-forecast');
    await section.getByRole('heading', { name: 'Økonomiplan: prognose for fire år' }).waitFor();
    await section.getByRole('combobox', { name: 'Første budsjettår' }).click();
    await page().getByRole('option', { name: '2027–2030' }).click();
    const table = page().getByTestId('forecast-table');
    for (const year of ['2027', '2028', '2029', '2030'])
      await table.getByRole('columnheader', { name: year }).waitFor();
    await table.getByText('DEMO-DIGIFIN-HELSESTASJON').first().waitFor();
    await section.locator('.recharts-bar-rectangle').first().waitFor();
    await page().getByTestId('forecast-population-year').waitFor();
    // A year that cannot be computed says why under the table (no tooltip needed): the demo's
    // DEMO-LIV-SYKTBARN has a 2027 cost item without a key.
    const problems = page().getByTestId('forecast-problems');
    await problems.getByRole('heading', { name: 'Hvorfor noen år ikke kan beregnes' }).waitFor();
    await problems.getByText('DEMO-LIV-SYKTBARN').waitFor();
    expect(await seriousViolations(page())).toEqual([]);
    await screenshot(page(), 'budget-forecast-nb');

    const xlsx = await download(page(), 'download-forecast-xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await xlsx.path());
    const sheet = workbook.getWorksheet('Økonomiplan')!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([
      'Tiltakskode',
      'Tiltak',
      'KOSTRA art',
      'KOSTRA funksjon',
      '2027',
      '2028',
      '2029',
      '2030',
    ]);
    expect(sheet.getRow(2).getCell(3).text).toMatch(/^\d{3}$/);
  });

  it('lets the owner of DEMO-DIGIFIN-FIKS download the 2024 invoice basis: 357 lines summing to the run', async () => {
    const adminToken = await tokenFor(browser.app(), PERSONAS.admin);
    const { organisationByOrgNumber: ks } = await data<{ organisationByOrgNumber: { id: string } }>(
      browser.app(),
      adminToken,
      'query { organisationByOrgNumber(orgNumber: "971032146") { id } }',
    );
    const email = 'eier.ks@browser.gevinst.no';
    await data(
      browser.app(),
      adminToken,
      'mutation ($i: CreateUserInput!) { createUser(input: $i) { id } }',
      {
        i: {
          email,
          name: 'Kim KS-eier',
          organisationId: ks.id,
          roles: ['INITIATIVE_OWNER'],
          password: DEMO_PASSWORD,
        },
      },
    );
    const { initiatives } = await data<{ initiatives: { nodes: { id: string }[] } }>(
      browser.app(),
      adminToken,
      'query { initiatives(filter: { search: "DEMO-DIGIFIN-FIKS" }) { nodes { id } } }',
    );
    await browser.signIn(email);
    await page().goto(`${browser.app().url}/#/initiatives/${initiatives.nodes[0].id}/show/cost-sharing`);
    await page().getByRole('combobox', { name: 'År', exact: true }).click();
    await page().getByRole('option', { name: '2024', exact: true }).click();
    await page().getByTestId('invoice-basis-csv').first().waitFor();
    await screenshot(page(), 'invoice-basis-links-nb');

    const csv = await download(page(), 'invoice-basis-csv');
    expect(csv.suggestedFilename()).toMatch(/^fakturagrunnlag_2024_.*\.csv$/);
    const records: Record<string, string>[] = parse(readFileSync(await csv.path()), {
      bom: true,
      delimiter: ';',
      columns: true,
    });
    expect(records).toHaveLength(357);
    expect(records.reduce((sum, r) => sum + ore(r['Beløp']), 0n)).toBe(11100406000n);
  });
});
