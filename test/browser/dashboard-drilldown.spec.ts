/**
 * Drill-down that can be trusted (issue 16), as the portfolio reviewer (Kommunal- og
 * distriktsdepartementet):
 * - a chart bar (mouse) and a chart's group label (keyboard) open the initiatives list behind them, and the
 *   list's rows are exactly the initiatives the API selects with the same filter («Uten livshendelse» only
 *   those without a life event);
 * - the dashboard's filters live in the address: a reload gives the same filtered dashboard, back and
 *   forward step through the filters, and a year on the chart narrows the dashboard to that year;
 * - the KPI «Realiseringsgrad» opens the list sorted by realisation, lowest first, the list's figures
 *   being the behind-plan table's.
 */
import type { Page } from 'playwright-core';
import { data, PERSONAS, screenshot, seriousViolations, tokenFor, useBrowser, WAIT_MS } from './helpers';

interface Summary {
  initiativeCount: number;
  realisationPercent: string | null;
  initiativeRag: { amber: number };
  byLifeEvent: { lifeEvent: string | null; initiativeCount: number }[];
  byInitiative: { code: string; realisationPercent: string | null }[];
}

const SUMMARY = `query ($filter: PortfolioFilter) { portfolioSummary(filter: $filter) {
  initiativeCount realisationPercent initiativeRag { amber } byLifeEvent { lifeEvent initiativeCount }
  byInitiative { code realisationPercent }
} }`;
const LIST = `query ($f: InitiativeFilter, $s: InitiativeSort) {
  initiatives(filter: $f, sort: $s, limit: 100) { totalCount nodes { code } }
}`;

/** A percent as the dashboard and the list show it: always one decimal (nb-NO). */
const percent = (value: string | null) =>
  value === null
    ? '–'
    : `${new Intl.NumberFormat('nb-NO', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(Number(value))} %`;

/** The codes in the initiatives list's rows, in order (the first cell is the code). */
async function listedCodes(page: Page): Promise<string[]> {
  const cells = page.locator('table tbody tr td:nth-child(1)');
  return (await cells.allInnerTexts()).map((text) => text.trim());
}

/** Waits until the list says "1–n av n" and returns its rows' codes. */
async function listOf(page: Page, count: number): Promise<string[]> {
  await page
    .getByText(new RegExp(`^1–${count} av ${count}$`))
    .first()
    .waitFor({ timeout: WAIT_MS });
  return listedCodes(page);
}

/** The list address's filter (react-admin keeps it as JSON in the query string after the hash). */
const listFilter = (url: string) =>
  JSON.parse(new URL(url.replace('#/', '')).searchParams.get('filter') ?? '{}') as Record<string, unknown>;

async function kpiRealisation(page: Page): Promise<string> {
  return (await page.getByTestId('kpi-realisation-value').innerText()).trim();
}

