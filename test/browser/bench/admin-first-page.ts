/**
 * Benchmark: how fast the admin's first page is usable, and that the charts stay out of it.
 *
 *   npm run bench:admin          (builds api and admin, type-checks this folder, then runs this file)
 *   BENCH_RUNS=7 BENCH_PROFILES=unthrottled,laptop BENCH_LABEL=after node test/browser/bench/run.cjs
 *
 * It starts the built app (startApp(): a fresh PGlite with the demo data) and Chromium (launchChromium()),
 * makes one warm-up run that is thrown away (it warms the server, not the browser), then BENCH_RUNS runs
 * per profile, the profiles taking turns. Every run is a new browser context, so the browser cache is
 * cold, and goes through what a user does:
 *
 *  1. opens `/` — the public title/sign-in page: DOMContentLoaded, first contentful paint, and the moment
 *     the e-mail field is visible and enabled; the JS and CSS bytes on the wire (encoded, headers
 *     included, from the DevTools protocol) and the number of requests until the network is quiet;
 *  2. signs in as the portfolio reviewer: the time from the form's submit event until the first page shows
 *     its content (the task card that leads to the portfolio, and the demo-data note, which needs the API);
 *  3. opens the portfolio dashboard from the menu: the time from the click until the first line of the
 *     «by year» chart is in the page.
 *
 * The moments are taken inside the page (performance.now(), by a MutationObserver added before the app's
 * own scripts), so Playwright's polling does not add to them. A RechartsCharts-*.js request in step 1 or 2
 * is a failure (exit code 1): the chart library must only load with a chart page.
 *
 * Profiles: "unthrottled", and "laptop" — a normal laptop on an office network, emulated with the DevTools
 * protocol: 20 Mbit/s down, 5 Mbit/s up, 40 ms latency (Network.emulateNetworkConditions) and the CPU
 * slowed down 4× (Emulation.setCPUThrottlingRate).
 *
 * Prints medians (with min and max) per metric and profile and writes every run to BENCH_OUT
 * (default dist/bench/admin-first-page.json; dist/ is not committed).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem } from 'node:os';
import { dirname, join, relative } from 'node:path';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { RECHARTS_CHUNK, startApp, WORKSPACE_ROOT, type RunningApp } from '../app-server';
import { launchChromium, resolveChromium } from '../chromium';
import { DEMO_PASSWORD, PERSONAS } from '../helpers';

interface Profile {
  id: string;
  label: string;
  network?: { latencyMs: number; downloadMbit: number; uploadMbit: number };
  cpuSlowdown: number;
}

const PROFILES: Profile[] = [
  { id: 'unthrottled', label: 'unthrottled', cpuSlowdown: 1 },
  {
    id: 'laptop',
    label: 'laptop on office network (20/5 Mbit/s, 40 ms, CPU 4× slower)',
    network: { latencyMs: 40, downloadMbit: 20, uploadMbit: 5 },
    cpuSlowdown: 4,
  },
];

/** What the in-page observer waits for: every selector matches a visible (and not disabled) element. */
const WATCHED = {
  signInUsable: ['input[name="email"]'],
  dashboardContent: ['[data-testid="task-portfolio"]', '[data-testid="demo-data-note"]'],
  firstChart: ['[data-testid="portfolio-by-year"] .recharts-line'],
};
type MarkName = keyof typeof WATCHED | 'submit' | 'portfolioClick';
type Marks = Partial<Record<MarkName, number>>;

declare global {
  interface Window {
    __benchMarks?: Marks;
  }
}

/**
 * Runs in the page before its own scripts (context.addInitScript), in every document: records
 * performance.now() when each watched state is first reached, when a form is submitted and when a link
 * to the portfolio dashboard is clicked.
 */
