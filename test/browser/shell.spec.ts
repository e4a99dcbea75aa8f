/**
 * The admin in a real browser, served by the real API: the public title page (with sign-in) and the
 * signed-in title page in Norwegian and, after a keyboard-only language switch, in English; lists,
 * an edit and create forms on demo data. Every page must have no serious or critical WCAG 2.1 A/AA
 * violations (axe-core). Screenshots go to test-artifacts/screenshots/.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startApp, WORKSPACE_ROOT, type RunningApp } from './app-server';
import { launchChromium } from './chromium';
import { WAIT_MS } from './helpers';

/** A demo persona with the ADMIN role (apps/api/src/database/seed/demo-users.ts; demo mode only). */
const DEMO_USER = {
  email: process.env.BROWSER_USER_EMAIL ?? 'admin@demo.gevinst.no',
  password: process.env.BROWSER_USER_PASSWORD ?? 'Gevinst-demo-2026',
};
const SCREENSHOTS = join(WORKSPACE_ROOT, 'test-artifacts/screenshots');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Transitions would let axe measure colours halfway between two states (e.g. a button being enabled). */
const NO_MOTION_CSS = '*, *::before, *::after { transition: none !important; animation: none !important; }';

/** Serious and critical axe violations, one readable line per failing element. */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.addStyleTag({ content: NO_MOTION_CSS });
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) =>
      violation.nodes.map(
        (node) =>
          `${violation.impact} ${violation.id}: ${violation.help} — ${node.target.join(' ')} ${node.html}` +
          (node.failureSummary ? `\n    ${node.failureSummary.replace(/\n/g, '\n    ')}` : ''),
      ),
    );
}

async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

describe('admin shell', () => {
  let app: RunningApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    app = await startApp();
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  beforeEach(async () => {
    pageErrors.length = 0;
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nb-NO' });
    context.setDefaultTimeout(WAIT_MS);
    page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
  });

  afterEach(async () => {
    await context?.close();
  });

  /** Switches the UI language with the keyboard only: Enter opens the menu, arrows move, Enter picks. */
  async function chooseLanguage(currentLabel: string, steps: 'ArrowDown' | 'ArrowUp'): Promise<void> {
    await page.getByRole('button', { name: currentLabel }).focus();
    await page.keyboard.press('Enter');
    const menu = page.getByRole('menu', { name: currentLabel });
    await menu.waitFor();
    await page.keyboard.press(steps);
    await page.keyboard.press('Enter');
    await menu.waitFor({ state: 'hidden' });
  }

  async function signIn(): Promise<void> {
    await page.goto(`${app.url}/#/login`);
    await page.getByRole('textbox', { name: /^E-post/ }).fill(DEMO_USER.email);
    await page.getByLabel(/^Passord/).fill(DEMO_USER.password);
    await page.getByRole('button', { name: 'Logg inn' }).click();
    await page.getByRole('menuitem', { name: 'Organisasjoner' }).waitFor();
  }

  it('opens on the public title page in Norwegian, switches to English, and passes axe', async () => {
    await page.goto(`${app.url}/`);

    await page.getByRole('heading', { level: 1, name: 'Gevinst' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('nb');
    await page.getByText('Gevinstrealisering og kostnadsdeling i offentlig sektor').waitFor();
    await page.getByRole('heading', { name: 'Logg inn' }).waitFor();
    await page.getByRole('textbox', { name: /^E-post/ }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'login-nb');

    await chooseLanguage('Språk: Norsk bokmål', 'ArrowDown');

    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await page.getByRole('textbox', { name: /^Email/ }).waitFor();
    await page.getByText('Benefits realisation and cost sharing in the public sector').waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.getByRole('heading', { level: 1, name: 'Gevinst' }).isVisible()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'login-en');
    expect(pageErrors).toEqual([]);
  });

  it('signs in to the title page, in Norwegian and in English', async () => {
    await signIn();

    await page.getByRole('heading', { level: 1, name: 'Gevinst' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('nb');
    await page.getByRole('heading', { name: 'Demodata' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'shell-nb');

    await chooseLanguage('Språk: Norsk bokmål', 'ArrowDown');

    await page.getByRole('menuitem', { name: 'Organisations' }).waitFor();
    await page.getByRole('heading', { name: 'Demo data' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.getByRole('heading', { level: 1, name: 'Gevinst' }).isVisible()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'shell-en');
    expect(pageErrors).toEqual([]);
  });

  it('lists organisations from the API and saves an edit', async () => {
    await signIn();
    await page.goto(`${app.url}/#/organisations`);

    const rows = page.locator('table tbody tr');
    await rows.first().waitFor();
    expect(await rows.count()).toBeGreaterThan(0);
    await page.getByText(/^1–\d+ av \d+$/).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'organisations-nb');

    await rows.first().click();
    await page.getByRole('tab', { name: 'Oversikt' }).waitFor();
    await page.getByRole('link', { name: 'Rediger' }).click();
    const name = page.getByRole('textbox', { name: /^Navn/ });
    await name.waitFor();
    const renamed = `${await name.inputValue()} (endret i nettlesertest)`;
    await name.fill(renamed);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'organisation-edit-nb');
    await page.getByRole('button', { name: 'Lagre' }).click();

    await page.getByRole('tab', { name: 'Oversikt' }).waitFor();
    await page.getByText(renamed, { exact: true }).first().waitFor();
    expect(pageErrors).toEqual([]);
  });

  it('shows initiatives with Norwegian amounts and dates', async () => {
    await signIn();
    await page.goto(`${app.url}/#/initiatives`);
    const rows = page.locator('table tbody tr');
    await rows.first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    // Nine columns do not fit the window: the table scrolls in its own box, the page keeps the window's width.
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
    ).toBe(0);
    const wrapper = page.locator('.RaDataTable-tableWrapper').first();
    expect(await wrapper.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
    await screenshot(page, 'initiatives-nb');

    await rows.first().click();
    await page.getByRole('tab', { name: 'Oversikt' }).waitFor();
    await page.getByText('Sum finansiering').waitFor();
    await page
      .getByText(/^\d{1,3}(\s\d{3})*,\d{2}\skr$/)
      .first()
      .waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'initiative-funding-nb');
    expect(pageErrors).toEqual([]);
  });

  it.each([['organisations'], ['initiatives']])(
    'has a labelled, accessible create form for %s',
    async (resource) => {
      await signIn();
      await page.goto(`${app.url}/#/${resource}/create`);
      await page.getByRole('button', { name: 'Lagre' }).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, `${resource}-create-nb`);
      expect(pageErrors).toEqual([]);
    },
  );
});
