/**
 * Phones and tablets (issue 16): at 390×844 (a phone) and 1440×900 (a desktop) the reviewer's first
 * page, portfolio dashboard, initiatives list and an initiative with each of its tabs, the owner's first
 * page and list, and a finance officer's allocations do not scroll sideways as a page; the app bar's
 * menu, language and user menus, the lists' and pages' main actions and every tab are on screen and
 * clickable; wide tables scroll inside their own box with the cue (a shadow where columns are hidden);
 * charts stay inside the window.
 */
import type { Page } from 'playwright-core';
import {
  data,
  DESKTOP,
  eventually,
  expectNoHorizontalOverflow,
  expectReachable,
  expectTableScrollsInOwnBox,
  PERSONAS,
  PHONE,
  screenshot,
  seriousViolations,
  tokenFor,
  useBrowser,
} from './helpers';

/** The initiative's tabs as the reviewer sees them, with their paths (InitiativeShow). */
const TABS: { name: string; path: string }[] = [
  { name: 'Oversikt', path: '' },
  { name: 'Deltakere', path: '/participants' },
  { name: 'Kostnader', path: '/costs' },
  { name: 'Finansieringsplan', path: '/funding-plan' },
  { name: 'Kostnadsdeling og fordeling', path: '/cost-sharing' },
  { name: 'Gevinster', path: '/benefits' },
  { name: 'Gevinstplan', path: '/benefit-plan' },
  { name: 'Samfunnsøkonomi', path: '/economics' },
  { name: 'Endringslogg', path: '/history' },
];

/** Waits until the page has loaded what it asks the API for (no request for half a second). */
async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
}

/** Every chart's drawing stays inside the window sideways. */
async function expectChartsInsideWindow(page: Page): Promise<void> {
  const outside = await page.evaluate(() =>
    Array.from(document.querySelectorAll('.recharts-wrapper'))
      .map((chart) => chart.getBoundingClientRect())
      .filter((box) => box.left < -0.5 || box.right > window.innerWidth + 0.5)
      .map((box) => `${Math.round(box.left)}–${Math.round(box.right)}`),
  );
  expect(outside).toEqual([]);
}

/** The app bar's controls: the menu button, the language menu and the user menu with «Logg ut». */
async function expectAppBarReachable(page: Page): Promise<void> {
  await expectReachable(page.getByRole('button', { name: /^(Åpne|Lukk) menyen$/ }));

  const language = page.getByRole('button', { name: 'Språk: Norsk bokmål' });
  await expectReachable(language);
  await language.click();
  await expectReachable(page.getByRole('menuitem', { name: 'English' }));
  await page.keyboard.press('Escape');
  await page.getByRole('menuitem', { name: 'English' }).waitFor({ state: 'hidden' });

  const user = page.getByRole('button', { name: 'Profil' });
  await expectReachable(user);
  await user.click();
  await expectReachable(page.getByRole('menuitem', { name: 'Logg ut' }));
  await page.keyboard.press('Escape');
  await page.getByRole('menuitem', { name: 'Logg ut' }).waitFor({ state: 'hidden' });
}