function installMarks(watched: Record<string, string[]>): void {
  const marks: Record<string, number> = {};
  window.__benchMarks = marks;
  const shown = (selector: string): boolean => {
    const element = document.querySelector(selector);
    if (!element?.checkVisibility({ visibilityProperty: true })) return false;
    return !(element instanceof HTMLInputElement && element.disabled);
  };
  const check = () => {
    for (const [name, selectors] of Object.entries(watched)) {
      if (marks[name] === undefined && selectors.every(shown)) marks[name] = performance.now();
    }
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true });
  document.addEventListener('submit', () => (marks.submit ??= performance.now()), true);
  document.addEventListener(
    'click',
    (event) => {
      if (event.target instanceof Element && event.target.closest('a[href$="#/portfolio"]')) {
        marks.portfolioClick ??= performance.now();
      }
    },
    true,
  );
}

type Phase = 'signIn' | 'dashboard' | 'portfolio';

interface RequestRecord {
  url: string;
  phase: Phase;
  encodedBytes: number;
  decodedBytes: number;
  done: boolean;
}

/** Every HTTP request of one page, from the DevTools protocol, with the phase it was sent in. */
class NetworkLog {
  readonly requests = new Map<string, RequestRecord>();
  phase: Phase = 'signIn';
  private lastActivity = Date.now();

  constructor(cdp: CDPSession) {
    cdp.on('Network.requestWillBeSent', (event) => {
      this.lastActivity = Date.now();
      if (!/^https?:/.test(event.request.url)) return;
      const known = this.requests.get(event.requestId);
      if (known)
        known.url = event.request.url; // a redirect keeps the request id
      else {
        this.requests.set(event.requestId, {
          url: event.request.url,
          phase: this.phase,
          encodedBytes: 0,
          decodedBytes: 0,
          done: false,
        });
      }
    });
    cdp.on('Network.dataReceived', (event) => {
      this.lastActivity = Date.now();
      const record = this.requests.get(event.requestId);
      if (record) record.decodedBytes += event.dataLength;
    });
    cdp.on('Network.loadingFinished', (event) => {
      this.lastActivity = Date.now();
      const record = this.requests.get(event.requestId);
      if (record) Object.assign(record, { encodedBytes: event.encodedDataLength, done: true });
    });
    cdp.on('Network.loadingFailed', (event) => {
      this.lastActivity = Date.now();
      const record = this.requests.get(event.requestId);
      if (record) record.done = true;
    });
  }

  /** Resolves once nothing is in flight and nothing happened for `quietMs`. */
  async quiet(quietMs = 500, timeoutMs = 60_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const inFlight = [...this.requests.values()].filter((record) => !record.done);
      if (inFlight.length === 0 && Date.now() - this.lastActivity >= quietMs) return;
      if (Date.now() > deadline) {
        throw new Error(`the network did not settle: ${inFlight.map((record) => record.url).join(', ')}`);
      }
      await new Promise((resolveWait) => setTimeout(resolveWait, 50));
    }
  }

  of(phase: Phase): RequestRecord[] {
    return [...this.requests.values()].filter((record) => record.phase === phase);
  }
}

const pathOf = (url: string) => new URL(url).pathname;
const isJs = (record: RequestRecord) => /\.m?js$/.test(pathOf(record.url));
const isCss = (record: RequestRecord) => /\.css$/.test(pathOf(record.url));
const sum = (records: RequestRecord[], field: 'encodedBytes' | 'decodedBytes') =>
  records.reduce((total, record) => total + record[field], 0);

interface RunResult {
  profile: string;
  signIn: {
    domContentLoadedMs: number;
    firstContentfulPaintMs: number;
    formUsableMs: number;
    jsBytes: number;
    jsDecodedBytes: number;
    cssBytes: number;
    totalBytes: number;
    requests: number;
    jsFiles: string[];
  };
  dashboard: { contentMs: number; jsBytes: number; requests: number };
  portfolio: { firstChartMs: number; jsBytes: number; rechartsBytes: number; requests: number };
  rechartsBeforeChartPage: string[];
  pageErrors: string[];
}

async function applyProfile(cdp: CDPSession, profile: Profile): Promise<void> {
  if (profile.network) {
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: profile.network.latencyMs,
      downloadThroughput: (profile.network.downloadMbit * 1_000_000) / 8,
      uploadThroughput: (profile.network.uploadMbit * 1_000_000) / 8,
    });
  }
  if (profile.cpuSlowdown !== 1) {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpuSlowdown });
  }
}

