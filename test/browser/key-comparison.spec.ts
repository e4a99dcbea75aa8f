/**
 * The key comparison (issue 15, "Agreeing a cost-sharing key"): the ministry's reviewer opens it from
 * DEMO-DIGIFIN-FIKS's cost-sharing tab and compares the agreed DigiFin share with the demo's two
 * alternatives for 2024 (table in nb-NO, chart of gainers and losers by county, XLSX); Bergen's finance
 * officer opens it from the menu and sees Bergen's row only. Figures: test/api/key-comparison.e2e.spec.ts.
 */
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { data, oreOf, PERSONAS, screenshot, seriousViolations, tokenFor, useBrowser } from './helpers';

describe('key comparison', () => {
  const browser = useBrowser();
  const page = () => browser.page();

  async function fiksId(): Promise<string> {
    const token = await tokenFor(browser.app(), PERSONAS.admin);
    const found = await data<{ initiatives: { nodes: { id: string }[] } }>(
      browser.app(),
      token,
      `{ initiatives(filter: { search: "DEMO-DIGIFIN-FIKS" }) { nodes { id } } }`,
    );
    return found.initiatives.nodes[0].id;
  }

  async function chooseYear(p: Page, year: string) {
    await p.getByRole('combobox', { name: 'Kostnadsår' }).click();
    await p.getByRole('option', { name: year, exact: true }).click();
  }

  it('compares the DigiFin share with two alternatives for 2024, with the chart and the workbook', async () => {
    const id = await fiksId();
    await browser.signIn(PERSONAS.reviewer);
    await page().goto(`${browser.app().url}/#/initiatives/${id}/show`);
    await page().getByRole('tab', { name: 'Kostnadsdeling og fordeling' }).click();
    await page().getByTestId('compare-keys-link').click();
    await page().getByRole('heading', { name: 'Sammenlign fordelingsnøkler: DEMO-DIGIFIN-FIKS' }).waitFor();
    await chooseYear(page(), '2024');
    for (const name of ['DigiFin – 20 kr', 'grunnbeløp og innbyggertall', 'likt per kommune'])
      expect(
        await page()
          .getByRole('checkbox', { name: new RegExp(name) })
          .isChecked(),
      ).toBe(true);
    // Bergen: 20 × 291,940 = 5,838,800.00; base 4,060,984.36 (−1,777,815.64, −6.09 per inhabitant); equal
    // 310,935.74 (−5,527,864.26, −18.93 per inhabitant).
    const bergen = page()
      .getByTestId('comparison-rows')
      .getByRole('row', { name: /^Bergen/ });
    await bergen.waitFor();
    const cells = await bergen.getByRole('cell').allInnerTexts();
    expect(cells.slice(2, 5).map(oreOf)).toEqual([583_880_000n, 406_098_436n, 31_093_574n]);
    expect(oreOf(cells[5])).toBe(-177_781_564n);
    expect(oreOf(cells[6])).toBe(-609n);
    expect(cells[7]).toBe('Vinner');
    await page().getByTestId('comparison-chart').locator('.recharts-bar-rectangle').first().waitFor();
    await page()
      .getByText(/78 organisasjoner betaler mindre \(til sammen 19\s280\s173,99\skr\), 279 betaler mer/)
      .waitFor();
    expect(await seriousViolations(page())).toEqual([]);
    await screenshot(page(), 'key-comparison-1440');

    const [file] = await Promise.all([
      page().waitForEvent('download'),
      page().getByTestId('download-comparison-xlsx').click(),
    ]);
    expect(file.suggestedFilename()).toBe('nokkelsammenligning-DEMO-DIGIFIN-FIKS-2024.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await file.path());
    const sheet = workbook.getWorksheet('Sammenligning')!;
    expect(sheet.rowCount).toBe(358);
    let row: ExcelJS.Row | undefined;
    sheet.eachRow((candidate) => {
      if (candidate.getCell(1).value === 'Bergen') row = candidate;
    });
    expect([6, 7, 8].map((c) => row!.getCell(c).value)).toEqual([5838800, 4060984.36, 310935.74]);

    await page().setViewportSize({ width: 390, height: 844 });
    await page().getByTestId('comparison-rows').waitFor({ state: 'attached' });
    await screenshot(page(), 'key-comparison-390');
  });

  it('shows Bergen’s finance officer Bergen’s row only', async () => {
    const id = await fiksId();
    await browser.signIn(PERSONAS.financeBergen);
    await page().getByRole('menuitem', { name: 'Sammenlign nøkler' }).click();
    await page().getByText('Velg et initiativ for å sammenligne').waitFor();
    await page().goto(`${browser.app().url}/#/key-comparison?initiativeId=${id}&year=2024`);
    await page().getByText('Du ser bare din egen organisasjon').waitFor();
    const rows = page().getByTestId('comparison-rows').locator('tbody tr');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(1);
    expect(await rows.first().getByRole('cell').first().innerText()).toBe('Bergen');
    expect(await page().getByTestId('comparison-levels').count()).toBe(0);
    expect(await seriousViolations(page())).toEqual([]);
    await screenshot(page(), 'key-comparison-bergen');
  });
});
