/**
 * The co-financing reports in the browser (issue 15): the project owner (Brønnøysundregistrene) sees on
 * the first page that DEMO-LIV-BEDRIFT's final report for 2025 (due 1 March 2026) is overdue, opens the
 * report page — the grant against the accounts and the take-out netted against the running costs, the same
 * figures the API gives — marks it submitted, and the first page no longer flags it. The ministry's
 * reviewer sees its own overdue report on the portfolio page. Every page passes axe.
 */
import { data, nok, PERSONAS, screenshot, seriousViolations, tokenFor, useBrowser } from './helpers';

interface Report {
  coFinancingReport: {
    kind: string;
    grantReconciliation: { total: { grantUsedNok: string; actualCostNok: string } };
    budgetTakeOut: { planned: { takeOutNok: string }; realised: { takeOutNok: string } };
  };
}

describe('co-financing reports', () => {
  const browser = useBrowser();
  const page = () => browser.page();

  it('flags the overdue final report on the owner’s first page, shows the report and takes it in', async () => {
    const token = await tokenFor(browser.app(), PERSONAS.owner);
    const { initiatives } = await data<{ initiatives: { nodes: { id: string }[] } }>(
      browser.app(),
      token,
      '{ initiatives(filter: { search: "DEMO-LIV-BEDRIFT" }) { nodes { id } } }',
    );
    const report = await data<Report>(
      browser.app(),
      token,
      `query($id: ID!) { coFinancingReport(initiativeId: $id, year: 2025) { kind
        grantReconciliation { total { grantUsedNok actualCostNok } }
        budgetTakeOut { planned { takeOutNok } realised { takeOutNok } } } }`,
      { id: initiatives.nodes[0].id },
    );
    expect(report.coFinancingReport.kind).toBe('FINAL');

    await browser.signIn(PERSONAS.owner);
    const card = page().getByTestId('co-financing-deadlines');
    await card.waitFor();
    await card.getByTestId('co-financing-overdue').waitFor();
    expect(await card.getByTestId('co-financing-overdue').textContent()).toContain(
      '1 rapport har passert fristen',
    );
    const row = card.getByRole('row', { name: /DEMO-LIV-BEDRIFT/ });
    expect(await row.getByTestId('co-financing-due-state').getAttribute('data-state')).toBe('overdue');
    expect(await row.textContent()).toContain('Sluttrapport 2025');
    expect(await row.textContent()).toContain('01.03.2026');
    expect(await seriousViolations(page())).toEqual([]);
    await screenshot(page(), 'co-financing-owner-first-page');

    await row.getByTestId('co-financing-report-link').click();
    const grant = page().getByTestId('grant-reconciliation');
    await grant.waitFor();
    await page().getByRole('heading', { name: 'Sluttrapport 2025 – DEMO-LIV-BEDRIFT', level: 1 }).waitFor();
    // The page shows the API's figures, the Norwegian way.
    const total = grant.getByRole('row', { name: /^Sum/ });
    const { grantUsedNok, actualCostNok } = report.coFinancingReport.grantReconciliation.total;
    expect(await total.textContent()).toContain(nok(grantUsedNok));
    expect(await total.textContent()).toContain(nok(actualCostNok));
    const takeOut = page().getByTestId('take-out');
    const owner = takeOut.getByRole('row', { name: /Brønnøysundregistrene/ });
    expect(await owner.textContent()).toContain('0904.01');
    expect(await owner.textContent()).toContain(
      nok(report.coFinancingReport.budgetTakeOut.planned.takeOutNok),
    );
    expect(await owner.textContent()).toContain(
      nok(report.coFinancingReport.budgetTakeOut.realised.takeOutNok),
    );
    expect(await page().getByTestId('pre-project-level').textContent()).toContain(nok('2500000'));
    expect(await page().getByTestId('report-plan-version').textContent()).toBe(
      'Ingen godkjent gevinstplan ennå',
    );
    expect(await seriousViolations(page())).toEqual([]);
    await screenshot(page(), 'co-financing-report-page');

    await page().getByTestId('mark-report-submitted').click();
    await page()
      .getByTestId('report-state')
      .getByText(/^Levert /)
      .waitFor();
    await page().getByRole('menuitem', { name: 'Forside' }).click();
    const after = page().getByTestId('co-financing-deadlines');
    const state = after.getByRole('row', { name: /DEMO-LIV-BEDRIFT/ }).getByTestId('co-financing-due-state');
    await state.waitFor();
    expect(await state.getAttribute('data-state')).toBe('done');
    expect(await after.getByTestId('co-financing-overdue').count()).toBe(0);
  });

  it('shows the reviewer its ministry’s overdue report on the portfolio page', async () => {
    await browser.signIn(PERSONAS.reviewer);
    await page().getByRole('menuitem', { name: 'Porteføljeoversikt' }).click();
    const card = page().getByTestId('co-financing-deadlines');
    await card.getByTestId('co-financing-overdue').waitFor();
    const row = card.getByRole('row', { name: /DEMO-DIGIFIN-BYGGESAK/ });
    expect(await row.getByTestId('co-financing-due-state').getAttribute('data-state')).toBe('overdue');
    expect(await row.textContent()).toContain('Årsrapport 2025');
    expect(await seriousViolations(page())).toEqual([]);
    await screenshot(page(), 'co-financing-reviewer-portfolio');
  });
});
