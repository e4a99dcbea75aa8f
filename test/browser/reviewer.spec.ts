/**
 * The portfolio reviewer (Kommunal- og distriktsdepartementet): opens the dashboard, filters by life
 * event, and the KPI cards show what the API's portfolioSummary says for the same filter.
 */
import type { Page } from 'playwright-core';
import { data, nok, PERSONAS, screenshot, seriousViolations, tokenFor, useBrowser } from './helpers';

interface Figures {
  initiativeCount: number;
  plannedCostNok: string;
  plannedBenefitNok: string;
  realisedBenefitNok: string;
  realisationPercent: string | null;
}

const SUMMARY = `query ($filter: PortfolioFilter) {
  portfolioSummary(filter: $filter) {
    initiativeCount plannedCostNok plannedBenefitNok realisedBenefitNok realisationPercent
  }
}`;

// The realisation rate has one decimal wherever the dashboard shows it (KPI, breakdowns, behind-plan table,
// initiatives list; issue 16): 64.00 → «64,0 %», no longer «64 %» on the KPI card alone.
const percent = (value: string | null) =>
  value === null
    ? '–'
    : `${new Intl.NumberFormat('nb-NO', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(Number(value))} %`;

async function kpis(page: Page): Promise<Record<string, string>> {
  const read = async (id: string) => (await page.getByTestId(`${id}-value`).innerText()).trim();
  return {
    initiatives: await read('kpi-initiatives'),
    plannedCost: await read('kpi-planned-cost'),
    plannedBenefit: await read('kpi-planned-benefit'),
    realisedBenefit: await read('kpi-realised-benefit'),
    realisation: await read('kpi-realisation'),
  };
}

const expected = (figures: Figures) => ({
  initiatives: String(figures.initiativeCount),
  plannedCost: nok(figures.plannedCostNok),
  plannedBenefit: nok(figures.plannedBenefitNok),
  realisedBenefit: nok(figures.realisedBenefitNok),
  realisation: percent(figures.realisationPercent),
});

