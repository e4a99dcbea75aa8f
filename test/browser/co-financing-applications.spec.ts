/**
 * Co-financing (issue 15): the secretariat's call page ranks the applications by NPV per budget krone
 * with the figures the API ranks by (nb-NO formats), downloads the ranking as XLSX, and is axe-clean at
 * 1440 and 390 px; the owner drafts an application in an open call, sees the API's findings, and submits.
 */
import ExcelJS from 'exceljs';
import { data, nok, PERSONAS, screenshot, seriousViolations, tokenFor, useBrowser } from './helpers';

const SECRETARIAT = 'sekretariat@demo.gevinst.no';

interface RankingRow {
  rank: number;
  initiativeCode: string;
  npv: string;
  budgetKroner: string;
  npvPerBudgetKrone: string | null;
}

describe('co-financing', () => {
  const browser = useBrowser();
  const page = () => browser.page();

  it('shows the secretariat the demo call ranked by NPV per budget krone, as the API ranks it, with the XLSX', async () => {
    const token = await tokenFor(browser.app(), SECRETARIAT);
    const { coFinancingCalls } = await data<{ coFinancingCalls: { id: string; year: number }[] }>(
      browser.app(),
      token,
      `{ coFinancingCalls { id year } }`,
    );
    const call = coFinancingCalls.find((c) => c.year === 2024)!;
    const { coFinancingRanking } = await data<{ coFinancingRanking: RankingRow[] }>(
      browser.app(),
      token,
      `query($id: ID!) { coFinancingRanking(filter: { callId: $id }) { rank initiativeCode npv budgetKroner npvPerBudgetKrone } }`,
      { id: call.id },
    );
    expect(coFinancingRanking).toHaveLength(3);

    await page().setViewportSize({ width: 1440, height: 900 });
    await browser.signIn(SECRETARIAT);
    await page().getByRole('menuitem', { name: 'Medfinansiering' }).click();
    await page().getByRole('link', { name: 'Medfinansieringsordningen 2024' }).click();
    await page().getByRole('heading', { name: 'Rangering etter netto nåverdi per budsjettkrone' }).waitFor();
    const rows = page().locator('[data-testid="co-financing-ranking"] tbody tr');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(3);
    for (const [index, row] of coFinancingRanking.entries()) {
      const cells = rows.nth(index).locator('td');
      expect(await cells.nth(0).innerText()).toBe(String(row.rank));
      expect((await cells.nth(1).innerText()).split('\n')[0]).toBe(row.initiativeCode);
      // nb-NO: "1 234 567,89 kr" and a decimal comma in the ratio.
      expect(await cells.nth(3).innerText()).toBe(nok(row.npv));
      expect(await cells.nth(4).innerText()).toBe(nok(row.budgetKroner));
      expect(await cells.nth(5).innerText()).toBe(
        row.npvPerBudgetKrone === null
          ? '–'
          : new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 6 }).format(
              row.npvPerBudgetKrone as Intl.StringNumericLiteral,
            ),
      );
    }
    expect(await seriousViolations(page())).toEqual([]);
    await screenshot(page(), 'co-financing-ranking-1440');

    const [file] = await Promise.all([
      page().waitForEvent('download'),
      page().getByTestId('ranking-xlsx').click(),
    ]);
    expect(file.suggestedFilename()).toBe('medfinansiering-rangering-2024.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await file.path());
    const sheet = workbook.getWorksheet('Rangering')!;
    coFinancingRanking.forEach((row, index) => {
      expect(sheet.getRow(index + 2).getCell(2).value).toBe(row.initiativeCode);
      expect(sheet.getRow(index + 2).getCell(9).value).toBe(Number(row.npv));
    });

    await page().setViewportSize({ width: 390, height: 844 });
    await page().getByTestId('co-financing-ranking').waitFor();
    expect(await seriousViolations(page())).toEqual([]);
    await screenshot(page(), 'co-financing-ranking-390');

    // The approved application: decided, eligible, its findings explained.
    await page().setViewportSize({ width: 1440, height: 900 });
    await page()
      .locator('[data-testid="co-financing-applications"]')
      .getByRole('link', { name: /DEMO-MEDFIN-TOLK/ })
      .click();
    await page().getByTestId('application-status').getByText('Innvilget').waitFor();
    await page().getByTestId('eligibility').getByText('Oppfyller kriteriene').waitFor();
    expect(await seriousViolations(page())).toEqual([]);
    await screenshot(page(), 'co-financing-application-approved-1440');
  });

  it('lets the owner draft an application in an open call, shows the API’s findings, and submits it', async () => {
    const token = await tokenFor(browser.app(), SECRETARIAT);
    await data(
      browser.app(),
      token,
      `mutation { createCoFinancingCall(input: { year: 2026, title: "Medfinansieringsordningen 2026", deadline: "2026-12-31" }) { id } }`,
    );
    await page().setViewportSize({ width: 1440, height: 900 });
    await browser.signIn(PERSONAS.owner);
    await page().getByRole('menuitem', { name: 'Medfinansiering' }).click();
    await page().getByRole('link', { name: 'Medfinansieringsordningen 2026' }).click();
    await page().getByRole('link', { name: 'Ny søknad' }).click();
    await page().getByRole('combobox', { name: 'Tiltak' }).click();
    await page()
      .getByRole('option', { name: /DEMO-LIV-BEDRIFT/ })
      .click();
    // 16 MNOK of 39 MNOK: above the 15 MNOK cap of category 1 (50 % would allow 19,5 MNOK).
    await page().getByRole('textbox', { name: 'Samlet prosjektkostnad (kr)' }).fill('39 000 000');
    await page().getByRole('textbox', { name: 'Omsøkt tilskudd (kr)' }).fill('16 000 000');
    await page().getByRole('textbox', { name: 'Beløp (kr)' }).fill('16 000 000,00');
    // The findings as typed, from the API, before anything is saved.
    await page()
      .getByTestId('live-preview')
      .locator('[data-code="MEDFIN_GRANT_ABOVE_CAP"]')
      .getByText(/Omsøkt beløp 16\s000\s000,00 kr er over taket/)
      .waitFor();
    expect(await seriousViolations(page())).toEqual([]);
    await screenshot(page(), 'co-financing-new-application-1440');
    await page().getByRole('button', { name: 'Lagre utkast' }).click();
    await page().getByTestId('application-status').getByText('Utkast').waitFor();
    const finding = page().getByTestId('findings').locator('[data-code="MEDFIN_GRANT_ABOVE_CAP"]');
    await finding.getByText('Tilskuddet er over taket').waitFor();
    await finding
      .getByText(/Omsøkt beløp 16\s000\s000,00 kr er over taket for kategori 1 på 15\s000\s000,00 kr/)
      .waitFor();
    await page().getByTestId('eligibility').getByText('Bryter kriteriene').waitFor();
    await page().setViewportSize({ width: 390, height: 844 });
    expect(await seriousViolations(page())).toEqual([]);
    await screenshot(page(), 'co-financing-application-draft-390');
    await page().setViewportSize({ width: 1440, height: 900 });
    await page().getByRole('button', { name: 'Send inn søknaden' }).click();
    await page().getByTestId('application-status').getByText('Sendt inn').waitFor();
  });
});
