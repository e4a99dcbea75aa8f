/**
 * The admin's first page stays light: the title/sign-in page and the first page after sign-in load no
 * chart code, the sign-in page's JavaScript comes in several files within a byte budget, and the chart
 * library arrives with the first chart page. Facts only — how fast it is, is measured by
 * test/browser/bench/admin-first-page.ts (`npm run bench:admin`), never asserted in a test.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Request } from 'playwright-core';
import { ADMIN_DIR, RECHARTS_CHUNK } from './app-server';
import { PERSONAS, useBrowser } from './helpers';

/**
 * The most JavaScript the sign-in page may transfer (encoded bodies, as they come over the wire).
 * Measured with `npm run bench:admin` on 2 cores: 319 kB (953 kB decoded) in 9 files, brotli from the
 * API's compression of the admin UI. The budget is 1.5× that, so ordinary growth passes but a page that
 * pulls in a large lazy part (recharts alone is 116 kB compressed, 421 kB plain) or that is served
 * uncompressed (953 kB) fails.
 */
const SIGN_IN_JS_BUDGET_BYTES = 480_000;

interface Loaded {
  path: string;
  status: number;
  bodyBytes: number;
}

/** Every HTTP request of a page: the paths asked for, and once loaded, the status and encoded body size. */
function recordRequests(page: Page) {
  const paths: string[] = [];
  const loaded: Promise<Loaded>[] = [];
  let inFlight = 0;
  let lastActivity = Date.now();
  const isHttp = (request: Request) => /^https?:/.test(request.url());
  page.on('request', (request) => {
    if (!isHttp(request)) return;
    paths.push(new URL(request.url()).pathname);
    inFlight++;
    lastActivity = Date.now();
  });
  page.on('requestfinished', (request) => {
    if (!isHttp(request)) return;
    inFlight--;
    lastActivity = Date.now();
    loaded.push(
      Promise.all([request.sizes(), request.response()]).then(([sizes, response]) => ({
        path: new URL(request.url()).pathname,
        status: response?.status() ?? 0,
        bodyBytes: sizes.responseBodySize,
      })),
    );
  });
  page.on('requestfailed', (request) => {
    if (!isHttp(request)) return;
    inFlight--;
    lastActivity = Date.now();
  });
  return {
    /** Paths requested so far, in order. */
    paths: () => [...paths],
    /** Waits until nothing is in flight and nothing happened for half a second. */
    async settled(): Promise<void> {
      const deadline = Date.now() + 30_000;
      while (inFlight > 0 || Date.now() - lastActivity < 500) {
        if (Date.now() > deadline) throw new Error(`requests still in flight: ${inFlight}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    loaded: () => Promise.all(loaded),
  };
}

const isScript = (path: string) => /\.m?js$/.test(path);
const recharts = (paths: string[]) => paths.filter((path) => RECHARTS_CHUNK.test(path));

describe("the admin's first page", () => {
  const browser = useBrowser();
  const page = () => browser.page();

  it('keeps the chart library in a chunk of its own that index.html does not name', () => {
    const chunks = readdirSync(join(ADMIN_DIR, 'assets')).filter((file) =>
      /^RechartsCharts-.*\.js$/.test(file),
    );
    expect(chunks).toHaveLength(1);
    expect(readFileSync(join(ADMIN_DIR, 'index.html'), 'utf8')).not.toContain('RechartsCharts');
  });

  it('the title/sign-in page loads its JavaScript split into several files, within budget, and no chart code', async () => {
    const requests = recordRequests(page());
    await page().goto(`${browser.app().url}/`);
    const email = page().getByRole('textbox', { name: /^E-post/ });
    await email.waitFor();
    expect(await email.isEnabled()).toBe(true);
    await requests.settled();

    const scripts = (await requests.loaded()).filter((request) => isScript(request.path));
    expect(scripts.filter((script) => script.status !== 200)).toEqual([]);
    expect(scripts.length).toBeGreaterThan(1);
    const total = scripts.reduce((sum, script) => sum + script.bodyBytes, 0);
    expect(total).toBeGreaterThan(0);
    expect(total).toBeLessThan(SIGN_IN_JS_BUDGET_BYTES);
    expect(recharts(requests.paths())).toEqual([]);
    expect(browser.pageErrors).toEqual([]);
  });

  it('the first page after sign-in loads no chart code; the portfolio dashboard loads it and draws its chart', async () => {
    const requests = recordRequests(page());
    await browser.signIn(PERSONAS.reviewer);
    await page().getByTestId('task-portfolio').waitFor();
    await page().getByTestId('demo-data-note').waitFor();
    await requests.settled();
    expect(recharts(requests.paths())).toEqual([]);

    const before = requests.paths().length;
    await page().getByRole('menuitem', { name: 'Porteføljeoversikt' }).click();
    await page().getByTestId('portfolio-by-year').locator('.recharts-line').first().waitFor();
    await requests.settled();
    const chartPage = requests.paths().slice(before);
    expect(recharts(chartPage)).toHaveLength(1);
    const chunk = (await requests.loaded()).find((request) => RECHARTS_CHUNK.test(request.path));
    expect(chunk?.status).toBe(200);
    expect(browser.pageErrors).toEqual([]);
  });
});