describe('portfolio reviewer', () => {
  const browser = useBrowser();
  const page = () => browser.page();

  it('filters the dashboard by life event and the KPI cards match the API', async () => {
    const token = await tokenFor(browser.app(), PERSONAS.reviewer);
    const all = (await data<{ portfolioSummary: Figures }>(browser.app(), token, SUMMARY)).portfolioSummary;
    const lifeEvent = 'STARTING_AND_RUNNING_A_BUSINESS';
    const filtered = (
      await data<{ portfolioSummary: Figures }>(browser.app(), token, SUMMARY, {
        filter: { lifeEvent: [lifeEvent] },
      })
    ).portfolioSummary;
    expect(expected(filtered)).not.toEqual(expected(all));

    await browser.signIn(PERSONAS.reviewer);
    await page().getByRole('menuitem', { name: 'Porteføljeoversikt' }).click();
    await page().getByTestId('kpi-initiatives-value').waitFor();
    expect(await kpis(page())).toEqual(expected(all));
    await page().getByTestId('portfolio-by-year').locator('.recharts-line').first().waitFor();
    await page().getByTestId('pay-benefit-matrix').waitFor();
    expect(await seriousViolations(page())).toEqual([]);
    await screenshot(page(), 'portfolio-nb');

    await page().getByRole('combobox', { name: 'Livshendelse' }).click();
    await page().getByRole('option', { name: 'Starte og drive en bedrift' }).click();
    await page()
      .getByTestId('kpi-initiatives-value')
      .filter({ hasText: new RegExp(`^${filtered.initiativeCount}$`) })
      .waitFor();
    await page().locator('[data-testid="portfolio-dashboard"] [aria-busy="false"]').first().waitFor();
    expect(await kpis(page())).toEqual(expected(filtered));
    await screenshot(page(), 'portfolio-filtered-nb');

    // English is one choice away, figures still Norwegian-formatted.
    await page().getByRole('button', { name: 'Språk: Norsk bokmål' }).click();
    await page().getByRole('menuitem', { name: 'English' }).click();
    await page().getByRole('heading', { level: 1, name: 'Portfolio dashboard' }).waitFor();
    await page().getByText('Realisation', { exact: true }).first().waitFor();
    expect(await kpis(page())).toEqual(expected(filtered));
    expect(await seriousViolations(page())).toEqual([]);
    await screenshot(page(), 'portfolio-filtered-en');
    await page().getByRole('button', { name: 'Language: English' }).click();
    await page().getByRole('menuitem', { name: 'Norsk bokmål' }).click();
    await page().getByRole('heading', { level: 1, name: 'Porteføljeoversikt' }).waitFor();

    // Every figure leads to its initiatives: the card opens the initiatives list with the same filter.
    await page().getByTestId('kpi-initiatives').click();
    await page()
      .getByText(/Fant ingen|1–\d+ av \d+/)
      .first()
      .waitFor();
    expect(page().url()).toContain('lifeEvent');
    expect(browser.pageErrors).toEqual([]);
  });

  it('filters the initiatives by RAG status on the server and shows each status', async () => {
    const token = await tokenFor(browser.app(), PERSONAS.reviewer);
    const red = (
      await data<{ initiatives: { totalCount: number; nodes: { code: string; rag: string }[] } }>(
        browser.app(),
        token,
        '{ initiatives(limit: 500, filter: { rag: [RED, AMBER] }) { totalCount nodes { code rag } } }',
      )
    ).initiatives;
    expect(red.totalCount).toBeGreaterThan(0);

    await browser.signIn(PERSONAS.reviewer);
    await page().getByRole('menuitem', { name: 'Initiativer' }).click();
    await page().getByRole('combobox', { name: 'Status (RAG)' }).click();
    await page().getByRole('option', { name: 'Rød' }).click();
    const rows = page().locator('table tbody tr');
    const reds = red.nodes.filter((node) => node.rag === 'RED');
    await page()
      .getByText(new RegExp(`^1–${reds.length} av ${reds.length}$`))
      .first()
      .waitFor();
    expect(await rows.count()).toBe(reds.length);
    for (const node of reds)
      await page()
        .getByRole('row', { name: new RegExp(`${node.code}.*Rød`) })
        .waitFor();
    expect(await seriousViolations(page())).toEqual([]);
    await screenshot(page(), 'initiatives-rag-filter-nb');

    // The dashboard (the reviewer's own ministry) counts the initiatives by the same status and links each
    // count to them: the list then shows exactly that many, and the API agrees for the link's filter.
    const dashboardRed = (
      await data<{ portfolioSummary: { initiativeRag: { red: number } } }>(
        browser.app(),
        token,
        '{ portfolioSummary { initiativeRag { red } } }',
      )
    ).portfolioSummary.initiativeRag.red;
    expect(dashboardRed).toBeGreaterThan(0);
    await page().getByRole('menuitem', { name: 'Porteføljeoversikt' }).click();
    await page().getByTestId('kpi-initiatives-value').waitFor();
    await page()
      .getByRole('link', {
        name: `Vis ${dashboardRed} ${dashboardRed === 1 ? 'initiativ' : 'initiativer'} med samlet status Rød`,
        exact: true,
      })
      .click();
    await page().waitForURL(/\/initiatives\?/);
    await page()
      .getByText(new RegExp(`^1–${dashboardRed} av ${dashboardRed}$`))
      .first()
      .waitFor();
    expect(await rows.count()).toBe(dashboardRed);
    const linked = JSON.parse(
      new URL(page().url().replace('#/', '')).searchParams.get('filter') ?? '{}',
    ) as Record<string, string>;
    expect(linked.rag).toBe('RED');
    const listed = (
      await data<{ initiatives: { totalCount: number } }>(
        browser.app(),
        token,
        'query($f: InitiativeFilter) { initiatives(filter: $f) { totalCount } }',
        { f: { ...linked, rag: [linked.rag] } },
      )
    ).initiatives.totalCount;
    expect(listed).toBe(dashboardRed);
    expect(browser.pageErrors).toEqual([]);
  });
});
