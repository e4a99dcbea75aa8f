/**
 * Status reports in the browser (issue 16). The ministry's reviewer (KDD) finds the initiative furthest
 * behind plan on the portfolio dashboard and reads its latest cause and action there, and one click further
 * in the initiative's tab «Statusrapporter» (two clicks from the first page: the menu, then «Åpne
 * rapporten»), the same as the API's. The project owner (Brønnøysundregistrene) sees the overdue status
 * report on the first page, opens it and writes it, and the flag goes. Every page passes axe.
 */
import { data, PERSONAS, screenshot, seriousViolations, tokenFor, useBrowser } from './helpers';

interface Summary {
  portfolioSummary: {
    byInitiative: { initiativeId: string; code: string; realisationPercent: string | null }[];
  };
}
interface Overviews {
  initiativeStatusOverviews: { latestCause: { cause: string; correctiveAction: string } | null }[];
}

describe('status reports', () => {
  const browser = useBrowser();
  const page = () => browser.page();

  it('takes the reviewer from the dashboard to the cause and action of the initiative furthest behind plan in two clicks', async () => {
    const token = await tokenFor(browser.app(), PERSONAS.reviewer);
    const summary = await data<Summary>(
      browser.app(),
      token,
      '{ portfolioSummary { byInitiative { initiativeId code realisationPercent } } }',
    );
    // Furthest behind plan: the lowest realisation percent below 100 (behindPlanRows).
    const [furthest] = summary.portfolioSummary.byInitiative
      .filter((row) => row.realisationPercent !== null && Number(row.realisationPercent) < 100)
      .sort((a, b) => Number(a.realisationPercent) - Number(b.realisationPercent));
    const overview = await data<Overviews>(
      browser.app(),
      token,
      `query($ids: [ID!]!) { initiativeStatusOverviews(filter: { initiativeIds: $ids }) { latestCause { cause correctiveAction } } }`,
      { ids: [furthest.initiativeId] },
    );
    const cause = overview.initiativeStatusOverviews[0].latestCause!;
    expect(cause.cause).not.toBe('');
    expect(cause.correctiveAction).not.toBe('');

    await browser.signIn(PERSONAS.reviewer);
    // Click 1: the dashboard.
    await page().getByRole('menuitem', { name: 'Porteføljeoversikt' }).click();
    const section = page().getByRole('region', { name: 'Lengst bak plan' });
    await section.waitFor();
    const first = section.getByTestId('behind-plan').getByRole('row').nth(1);
    await first.getByTestId('behind-plan-cause').waitFor();
    expect(await first.textContent()).toContain(furthest.code);
    expect(await first.getByTestId('behind-plan-cause').textContent()).toBe(cause.cause);
    expect(await first.getByTestId('behind-plan-action').textContent()).toBe(
      `Tiltak: ${cause.correctiveAction}`,
    );
    // The overdue report of KDD's other initiative is flagged on the dashboard too.
    const overdue = page().getByTestId('status-report-deadlines');
    expect(await overdue.textContent()).toContain('Kortere saksbehandlingstid for byggesøknader');
    expect(await seriousViolations(page())).toEqual([]);
    await screenshot(page(), 'status-reports-behind-plan');

    // Click 2: the report.
    await first.getByTestId('behind-plan-open-report').click();
    const tab = page().getByTestId('status-reports-tab');
    await tab.waitFor();
    const report = tab.getByTestId('benefit-status-report').filter({ hasText: cause.cause }).first();
    await report.waitFor();
    expect(await report.getByTestId('status-report-cause').textContent()).toBe(
      `Årsak til avvik: ${cause.cause}`,
    );
    expect(await report.getByTestId('status-report-action').textContent()).toBe(
      `Tiltak: ${cause.correctiveAction}`,
    );
    // Both judgements side by side.
    expect(await report.textContent()).toContain('Gevinsteiers vurdering');
    expect(await report.textContent()).toContain('Beregnet status');
    expect(await seriousViolations(page())).toEqual([]);
    await screenshot(page(), 'status-reports-tab-reviewer');
  });

  it('flags the owner’s overdue report on the first page and lets the owner write it', async () => {
    await browser.signIn(PERSONAS.owner);
    const card = page().getByTestId('status-report-deadlines');
    await card.waitFor();
    await card.getByTestId('status-report-overdue').waitFor();
    const row = card.getByRole('row', { name: /Flere registreringer uten manuell behandling/ });
    expect(await row.getByTestId('status-report-state').getAttribute('data-state')).toBe('OVERDUE');
    expect(await row.textContent()).toMatch(/\d\. kvartal 20\d\d/);
    expect(await seriousViolations(page())).toEqual([]);
    await screenshot(page(), 'status-reports-owner-first-page');

    await row.getByTestId('status-report-deadline-link').click();
    const tab = page().getByTestId('status-reports-tab');
    await tab.getByTestId('status-reports-overdue').waitFor();
    await tab.getByTestId('write-status-report').click();
    const form = page().getByTestId('benefit-status-report-form');
    await form.waitFor();
    // The overdue benefit and its period are chosen already.
    expect(await form.getByRole('combobox', { name: 'Gevinst', exact: true }).textContent()).toBe(
      'Flere registreringer uten manuell behandling',
    );
    await form.getByRole('combobox', { name: 'Gevinsteiers vurdering' }).click();
    await page().getByRole('option', { name: 'Gul' }).click();
    // A deviation without cause, action and responsible: the API says what is missing.
    await page().getByTestId('status-report-save').click();
    await form.getByTestId('status-report-error').waitFor();
    expect(await form.getByTestId('status-report-error').textContent()).toContain('må fylles ut');
    await form
      .getByTestId('status-report-cause-input')
      .fill('Færre selvbetjente registreringer enn ventet i kvartalet.');
    await form
      .getByTestId('status-report-action-input')
      .fill('Forenkle skjemaet og informere regnskapsførerne.');
    await form.getByTestId('status-report-responsible-input').fill('Hanne Registerfører');
    expect(await seriousViolations(page())).toEqual([]);
    await screenshot(page(), 'status-reports-owner-form');
    await page().getByTestId('status-report-save').click();
    await form.waitFor({ state: 'detached' });
    await tab
      .getByTestId('benefit-status-report')
      .filter({ hasText: 'Færre selvbetjente registreringer enn ventet i kvartalet.' })
      .waitFor();
    await tab.getByTestId('status-reports-overdue').waitFor({ state: 'detached' });
    await screenshot(page(), 'status-reports-owner-written');
  });
});