async function waitForMark(page: Page, name: MarkName): Promise<void> {
  await page.waitForFunction((mark) => window.__benchMarks?.[mark] !== undefined, name, {
    timeout: 60_000,
    polling: 50,
  });
}

async function measureRun(browser: Browser, app: RunningApp, profile: Profile): Promise<RunResult> {
  const context = await browser.newContext({
    viewport: { width: 1366, height: 900 },
    locale: 'nb-NO',
    timezoneId: 'Europe/Oslo',
  });
  try {
    await context.addInitScript(installMarks, WATCHED);
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    const cdp = await context.newCDPSession(page);
    const network = new NetworkLog(cdp);
    await cdp.send('Network.enable');
    await applyProfile(cdp, profile);

    // 1. The public title/sign-in page, cold.
    await page.goto(`${app.url}/`, { waitUntil: 'domcontentloaded', timeout: 60_000 });
    await waitForMark(page, 'signInUsable');
    await network.quiet();
    // Chromium reports paint timing once the frame is presented, which can come after the page has
    // gone quiet (more so with the CPU slowed down); the entry's startTime is the paint's own moment.
    await page.waitForFunction(
      () => performance.getEntriesByName('first-contentful-paint').length > 0,
      undefined,
      {
        timeout: 20_000,
        polling: 50,
      },
    );
    const timing = await page.evaluate(() => {
      const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
      const [paint] = performance.getEntriesByName('first-contentful-paint');
      return {
        domContentLoaded: navigation.domContentLoadedEventEnd,
        firstContentfulPaint: paint.startTime,
      };
    });

    // 2. Sign in; the first page after sign-in.
    network.phase = 'dashboard';
    await page.getByRole('textbox', { name: /^E-post/ }).fill(PERSONAS.reviewer);
    await page.getByLabel(/^Passord/).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Logg inn' }).click();
    await waitForMark(page, 'dashboardContent');
    await network.quiet();

    // 3. The first chart page: the portfolio dashboard, from the menu.
    network.phase = 'portfolio';
    await page.getByRole('menuitem', { name: 'Porteføljeoversikt' }).click();
    await waitForMark(page, 'firstChart');
    await network.quiet();

    const marks = (await page.evaluate(() => window.__benchMarks)) ?? {};
    const mark = (name: MarkName): number => {
      const value = marks[name];
      if (value === undefined) throw new Error(`no "${name}" moment was recorded`);
      return value;
    };
    const signIn = network.of('signIn');
    const dashboard = network.of('dashboard');
    const portfolio = network.of('portfolio');
    return {
      profile: profile.id,
      signIn: {
        domContentLoadedMs: timing.domContentLoaded,
        firstContentfulPaintMs: timing.firstContentfulPaint,
        formUsableMs: mark('signInUsable'),
        jsBytes: sum(signIn.filter(isJs), 'encodedBytes'),
        jsDecodedBytes: sum(signIn.filter(isJs), 'decodedBytes'),
        cssBytes: sum(signIn.filter(isCss), 'encodedBytes'),
        totalBytes: sum(signIn, 'encodedBytes'),
        requests: signIn.length,
        jsFiles: signIn.filter(isJs).map((record) => pathOf(record.url)),
      },
      dashboard: {
        contentMs: mark('dashboardContent') - mark('submit'),
        jsBytes: sum(dashboard.filter(isJs), 'encodedBytes'),
        requests: dashboard.length,
      },
      portfolio: {
        firstChartMs: mark('firstChart') - mark('portfolioClick'),
        jsBytes: sum(portfolio.filter(isJs), 'encodedBytes'),
        rechartsBytes: sum(
          portfolio.filter((record) => RECHARTS_CHUNK.test(pathOf(record.url))),
          'encodedBytes',
        ),
        requests: portfolio.length,
      },
      rechartsBeforeChartPage: [...signIn, ...dashboard]
        .map((record) => pathOf(record.url))
        .filter((path) => RECHARTS_CHUNK.test(path)),
      pageErrors,
    };
  } finally {
    await context.close();
  }
}

