/**
 * Shared by the persona specs: one app and one browser per spec file, a fresh context per test,
 * sign-in through the real sign-in page, axe scans, screenshots and direct GraphQL calls (to compare
 * what the page shows with what the API says).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { startApp, WORKSPACE_ROOT, type RunningApp } from './app-server';
import { launchChromium, resolveChromium } from './chromium';

export const DEMO_PASSWORD = 'Gevinst-demo-2026';
export const PERSONAS = {
  admin: 'admin@demo.gevinst.no',
  owner: 'eier@demo.gevinst.no',
  reviewer: 'departement@demo.gevinst.no',
  financeBergen: 'okonomi.bergen@demo.gevinst.no',
  financeOslo: 'okonomi.oslo@demo.gevinst.no',
  integrator: 'integrator@demo.gevinst.no',
} as const;

export const SCREENSHOTS = join(WORKSPACE_ROOT, 'test-artifacts/screenshots');
/** Where a failed test leaves its page (screenshot) and what the page and the app said. */
export const FAILURES = join(WORKSPACE_ROOT, 'test-artifacts/browser-failures');

/**
 * How long a wait for what the user sees may take before the test fails. Every wait is on a condition
 * (an element, a text, a response), so a long limit costs nothing when the app works; it only has to
 * outlast a machine that is busy with other builds (two cores at a load of 15 made the realisation
 * panel take more than Playwright's default 30 s). BROWSER_WAIT_MS overrides it.
 */
export const WAIT_MS = Number(process.env.BROWSER_WAIT_MS ?? 120_000);
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const NO_MOTION_CSS = '*, *::before, *::after { transition: none !important; animation: none !important; }';

/** Serious and critical axe violations, one readable line per failing element. */
export async function seriousViolations(page: Page): Promise<string[]> {
  await page.addStyleTag({ content: NO_MOTION_CSS });
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) =>
      violation.nodes.map(
        (node) =>
          `${violation.impact} ${violation.id}: ${violation.help} — ${node.target.join(' ')} ${node.html.slice(0, 300)}` +
          (node.failureSummary ? `\n    ${node.failureSummary.replace(/\n/g, '\n    ')}` : ''),
      ),
    );
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** "1 234 567,89 kr" (with any kind of space, or a minus sign) → øre, exactly. */
export function oreOf(text: string): bigint {
  const match = /(-|−)?\s*([\d\s\u00a0\u202f]+),(\d{2})\s*kr/.exec(text);
  if (!match) throw new Error(`not a NOK amount: "${text}"`);
  const ore = BigInt(match[2].replace(/\D/g, '')) * 100n + BigInt(match[3]);
  return match[1] ? -ore : ore;
}

/** "1234.5" (the API's Money) → øre. */
export function oreOfDecimal(value: string): bigint {
  const [whole, fraction = ''] = value.replace('-', '').split('.');
  const ore = BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0').slice(0, 2));
  return value.startsWith('-') ? -ore : ore;
}

/** NOK as the page shows it (nb-NO), for comparing with the API: "1234.5" → "1 234,50 kr". */
export function nok(value: string): string {
  return new Intl.NumberFormat('nb-NO', {
    style: 'currency',
    currency: 'NOK',
    minimumFractionDigits: 2,
  }).format(value as Intl.StringNumericLiteral);
}

