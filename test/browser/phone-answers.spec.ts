/**
 * The reviewer's answers on a phone (issue 16, «the same at 390 px wide»): at 390×844 the ministry's
 * reviewer goes from the dashboard to the cause and action of the initiative furthest behind plan, opens
 * the list behind a chart's bar, gets the same filtered dashboard back from its address after a reload,
 * and filters the per-organisation view to «Betaler uten gevinst» in one county and exports it — and no
 * page scrolls sideways on the way (expectNoHorizontalOverflow: the document no wider than the window).
 */
import {
  data,
  expectNoHorizontalOverflow,
  PERSONAS,
  PHONE,
  screenshot,
  tokenFor,
  useBrowser,
  WAIT_MS,
} from './helpers';

describe('the reviewer’s answers on a phone (390 px)', () => {
  const browser = useBrowser();
  const page = () => browser.page();

  beforeEach(async () => {
    await page().setViewportSize(PHONE);
    await browser.signIn(PERSONAS.reviewer);
  });

  it('reads the cause and action of the initiative furthest behind plan from the dashboard', async () => {
    await page().goto(`${browser.app().url}/#/portfolio`);
    const section = page().getByRole('region', { name: 'Lengst bak plan' });
    const first = section.getByTestId('behind-plan').getByRole('row').nth(1);
    const cause = first.getByTestId('behind-plan-cause');
    await cause.waitFor({ timeout: WAIT_MS });
    const causeText = (await cause.textContent()) ?? '';
    expect(causeText).not.toBe('');
    await expectNoHorizontalOverflow(page());
    await screenshot(page(), 'phone-behind-plan');

    await first.getByTestId('behind-plan-open-report').click();
    const tab = page().getByTestId('status-reports-tab');
    await tab.waitFor({ timeout: WAIT_MS });
    const report = tab.getByTestId('benefit-status-report').filter({ hasText: causeText }).first();
    await report.getByTestId('status-report-action').waitFor({ timeout: WAIT_MS });
    expect(await report.getByTestId('status-report-cause').textContent()).toBe(
      `Årsak til avvik: ${causeText}`,
    );
    await expectNoHorizontalOverflow(page());
    await screenshot(page(), 'phone-status-report');
  });

  it('opens the list behind a chart bar and gets the filtered dashboard back from its address', async () => {
    const token = await tokenFor(browser.app(), PERSONAS.reviewer);
    const filtered = await data<{ portfolioSummary: { initiativeCount: number } }>(
      browser.app(),
      token,
      '{ portfolioSummary(filter: { phase: [EXECUTION] }) { initiativeCount } }',
    );
    await page().goto(`${browser.app().url}/#/portfolio?phase=EXECUTION`);
    // The KPI counts the filtered initiatives, before and after a reload (the filter is in the address).
    const count = page()
      .getByTestId('kpi-initiatives-value')
      .filter({ hasText: new RegExp(`^\\s*${filtered.portfolioSummary.initiativeCount}\\s*$`) });
    await count.waitFor({ timeout: WAIT_MS });
    await page().reload();
    await count.waitFor({ timeout: WAIT_MS });
    expect(page().url()).toContain('phase=EXECUTION');
    await expectNoHorizontalOverflow(page());

    const link = page().getByTestId('portfolio-by-life-event').getByTestId('chart-link').first();
    await link.waitFor({ timeout: WAIT_MS });
    await link.click();
    await page().waitForURL(/#\/initiatives\?/, { timeout: WAIT_MS });
    expect(decodeURIComponent(page().url())).toContain('"phase":"EXECUTION"');
    await page().locator('table tbody tr').first().waitFor({ timeout: WAIT_MS });
    await expectNoHorizontalOverflow(page());
    await screenshot(page(), 'phone-chart-drilldown');
  });

  it('filters the per-organisation view to «Betaler uten gevinst» in Vestland and exports it', async () => {
    const filter = encodeURIComponent(JSON.stringify({ countyNumber: '46', flag: ['PAYS_WITHOUT_BENEFIT'] }));
    await page().goto(`${browser.app().url}/#/organisationPositions?filter=${filter}`);
    const totals = page().getByTestId('positions-totals');
    await totals.getByText(/^Sum for \d+ rader/).waitFor({ timeout: WAIT_MS });
    await page().getByTestId('positions-table').getByText('Betaler uten gevinst').first().waitFor();
    await expectNoHorizontalOverflow(page());
    const [file] = await Promise.all([
      page().waitForEvent('download'),
      page().getByTestId('download-positions-xlsx').click(),
    ]);
    expect(file.suggestedFilename()).toMatch(/\.xlsx$/);
    await screenshot(page(), 'phone-organisation-positions');
  });
});