interface Metric {
  name: string;
  unit: 'ms' | 'kB' | '';
  value: (run: RunResult) => number;
}

const kB = (bytes: number) => bytes / 1000;
const METRICS: Metric[] = [
  { name: 'sign-in page: DOMContentLoaded', unit: 'ms', value: (r) => r.signIn.domContentLoadedMs },
  { name: 'sign-in page: first contentful paint', unit: 'ms', value: (r) => r.signIn.firstContentfulPaintMs },
  { name: 'sign-in page: form usable', unit: 'ms', value: (r) => r.signIn.formUsableMs },
  { name: 'sign-in page: JS transferred', unit: 'kB', value: (r) => kB(r.signIn.jsBytes) },
  { name: 'sign-in page: JS decoded', unit: 'kB', value: (r) => kB(r.signIn.jsDecodedBytes) },
  { name: 'sign-in page: CSS transferred', unit: 'kB', value: (r) => kB(r.signIn.cssBytes) },
  { name: 'sign-in page: all transferred', unit: 'kB', value: (r) => kB(r.signIn.totalBytes) },
  { name: 'sign-in page: JS files', unit: '', value: (r) => r.signIn.jsFiles.length },
  { name: 'sign-in page: requests', unit: '', value: (r) => r.signIn.requests },
  { name: 'sign-in → first page content', unit: 'ms', value: (r) => r.dashboard.contentMs },
  { name: 'first page: JS transferred', unit: 'kB', value: (r) => kB(r.dashboard.jsBytes) },
  { name: 'first page: requests', unit: '', value: (r) => r.dashboard.requests },
  { name: 'menu click → first chart drawn', unit: 'ms', value: (r) => r.portfolio.firstChartMs },
  { name: 'portfolio: JS transferred', unit: 'kB', value: (r) => kB(r.portfolio.jsBytes) },
  { name: 'portfolio: RechartsCharts chunk', unit: 'kB', value: (r) => kB(r.portfolio.rechartsBytes) },
];

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

interface Summary {
  median: number;
  min: number;
  max: number;
  unit: string;
}

function summarise(runs: RunResult[]): Record<string, Summary> {
  return Object.fromEntries(
    METRICS.map((metric) => {
      const values = runs.map(metric.value);
      return [
        metric.name,
        { median: median(values), min: Math.min(...values), max: Math.max(...values), unit: metric.unit },
      ];
    }),
  );
}

function formatValue(value: number, unit: string): string {
  if (Number.isNaN(value)) return 'n/a';
  return unit === 'kB' ? value.toFixed(1) : Math.round(value).toString();
}

function printTable(summaries: Record<string, Record<string, Summary>>, runCount: number): void {
  const header = ['metric', 'unit', ...PROFILES.filter((p) => summaries[p.id]).map((p) => p.id)];
  const rows = METRICS.map((metric) => [
    metric.name,
    metric.unit,
    ...PROFILES.filter((p) => summaries[p.id]).map((profile) => {
      const { median: mid, min, max } = summaries[profile.id][metric.name];
      const unit = metric.unit;
      return `${formatValue(mid, unit)} (${formatValue(min, unit)}–${formatValue(max, unit)})`;
    }),
  ]);
  const widths = header.map((_, column) => Math.max(...[header, ...rows].map((row) => row[column].length)));
  const line = (row: string[]) =>
    row.map((cell, column) => (column < 2 ? cell.padEnd(widths[column]) : cell.padStart(widths[column])));
  process.stdout.write(`\nMedian (min–max) of ${runCount} runs per profile, cold browser cache each run:\n`);
  for (const row of [header, header.map((_, column) => '-'.repeat(widths[column])), ...rows]) {
    process.stdout.write(`${line(row).join('  ')}\n`);
  }
}

function gitCommit(): string {
  try {
    const git = (...args: string[]) =>
      execFileSync('git', args, { cwd: WORKSPACE_ROOT, stdio: ['ignore', 'pipe', 'ignore'] })
        .toString()
        .trim();
    const commit = git('rev-parse', '--short', 'HEAD');
    const dirty = git('status', '--porcelain');
    return dirty ? `${commit} (with uncommitted changes)` : commit;
  } catch {
    return 'unknown';
  }
}