describe('dashboard drill-down and the filter in the address (reviewer)', () => {
  const browser = useBrowser();
  const page = () => browser.page();

  it('a life-event bar and its label open exactly the initiatives behind them', async () => {
    const token = await tokenFor(browser.app(), PERSONAS.reviewer);
    const ministryId = (
      await data<{ me: { organisation: { id: string } } }>(
        browser.app(),
        token,
        '{ me { organisation { id } } }',
      )
    ).me.organisation.id;
    const summary = (await data<{ portfolioSummary: Summary }>(browser.app(), token, SUMMARY))
      .portfolioSummary;
    const noneIndex = summary.byLifeEvent.findIndex((row) => row.lifeEvent === null);
    expect(noneIndex).toBeGreaterThanOrEqual(0);
    const without = (
      await data<{ initiatives: { totalCount: number; nodes: { code: string }[] } }>(
        browser.app(),
        token,
        LIST,
        { f: { ministryId, withoutLifeEvent: true } },
      )
    ).initiatives;
    expect(without.totalCount).toBe(summary.byLifeEvent[noneIndex].initiativeCount);
    // «Uten livshendelse» lists fewer than all the ministry's initiatives (it used to list all).
    expect(without.totalCount).toBeLessThan(summary.initiativeCount);

    await browser.signIn(PERSONAS.reviewer);
    await page().getByRole('menuitem', { name: 'Porteføljeoversikt' }).click();
    const chart = page().getByTestId('portfolio-by-life-event');
    // The first series' bars, one per group in the API's order: click the «Uten livshendelse» bar.
    const bars = chart.locator('.recharts-bar-rectangles').first().locator('.recharts-bar-rectangle');
    await bars.nth(noneIndex).waitFor({ timeout: WAIT_MS });
    expect(await seriousViolations(page())).toEqual([]);
    await screenshot(page(), 'dashboard-drilldown-nb');
    await bars.nth(noneIndex).locator('path').click();
    await page().waitForURL(/#\/initiatives\?/);
    expect(listFilter(page().url())).toEqual({ ministryId, withoutLifeEvent: true });
    expect(await listOf(page(), without.totalCount)).toEqual(without.nodes.map((node) => node.code));
    // The filter shows as «Uten livshendelse: Ja» in the list's filters, not as a code.
    await page().getByText('Uten livshendelse').first().waitFor();
    await screenshot(page(), 'dashboard-drilldown-list-nb');

    // Back on the dashboard, the keyboard: the group's label is a link (Tab stop), Enter opens the list.
    await page().goBack();
    const label = chart.getByRole('link', { name: /^Uten livshendelse: åpne/ });
    await label.focus();
    await page().keyboard.press('Enter');
    await page().waitForURL(/#\/initiatives\?/);
    expect(await listOf(page(), without.totalCount)).toEqual(without.nodes.map((node) => node.code));

    // A life event's bar (by its label, with Space) opens that life event's initiatives.
    await page().goBack();
    const eventIndex = summary.byLifeEvent.findIndex((row) => row.lifeEvent !== null);
    const lifeEvent = summary.byLifeEvent[eventIndex].lifeEvent as string;
    const withEvent = (
      await data<{ initiatives: { totalCount: number; nodes: { code: string }[] } }>(
        browser.app(),
        token,
        LIST,
        { f: { ministryId, lifeEvent: [lifeEvent] } },
      )
    ).initiatives;
    await chart.getByTestId('chart-link').nth(eventIndex).focus();
    await page().keyboard.press(' ');
    await page().waitForURL(/#\/initiatives\?/);
    expect(listFilter(page().url())).toEqual({ ministryId, lifeEvent });
    expect(await listOf(page(), withEvent.totalCount)).toEqual(withEvent.nodes.map((node) => node.code));
    expect(browser.pageErrors).toEqual([]);
  });

  it('the filters live in the address: reload, back and forward, and a year on the chart', async () => {
    const token = await tokenFor(browser.app(), PERSONAS.reviewer);
    const all = (await data<{ portfolioSummary: Summary }>(browser.app(), token, SUMMARY)).portfolioSummary;
    const phase = 'EXECUTION';
    const inPhase = (
      await data<{ portfolioSummary: Summary }>(browser.app(), token, SUMMARY, { filter: { phase: [phase] } })
    ).portfolioSummary;
    expect(percent(inPhase.realisationPercent)).not.toBe(percent(all.realisationPercent));

    await browser.signIn(PERSONAS.reviewer);
    await page().getByRole('menuitem', { name: 'Porteføljeoversikt' }).click();
    await page().getByTestId('kpi-realisation-value').getByText(percent(all.realisationPercent)).waitFor();

    await page().getByRole('combobox', { name: 'Fase' }).click();
    await page().getByRole('option', { name: 'Gjennomføring' }).click();
    await page().waitForURL(/#\/portfolio\?phase=EXECUTION$/);
    await page()
      .getByTestId('kpi-realisation-value')
      .getByText(percent(inPhase.realisationPercent))
      .waitFor();

    // Reload: the same filtered dashboard from the address.
    await page().reload();
    await page()
      .getByTestId('kpi-realisation-value')
      .getByText(percent(inPhase.realisationPercent))
      .waitFor();
    await page().getByRole('combobox', { name: 'Fase' }).getByText('Gjennomføring').waitFor();
    expect(await kpiRealisation(page())).toBe(percent(inPhase.realisationPercent));

    // Back: the whole portfolio again; forward: the phase again.
    await page().goBack();
    await page().waitForURL(/#\/portfolio$/);
    await page().getByTestId('kpi-realisation-value').getByText(percent(all.realisationPercent)).waitFor();
    await page().goForward();
    await page().waitForURL(/#\/portfolio\?phase=EXECUTION$/);
    await page()
      .getByTestId('kpi-realisation-value')
      .getByText(percent(inPhase.realisationPercent))
      .waitFor();

    // A year on the chart narrows the dashboard to that year (its label, clicked), one history entry.
    const year = 2025;
    const inYear = (
      await data<{ portfolioSummary: Summary }>(browser.app(), token, SUMMARY, {
        filter: { phase: [phase], fromYear: year, toYear: year },
      })
    ).portfolioSummary;
    await page()
      .getByTestId('portfolio-by-year')
      .getByRole('link', { name: `${year}: vis porteføljen for året` })
      .click();
    await page().waitForURL(new RegExp(`#/portfolio\\?phase=EXECUTION&fromYear=${year}&toYear=${year}$`));
    await page().getByTestId('kpi-realisation-value').getByText(percent(inYear.realisationPercent)).waitFor();
    await page().getByTestId('portfolio-period').getByText(`Perioden ${year}–${year}`).waitFor();
    await page().goBack();
    await page().waitForURL(/#\/portfolio\?phase=EXECUTION$/);

    // A link with a value the dashboard does not know says so, and shows the rest.
    await page().goto(`${browser.app().url}/#/portfolio?phase=EXECUTION&lifeEvent=BURSDAG`);
    await page()
      .getByTestId('portfolio-ignored-filters')
      .getByText('Noen filtre i adressen ble ikke forstått og er ikke brukt: livshendelse.')
      .waitFor();
    await page()
      .getByTestId('kpi-realisation-value')
      .getByText(percent(inPhase.realisationPercent))
      .waitFor();
    expect(browser.pageErrors).toEqual([]);
  });

  it('the KPI «Realiseringsgrad» opens the list sorted by realisation, lowest first, as the table has them', async () => {
    const token = await tokenFor(browser.app(), PERSONAS.reviewer);
    const summary = (await data<{ portfolioSummary: Summary }>(browser.app(), token, SUMMARY))
      .portfolioSummary;
    await browser.signIn(PERSONAS.reviewer);
    await page().getByRole('menuitem', { name: 'Porteføljeoversikt' }).click();

    // The RAG donut's legend entry (a button, by keyboard) opens the initiatives with that overall status.
    const amber = summary.initiativeRag.amber;
    await page()
      .getByTestId('portfolio-rag')
      .getByRole('button', { name: new RegExp(`^Gul: \\d+ gevinster; åpne ${amber} initiativ`) })
      .focus();
    await page().keyboard.press('Enter');
    await page().waitForURL(/#\/initiatives\?/);
    expect(listFilter(page().url())).toMatchObject({ rag: 'AMBER' });
    await listOf(page(), amber);
    await page().goBack();

    await page().getByTestId('kpi-realisation').click();
    await page().waitForURL(/#\/initiatives\?/);
    const codes = await listOf(page(), summary.initiativeCount);
    const expected = [...summary.byInitiative]
      .sort((a, b) => Number(a.realisationPercent) - Number(b.realisationPercent))
      .map((row) => row.code);
    expect(codes).toEqual(expected);
    // Each row's «Realiseringsgrad» is its percent in the behind-plan table (one decimal, nb-NO).
    for (const row of summary.byInitiative)
      await page()
        .getByRole('row', { name: new RegExp(`${row.code}.*${percent(row.realisationPercent)}`) })
        .waitFor();
    expect(await seriousViolations(page())).toEqual([]);
    await screenshot(page(), 'initiatives-by-realisation-nb');
    expect(browser.pageErrors).toEqual([]);
  });
  it('a benefit count opens the benefits it counts: the KPI card’s «gevinster» and the RAG table’s column', async () => {
    const token = await tokenFor(browser.app(), PERSONAS.reviewer);
    const summary = (
      await data<{ portfolioSummary: { benefitCount: number; rag: { amber: number } } }>(
        browser.app(),
        token,
        '{ portfolioSummary { benefitCount rag { amber } } }',
      )
    ).portfolioSummary;
    await browser.signIn(PERSONAS.reviewer);
    await page().getByRole('menuitem', { name: 'Porteføljeoversikt' }).click();
    await page().getByTestId('kpi-initiatives-detail').click();
    await page().waitForURL(/#\/benefits\?/);
    await page()
      .getByText(new RegExp(`^1–${summary.benefitCount} av ${summary.benefitCount}$`))
      .first()
      .waitFor({ timeout: WAIT_MS });
    await page().goBack();
    await page().getByTestId('rag-benefits-AMBER').click();
    await page().waitForURL(/#\/benefits\?/);
    expect(listFilter(page().url())).toMatchObject({ rag: ['AMBER'] });
    await page()
      .getByText(new RegExp(`^1–${summary.rag.amber} av ${summary.rag.amber}$`))
      .first()
      .waitFor({ timeout: WAIT_MS });
    expect(await seriousViolations(page())).toEqual([]);
    await screenshot(page(), 'benefits-by-rag-nb');
  });
});