export interface GraphQLResult<T> {
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/** A GraphQL call as an integrator makes it: Bearer token (a session token or an API token). */
export async function graphql<T>(
  app: RunningApp,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<GraphQLResult<T>> {
  const response = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResult<T>;
}

/** A session token for a demo persona, for setting up and checking through the API. */
export async function tokenFor(app: RunningApp, email: string): Promise<string> {
  const result = await graphql<{ login: { token: string } }>(
    app,
    'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
    { email, password: DEMO_PASSWORD },
  );
  if (!result.data) throw new Error(`cannot sign in ${email}: ${JSON.stringify(result.errors)}`);
  return result.data.login.token;
}

/** Data from a GraphQL call that must succeed. */
export async function data<T>(
  app: RunningApp,
  token: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const result = await graphql<T>(app, query, variables, token);
  if (!result.data || result.errors?.length)
    throw new Error(`GraphQL failed: ${JSON.stringify(result.errors)}`);
  return result.data;
}

/** The app and the browser of one spec file, and a fresh signed-out page per test. */
export function useBrowser(): {
  app: () => RunningApp;
  page: () => Page;
  context: () => BrowserContext;
  pageErrors: string[];
  signIn: (email: string) => Promise<void>;
} {
  let app: RunningApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    [app, browser] = await Promise.all([startApp(), launchChromium()]);
    const { source } = await resolveChromium();
    process.stdout.write(`Chromium: ${source} (${browser.version()})\n`);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  beforeEach(async () => {
    pageErrors.length = 0;
    context = await browser.newContext({
      viewport: { width: 1366, height: 900 },
      locale: 'nb-NO',
      timezoneId: 'Europe/Oslo',
      acceptDownloads: true,
    });
    context.setDefaultTimeout(WAIT_MS);
    context.setDefaultNavigationTimeout(WAIT_MS);
    page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
  });

  afterEach(async () => {
    if ((globalThis as { __browserTestFailed?: boolean }).__browserTestFailed) await keepFailure();
    await context?.close();
  });

  /** A failed test's page, the errors the page threw and the app's last log lines, for the reader of CI. */
  async function keepFailure(): Promise<void> {
    const name = (expect.getState().currentTestName ?? 'test').replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 120);
    mkdirSync(FAILURES, { recursive: true });
    try {
      await page.screenshot({ path: join(FAILURES, `${name}.png`), fullPage: true, timeout: 30_000 });
    } catch (error) {
      process.stdout.write(`(no screenshot of the failed test: ${String(error)})\n`);
    }
    const report = [
      `test: ${expect.getState().currentTestName}`,
      `url: ${page.url()}`,
      `page errors:\n${pageErrors.join('\n') || '(none)'}`,
      `app log (last lines):\n${app.output().split('\n').slice(-40).join('\n')}`,
    ].join('\n\n');
    writeFileSync(join(FAILURES, `${name}.txt`), report);
    process.stdout.write(`Failed test kept in ${join(FAILURES, name)}.{png,txt}\n${report}\n`);
  }

  async function signIn(email: string): Promise<void> {
    await page.goto(`${app.url}/#/login`);
    await page.getByRole('textbox', { name: /^E-post/ }).fill(email);
    await page.getByLabel(/^Passord/).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Logg inn' }).click();
    // Attached, not visible: on a phone the app bar has no room for the name and hides it.
    await page.getByTestId('identity').waitFor({ state: 'attached' });
  }

  return { app: () => app, page: () => page, context: () => context, pageErrors, signIn };
}

/**
 * Types `text` into a list's search box and waits until the list has taken it: react-admin writes a
 * search to the address after a pause in typing (debounced), and navigates to the list again when it
 * does. A click on a row before that opens the row, and is then taken back to the list; a user waits for
 * the list to change, so the test does too.
 */
export async function searchList(page: Page, text: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Søk' }).fill(text);
  await page.waitForURL((url) => {
    const query = url.hash.split('?')[1] ?? '';
    const filter = new URLSearchParams(query).get('filter');
    return filter !== null && (JSON.parse(filter) as { q?: unknown }).q === text;
  });
}

/** Polls `read` until it returns `expected` (or the time is up), and returns the last value. */
export async function eventually<T>(read: () => Promise<T>, expected: T, timeoutMs = WAIT_MS): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (value !== expected && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await read();
  }
  return value;
}

/**
 * The text of the elements that describe a form control (aria-describedby): its helper text, or the
 * error shown in its place — so a test can tell that a message belongs to that field.
 */
export async function descriptionOf(control: Locator): Promise<string> {
  return control.evaluate((element) =>
    (element.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .map((id) => element.ownerDocument.getElementById(id)?.textContent ?? '')
      .join(' ')
      .trim(),
  );
}

/** Phone and desktop viewports of the responsive checks (issue 16). */
export const PHONE = { width: 390, height: 844 } as const;
export const DESKTOP = { width: 1440, height: 900 } as const;

export interface HorizontalOverflow {
  /** document.documentElement.scrollWidth: the page's width, wider than the window when it overflows. */
  scrollWidth: number;
  innerWidth: number;
  /** The outermost elements reaching past the window's right edge, widest first (for the failure message). */
  culprits: string[];
}

/**
 * How far the page reaches past the window sideways, and what reaches there: elements whose right edge
 * is past the window and that are not inside a box that scrolls or clips sideways itself (a wide table
 * scrolling in its own box is fine), outermost only.
 */
export async function horizontalOverflow(page: Page): Promise<HorizontalOverflow> {
  return page.evaluate(() => {
    const width = window.innerWidth;
    const clipsSideways = (element: Element) => {
      const overflowX = getComputedStyle(element).overflowX;
      return overflowX !== 'visible';
    };
    const past: { element: Element; right: number }[] = [];
    for (const element of Array.from(document.body.querySelectorAll('*'))) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.right <= width + 0.5) continue;
      let ancestor = element.parentElement;
      let contained = false;
      while (ancestor && ancestor !== document.body) {
        if (clipsSideways(ancestor) && ancestor.getBoundingClientRect().right <= width + 0.5) {
          contained = true;
          break;
        }
        ancestor = ancestor.parentElement;
      }
      if (!contained) past.push({ element, right: box.right });
    }
    const outermost = past.filter(
      ({ element }) => !past.some((other) => other.element !== element && other.element.contains(element)),
    );
    return {
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: width,
      culprits: outermost
        .sort((a, b) => b.right - a.right)
        .slice(0, 5)
        .map(({ element, right }) => {
          const testId = element.getAttribute('data-testid');
          const text = (element.textContent ?? '').trim().slice(0, 60);
          return `${element.tagName.toLowerCase()}${testId ? `[data-testid=${testId}]` : ''}.${String(element.className).split(' ').slice(0, 3).join('.')} right=${Math.round(right)} «${text}»`;
        }),
    };
  });
}

