/**
 * The DigiFin fund's ledger page (issue 15): Bergen's finance officer finds Bergen among the 2024
 * contributions — 20 × its population, as the API reads it — sees the balance by year (table and chart)
 * and the matching rule, and downloads the contributions as XLSX whose sum equals the page's; at 1440 and
 * 390 px wide, axe-clean.
 */
import ExcelJS from 'exceljs';
import {
  data,
  DEMO_PASSWORD,
  oreOf,
  PERSONAS,
  screenshot,
  seriousViolations,
  tokenFor,
  useBrowser,
} from './helpers';

describe('the DigiFin ledger page', () => {
  const browser = useBrowser();
  const page = () => browser.page();

  it('shows Bergen’s 2024 contribution, the balance by year and the matching rule, and downloads the XLSX', async () => {
    const token = await tokenFor(browser.app(), PERSONAS.financeBergen);
    const { organisationByOrgNumber } = await data<{ organisationByOrgNumber: { population: number } }>(
      browser.app(),
      token,
      `{ organisationByOrgNumber(orgNumber: "964338531") { population(year: 2024) } }`,
    );
    // 20 NOK × the population of 1 January 2024 (291 940): 5 838 800,00 kr.
    const expected = BigInt(organisationByOrgNumber.population) * 20n * 100n;

    await page().setViewportSize({ width: 1440, height: 900 });
    await browser.signIn(PERSONAS.financeBergen);
    await page().getByRole('menuitem', { name: 'DigiFin-fondet' }).click();
    await page().getByRole('heading', { name: 'DigiFin-fondet', level: 1 }).waitFor();
    // 2024 is the year shown first; the closing balance of 2024: 123 500 000 + 135 166 525 = 258 666 525.
    await page().getByRole('combobox', { name: 'År', exact: true }).filter({ hasText: '2024' }).waitFor();
    expect(oreOf(await page().getByTestId('digifin-kpi-closing').innerText())).toBe(25_866_652_500n);
    const matching = await page().getByTestId('digifin-matching').innerText();
    expect(matching).toContain('Motytelseskravet er oppfylt fra 2024');
    await page()
      .getByTestId('digifin-balance-table')
      .getByRole('row', { name: /^2024\s.*258\s666\s525,00\skr/ })
      .waitFor();
    await page().getByTestId('digifin-balance').locator('.recharts-bar-rectangle').first().waitFor();

    await page().getByTestId('digifin-search').fill('Bergen');
    const bergenRow = page()
      .getByTestId('digifin-contributions-table')
      .getByRole('row', { name: /^Bergen\s+964338531/ });
    await bergenRow.waitFor();
    const cells = await bergenRow.getByRole('cell').allInnerTexts();
    expect(oreOf(cells.at(-1)!)).toBe(expected);
    expect(await seriousViolations(page())).toEqual([]);
    await screenshot(page(), 'digifin-ledger-1440');

    // The whole year's workbook: its sum row equals the total of every contribution (search cleared).
    await page().getByTestId('digifin-search').fill('');
    await page()
      .getByTestId('digifin-contributions')
      .getByText(/371 organisasjoner/)
      .waitFor();
    const [file] = await Promise.all([
      page().waitForEvent('download'),
      page().getByTestId('digifin-download-xlsx').click(),
    ]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await file.path());
    const sheet = workbook.getWorksheet('Bidrag 2024')!;
    let sum: number | null = null;
    let bergen: number | null = null;
    sheet.eachRow((row) => {
      if (row.getCell(1).value === 'Sum') sum = row.getCell(8).value as number;
      if (row.getCell(2).value === '964338531') bergen = row.getCell(8).value as number;
    });
    // 20 × 5 550 203 + 5 × 4 832 493 = 135 166 525,00 kr.
    expect(sum).toBe(135166525);
    expect(BigInt(Math.round(bergen! * 100))).toBe(expected);
  });

  it('reads on a phone (390 px): one column, Bergen findable, no sideways scrolling of the page', async () => {
    // A fresh session at phone width (the desktop's open sidebar would be a modal drawer over the page).
    await page().setViewportSize({ width: 390, height: 844 });
    await page().goto(`${browser.app().url}/#/login`);
    await page()
      .getByRole('textbox', { name: /^E-post/ })
      .fill(PERSONAS.financeBergen);
    await page()
      .getByLabel(/^Passord/)
      .fill(DEMO_PASSWORD);
    await page().getByRole('button', { name: 'Logg inn' }).click();
    await page().getByRole('button', { name: 'Åpne menyen' }).click();
    await page().getByRole('menuitem', { name: 'DigiFin-fondet' }).click();
    await page().getByTestId('digifin-matching').waitFor();
    await page().getByTestId('digifin-search').fill('Bergen');
    await page()
      .getByTestId('digifin-contributions')
      .getByText(/^1 organisasjon,/)
      .waitFor();
    const row = page()
      .getByTestId('digifin-contributions-table')
      .getByRole('row', { name: /^Bergen\s+964338531/ });
    await row.waitFor();
    await page().getByTestId('digifin-balance').locator('.recharts-bar-rectangle').first().waitFor();
    const overflow = await page().evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await seriousViolations(page())).toEqual([]);
    await screenshot(page(), 'digifin-ledger-390');
  });
});