async function main(): Promise<void> {
  const runCount = Number(process.env.BENCH_RUNS ?? 7);
  if (!Number.isInteger(runCount) || runCount < 1) throw new Error(`BENCH_RUNS must be a positive integer`);
  const wanted = (process.env.BENCH_PROFILES ?? PROFILES.map((p) => p.id).join(',')).split(',');
  const profiles = PROFILES.filter((profile) => wanted.includes(profile.id));
  if (profiles.length === 0)
    throw new Error(`BENCH_PROFILES names none of ${PROFILES.map((p) => p.id).join(', ')}`);
  const out = process.env.BENCH_OUT ?? join(WORKSPACE_ROOT, 'dist/bench/admin-first-page.json');

  const [app, browser] = await Promise.all([startApp(), launchChromium()]);
  const chromium = await resolveChromium();
  const machine = {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    os: `${process.platform} ${release()}`,
    node: process.version,
    chromium: `${chromium.source} ${browser.version()}`,
    /** 1-minute load average before and after: other work on the machine shows up in the timings. */
    loadAverage: { start: loadavg()[0], end: Number.NaN },
  };
  process.stdout.write(
    `Admin first-page benchmark: ${runCount} runs × ${profiles.map((p) => p.id).join(', ')}\n` +
      `Machine: ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGiB} GiB, ${machine.os}, Node ${machine.node}, ` +
      `Chromium ${machine.chromium}, load average ${machine.loadAverage.start.toFixed(2)}\n`,
  );

  const runs: RunResult[] = [];
  try {
    process.stdout.write('warm-up run (not counted) … ');
    await measureRun(browser, app, PROFILES[0]);
    process.stdout.write('done\n');
    for (let index = 1; index <= runCount; index++) {
      for (const profile of profiles) {
        const run = await measureRun(browser, app, profile);
        runs.push(run);
        process.stdout.write(
          `run ${index}/${runCount} ${profile.id.padEnd(11)} form usable ${Math.round(run.signIn.formUsableMs)} ms, ` +
            `first page ${Math.round(run.dashboard.contentMs)} ms, first chart ${Math.round(run.portfolio.firstChartMs)} ms, ` +
            `sign-in JS ${kB(run.signIn.jsBytes).toFixed(1)} kB in ${run.signIn.jsFiles.length} files` +
            `${run.pageErrors.length ? `, page errors: ${run.pageErrors.join('; ')}` : ''}\n`,
        );
      }
    }
  } finally {
    machine.loadAverage.end = loadavg()[0];
    await browser.close();
    await app.stop();
  }

  const summaries = Object.fromEntries(
    profiles.map((profile) => [profile.id, summarise(runs.filter((run) => run.profile === profile.id))]),
  );
  printTable(summaries, runCount);
  process.stdout.write(`Load average (1 min) at the end: ${machine.loadAverage.end.toFixed(2)}\n`);

  const leaks = runs.filter((run) => run.rechartsBeforeChartPage.length > 0);
  const missing = runs.filter((run) => run.portfolio.rechartsBytes === 0);
  process.stdout.write(
    `\nRechartsCharts chunk requested before a chart page was opened: in ${leaks.length} of ${runs.length} runs` +
      `${leaks.length ? ` (${leaks[0].rechartsBeforeChartPage.join(', ')})` : ''}\n` +
      `RechartsCharts chunk requested by the portfolio dashboard: in ${runs.length - missing.length} of ${runs.length} runs\n`,
  );

  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(
    out,
    `${JSON.stringify(
      {
        benchmark: 'admin-first-page',
        label: process.env.BENCH_LABEL ?? null,
        date: new Date().toISOString(),
        commit: gitCommit(),
        machine,
        runsPerProfile: runCount,
        profiles,
        summary: summaries,
        rechartsBeforeChartPage: leaks.length,
        runs,
      },
      null,
      2,
    )}\n`,
  );
  process.stdout.write(`Results: ${relative(process.cwd(), out)}\n`);
  if (leaks.length > 0 || missing.length > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