/**
 * The page does not scroll sideways: document.documentElement.scrollWidth <= window.innerWidth (a
 * phone user would otherwise pan the whole page, app bar included). On failure the message names the
 * elements reaching past the window. For any spec: `await expectNoHorizontalOverflow(page())`.
 */
export async function expectNoHorizontalOverflow(page: Page): Promise<void> {
  const overflow = await horizontalOverflow(page);
  expect({
    pageWiderThanWindowBy: Math.max(0, overflow.scrollWidth - overflow.innerWidth),
    culprits: overflow.scrollWidth > overflow.innerWidth ? overflow.culprits : [],
  }).toEqual({ pageWiderThanWindowBy: 0, culprits: [] });
}

/**
 * A control the user can reach and use: visible, inside the window, and clickable (Playwright's
 * trial click: attached, visible, stable, enabled and not covered by another element — nothing is
 * clicked). Scrolls it into view first, as a user would.
 */
export async function expectReachable(control: Locator): Promise<void> {
  await control.scrollIntoViewIfNeeded();
  await expect(control.isVisible()).resolves.toBe(true);
  // A row of tabs scrolls its selected tab into view with an animation: measure once it has stopped.
  let box = await control.boundingBox();
  for (let tries = 0; tries < 50; tries++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    const next = await control.boundingBox();
    if (next && box && next.x === box.x && next.y === box.y) break;
    box = next;
  }
  await control.scrollIntoViewIfNeeded();
  box = await control.boundingBox();
  const { innerWidth, innerHeight } = await control
    .page()
    .evaluate(() => ({ innerWidth: window.innerWidth, innerHeight: window.innerHeight }));
  expect(box).not.toBeNull();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(innerWidth + 0.5);
  // In the window vertically too (an app bar slid away on scrolling is not reachable).
  expect(box!.y).toBeGreaterThanOrEqual(-0.5);
  expect(box!.y + box!.height).toBeLessThanOrEqual(innerHeight + 0.5);
  await control.click({ trial: true, timeout: WAIT_MS });
}

export interface TableBox {
  /** The table's content is wider than its box, which scrolls sideways. */
  scrolls: boolean;
  /** The box's right edge is inside the window. */
  insideWindow: boolean;
  /** The box's data-scroll-hidden mark: 'right' before the user scrolls a table that does not fit. */
  hiddenSides: string | null;
  /** The box draws the cue: an inset shadow at an edge where columns are hidden. */
  shadow: boolean;
}

/** The box a table scrolls in (its nearest ancestor with overflow-x auto or scroll), measured. */
export async function tableBox(table: Locator): Promise<TableBox | null> {
  return table.evaluate((element) => {
    let box = element.parentElement;
    while (box && !['auto', 'scroll'].includes(getComputedStyle(box).overflowX)) box = box.parentElement;
    if (!box) return null;
    return {
      scrolls: box.scrollWidth > box.clientWidth + 1,
      insideWindow: box.getBoundingClientRect().right <= window.innerWidth + 0.5,
      hiddenSides: box.getAttribute('data-scroll-hidden'),
      shadow: getComputedStyle(box).boxShadow.includes('inset'),
    };
  });
}

/**
 * A table wider than the window (on a phone) scrolls inside its own box, which stays inside the window
 * and shows the cue (a shadow on the right, where the hidden columns are); pass `mustScroll: false` for a
 * viewport where it may fit (then it only has to stay inside the window).
 */
export async function expectTableScrollsInOwnBox(table: Locator, mustScroll = true): Promise<void> {
  await table.waitFor();
  if (!mustScroll) {
    const box = await tableBox(table);
    expect(box).not.toBeNull();
    expect(box!.insideWindow).toBe(true);
    if (box!.scrolls) expect(box!.shadow).toBe(true);
    return;
  }
  // The mark follows a resize within a frame or two; wait for it rather than race it.
  const expected: TableBox = { scrolls: true, insideWindow: true, hiddenSides: 'right', shadow: true };
  const seen = await eventually(
    async () => JSON.stringify(await tableBox(table)),
    JSON.stringify(expected),
    15_000,
  );
  expect(JSON.parse(seen)).toEqual(expected);
}