describe.each([
  ['phone', PHONE],
  ['desktop', DESKTOP],
] as const)('responsive layout on a %s', (label, viewport) => {
  const browser = useBrowser();
  const page = () => browser.page();
  const phone = viewport.width === PHONE.width;

  /** Signs in at this viewport (a phone gets the phone's layout from the start, menu closed). */
  async function signIn(email: string): Promise<void> {
    await page().setViewportSize(viewport);
    await browser.signIn(email);
  }

  it('the reviewer’s first page and the app bar', async () => {
    await signIn(PERSONAS.reviewer);
    await page().getByTestId('task-portfolio').waitFor();
    await settled(page());
    await expectNoHorizontalOverflow(page());
    await expectAppBarReachable(page());
    await expectReachable(page().getByTestId('task-portfolio'));
    // Scrolled to the end of the page, the app bar and its menus are still there.
    await page().evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    // react-admin's hide-on-scroll would slide the bar away within 225 ms; give it the time to.
    await page().waitForTimeout(500);
    await expectAppBarReachable(page());
    // The menu opens (on a phone as a drawer over the page) and leads to the initiatives.
    if (phone) {
      await page().getByRole('button', { name: 'Åpne menyen' }).click();
      await expectReachable(page().getByRole('menuitem', { name: 'Initiativer' }));
    }
    await screenshot(page(), `responsive-reviewer-first-page-${viewport.width}`);
  });

  it('the portfolio dashboard: filters, charts inside the window, the behind-plan table in its own box', async () => {
    await signIn(PERSONAS.reviewer);
    await page().goto(`${browser.app().url}/#/portfolio`);
    const behind = page().getByTestId('behind-plan');
    await behind.waitFor();
    await page().locator('.recharts-wrapper').first().waitFor();
    await settled(page());
    await expectNoHorizontalOverflow(page());
    await expectAppBarReachable(page());
    await expectReachable(page().getByTestId('filter-lifeEvent'));
    await expectReachable(page().getByTestId('filter-phase'));
    await expectChartsInsideWindow(page());
    // Five columns of amounts and chips: wider than a phone.
    await expectTableScrollsInOwnBox(behind, phone);
    if (phone) expect(await seriousViolations(page())).toEqual([]);
    await screenshot(page(), `responsive-portfolio-${viewport.width}`);
  });

  it('the initiatives list: search, filters and the table in its own box', async () => {
    await signIn(PERSONAS.reviewer);
    await page().goto(`${browser.app().url}/#/initiatives`);
    const table = page().locator('.RaDataTable-table');
    await table.getByRole('cell', { name: 'DEMO-LIV-BEDRIFT', exact: true }).waitFor();
    await settled(page());
    await expectNoHorizontalOverflow(page());
    await expectAppBarReachable(page());
    await expectReachable(page().getByRole('textbox', { name: 'Søk' }));
    await expectReachable(page().getByRole('button', { name: 'Legg til filter' }));
    await expectTableScrollsInOwnBox(table, phone);
    if (phone) expect(await seriousViolations(page())).toEqual([]);
    await screenshot(page(), `responsive-initiatives-${viewport.width}`);
  });

  it('an initiative: every tab is reachable and none makes the page scroll sideways', async () => {
    const token = await tokenFor(browser.app(), PERSONAS.reviewer);
    const { initiatives } = await data<{ initiatives: { nodes: { id: string; code: string }[] } }>(
      browser.app(),
      token,
      '{ initiatives { nodes { id code } } }',
    );
    const id = initiatives.nodes.find((initiative) => initiative.code === 'DEMO-LIV-BEDRIFT')?.id;
    expect(id).toBeDefined();
    await signIn(PERSONAS.reviewer);
    const base = `${browser.app().url}/#/initiatives/${id}/show`;
    await page().goto(base);
    const funding = page().locator('.RaDataTable-table').first();
    await funding.getByRole('cell', { name: 'Medfinansieringsordningen' }).first().waitFor();
    await settled(page());
    await expectAppBarReachable(page());
    // The overview's funding table (six columns) scrolls in its own box on a phone.
    await expectTableScrollsInOwnBox(funding, phone);

    // Nine tabs do not fit a phone: the row scrolls, with an arrow to the hidden ones that works.
    if (phone) await expectReachable(page().locator('.MuiTabs-scrollButtons:not(.Mui-disabled)').last());

    for (const tab of TABS) {
      const control = page().getByRole('tab', { name: tab.name, exact: true });
      await expectReachable(control);
      await control.click();
      await page().waitForURL((url) => url.hash.endsWith(`/show${tab.path}`));
      expect(await eventually(() => control.getAttribute('aria-selected'), 'true')).toBe('true');
      await settled(page());
      await expectNoHorizontalOverflow(page());
      await expectChartsInsideWindow(page());
      if (phone) await screenshot(page(), `responsive-initiative-${tab.path.slice(1) || 'summary'}-390`);
    }
  });

  it('the owner’s first page and the create button of the initiatives list', async () => {
    await signIn(PERSONAS.owner);
    await page().getByTestId('task-own_initiatives').waitFor();
    await page().getByTestId('co-financing-deadlines').waitFor();
    await settled(page());
    await expectNoHorizontalOverflow(page());
    await expectAppBarReachable(page());
    await expectReachable(page().getByTestId('task-own_initiatives'));
    await screenshot(page(), `responsive-owner-first-page-${viewport.width}`);

    await page().getByTestId('task-own_initiatives').click();
    await page()
      .locator('.RaDataTable-table')
      .getByRole('cell', { name: 'DEMO-LIV-BEDRIFT', exact: true })
      .waitFor();
    await settled(page());
    await expectNoHorizontalOverflow(page());
    // On a phone react-admin's create button is a round button at the bottom right, named «Opprett».
    await expectReachable(page().getByRole('link', { name: 'Opprett' }));
  });

  it('a finance officer’s allocations: year, downloads, chart and lines in their own box', async () => {
    await signIn(PERSONAS.financeBergen);
    await page().goto(`${browser.app().url}/#/my-allocations`);
    await page().getByRole('heading', { name: 'Fordelinger for Bergen' }).waitFor();
    await page().getByRole('combobox', { name: 'År', exact: true }).click();
    await page().getByRole('option', { name: '2024' }).click();
    const lines = page().getByTestId('allocation-lines');
    await lines.getByRole('cell', { name: 'Bergen', exact: true }).first().waitFor();
    await page().locator('.recharts-wrapper').first().waitFor();
    await settled(page());
    await expectNoHorizontalOverflow(page());
    await expectAppBarReachable(page());
    await expectReachable(page().getByRole('combobox', { name: 'År', exact: true }));
    await expectReachable(page().getByTestId('download-csv'));
    await expectReachable(page().getByTestId('download-xlsx'));
    await expectChartsInsideWindow(page());
    await expectTableScrollsInOwnBox(lines, phone);
    await expectTableScrollsInOwnBox(page().getByTestId('allocations-by-initiative').locator('table'), phone);
    if (phone) expect(await seriousViolations(page())).toEqual([]);
    await screenshot(page(), `responsive-my-allocations-${viewport.width}`);
  });
});
