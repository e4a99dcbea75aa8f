/**
 * «Hvem betaler og hvem får» (issue 16, "Who"): the portfolio reviewer filters the per-organisation view to
 * the organisations that pay without benefit in one county (Vestland), checks the page's sums against the
 * API, reloads the same filter from the URL and downloads the workbook (read with exceljs: the same rows,
 * organisation numbers as text, the sum row's cached value); and opens the organisations behind a cell of
 * the dashboard's matrix, whose sum the page states next to the cell's.
 */
import ExcelJS from 'exceljs';
import { data, nok, oreOf, PERSONAS, screenshot, seriousViolations, tokenFor, useBrowser } from './helpers';

interface Positions {
  organisationPositions: {
    totalCount: number;
    totals: { paidNok: string; plannedBenefitNok: string };
    nodes: { organisation: { orgNumber: string } | null; paidNok: string }[];
  };
}

const POSITIONS = `query($f: OrganisationPositionFilter) { organisationPositions(filter: $f, limit: 500) {
  totalCount totals { paidNok plannedBenefitNok } nodes { organisation { orgNumber } paidNok } } }`;

describe('who pays and who benefits, per organisation', () => {
  const browser = useBrowser();
  const page = () => browser.page();

  it('filters to «Betaler uten gevinst» in Vestland, keeps the filter in the URL and exports it', async () => {
    const token = await tokenFor(browser.app(), PERSONAS.reviewer);
    const expected = await data<Positions>(browser.app(), token, POSITIONS, {
      f: { countyNumber: '46', flag: ['PAYS_WITHOUT_BENEFIT'] },
    });
    const { totalCount, totals, nodes } = expected.organisationPositions;
    expect(totalCount).toBeGreaterThan(0);

    await browser.signIn(PERSONAS.reviewer);
    await page().getByRole('menuitem', { name: 'Hvem betaler og hvem får' }).click();
    await page().getByTestId('positions-totals').waitFor();
    await page().getByRole('combobox', { name: 'Fylke' }).click();
    await page().getByRole('option', { name: 'Vestland', exact: true }).click();
    await page().getByRole('combobox', { name: 'Merknad' }).click();
    await page().getByRole('option', { name: 'Betaler uten gevinst', exact: true }).click();
    const summary = page().getByTestId('positions-totals');
    await summary.getByText(`Sum for ${totalCount} rader: betalt ${nok(totals.paidNok)}`).waitFor();
    // Every row shown carries the flag's label as a chip, and the first is the largest payer.
    const table = page().getByTestId('positions-table');
    await table.getByRole('row').nth(1).getByText('Betaler uten gevinst').waitFor();
    expect(await table.getByRole('row').nth(1).innerText()).toContain(nodes[0].organisation!.orgNumber);

    // The filter is in the URL: a reload shows the same selection.
    expect(decodeURIComponent(page().url())).toContain('"countyNumber":"46"');
    await page().reload();
    await page().getByTestId('positions-totals').getByText(`Sum for ${totalCount} rader`).waitFor();
    expect(await seriousViolations(page())).toEqual([]);
    await screenshot(page(), 'organisation-positions-vestland');

    const [file] = await Promise.all([
      page().waitForEvent('download'),
      page().getByTestId('download-positions-xlsx').click(),
    ]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await file.path());
    const sheet = workbook.getWorksheet('Organisasjoner')!;
    const orgNumbers: unknown[] = [];
    let sum: unknown = null;
    sheet.eachRow((row, number) => {
      if (number === 1) return;
      if (row.getCell(1).value === 'Sum') sum = row.getCell(8).value;
      else {
        orgNumbers.push(row.getCell(2).value);
        expect(row.getCell(13).value).toBe('Betaler uten gevinst');
        expect(row.getCell(4).value).toBe('46');
      }
    });
    // The same rows in the same order, organisation numbers as text, and the sum row's cached value.
    expect(orgNumbers).toEqual(nodes.map((row) => row.organisation!.orgNumber));
    expect(BigInt(Math.round((sum as { result: number }).result * 100))).toBe(oreOf(nok(totals.paidNok)));
  });

  it('opens the organisations behind a cell of the dashboard’s matrix', async () => {
    const token = await tokenFor(browser.app(), PERSONAS.reviewer);
    const { netPositions } = await data<{
      netPositions: {
        matrix: { payerLevel: string | null; beneficiaryLevel: string | null; costNok: string }[];
      };
    }>(browser.app(), token, '{ netPositions { matrix { payerLevel beneficiaryLevel costNok } } }');
    const cell = netPositions.matrix.find((c) => c.payerLevel === 'LOCAL' && c.beneficiaryLevel === 'LOCAL')!;
    const behind = await data<Positions>(browser.app(), token, POSITIONS, {
      f: { matrixPayer: 'LOCAL', matrixBeneficiary: 'LOCAL' },
    });

    await browser.signIn(PERSONAS.reviewer);
    await page().getByRole('menuitem', { name: 'Porteføljeoversikt' }).click();
    await page().getByTestId('matrix-cell-LOCAL-LOCAL').click();
    await page().getByTestId('matrix-note').getByText('«Lokalt → Lokalt»').waitFor();
    const { totalCount, totals } = behind.organisationPositions;
    await page()
      .getByTestId('positions-totals')
      .getByText(`Sum for ${totalCount} rader: betalt ${nok(totals.paidNok)}`)
      .waitFor();
    // In the demo only local organisations benefit where local ones pay, so the list's payments are the
    // cell's cost exactly (docs/organisation-positions.md says when they differ, and the note on the page).
    expect(totals.paidNok).toBe(cell.costNok);
    expect(await seriousViolations(page())).toEqual([]);
  });
});
