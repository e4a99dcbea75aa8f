/**
 * Starts the built application (dist/apps/api/main.js, which also serves the built admin UI from
 * dist/apps/admin) as a child process for the browser tests, on a free port with a fresh embedded
 * PGlite database and demo data. Build first: `npx nx run-many -t build -p api admin`.
 *
 * The database is always a fresh PGlite folder, even when DATABASE_URL is set for other tests, unless
 * BROWSER_DATABASE_URL names a PostgreSQL database to use instead.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const WORKSPACE_ROOT = resolve(__dirname, '../..');
export const API_MAIN = join(WORKSPACE_ROOT, 'dist/apps/api/main.js');
export const ADMIN_DIR = join(WORKSPACE_ROOT, 'dist/apps/admin');

/** The admin build's chart chunk (apps/admin/src/charts/RechartsCharts.tsx, loaded with React.lazy). */
export const RECHARTS_CHUNK = /\/assets\/RechartsCharts-[^/]*\.js$/;

export interface RunningApp {
  /** http://127.0.0.1:<port>, without a trailing slash. */
  url: string;
  /** What the app wrote to stdout and stderr so far (the last few hundred lines). */
  output(): string;
  stop(): Promise<void>;
}

export interface StartAppOptions {
  /** Extra environment for the app (wins over everything else). */
  env?: Record<string, string>;
  /** How long to wait for GET /health to answer 200. */
  timeoutMs?: number;
}

const MAX_OUTPUT_LINES = 400;

export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port ? resolvePort(port) : reject(new Error('no free port'))));
    });
  });
}

function waitForExit(child: ChildProcess, timeoutMs: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolveExit) => {
    const timer = setTimeout(() => resolveExit(false), timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolveExit(true);
    });
  });
}

export async function startApp(options: StartAppOptions = {}): Promise<RunningApp> {
  for (const [path, hint] of [
    [API_MAIN, 'the API is not built'],
    [join(ADMIN_DIR, 'index.html'), 'the admin UI is not built'],
  ]) {
    if (!existsSync(path)) {
      throw new Error(`${hint} (${path} is missing): run "npx nx run-many -t build -p api admin" first`);
    }
  }

  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'gevinst-browser-'));
  const timeoutMs = options.timeoutMs ?? 120_000;

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'test',
    PORT: String(port),
    HOST: '127.0.0.1',
    PGLITE_DIR: join(dataDir, 'pglite'),
    GEVINST_DEMO: 'true',
    GEVINST_ADMIN_DIR: ADMIN_DIR,
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
  };
  delete env.DATABASE_URL;
  if (process.env.BROWSER_DATABASE_URL) env.DATABASE_URL = process.env.BROWSER_DATABASE_URL;
  Object.assign(env, options.env);

  const child = spawn(process.execPath, [API_MAIN], {
    cwd: WORKSPACE_ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const collect = (stream: string) => (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n')) {
      if (line.trim() !== '') lines.push(stream === 'stderr' ? `[stderr] ${line}` : line);
    }
    if (lines.length > MAX_OUTPUT_LINES) lines.splice(0, lines.length - MAX_OUTPUT_LINES);
  };
  child.stdout?.on('data', collect('stdout'));
  child.stderr?.on('data', collect('stderr'));
  // Never leave an app behind if the test process dies without calling stop().
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);

  let stopped = false;
  const stop = async (): Promise<void> => {
    if (stopped) return;
    stopped = true;
    process.removeListener('exit', killOnExit);
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      if (!(await waitForExit(child, 10_000))) {
        child.kill('SIGKILL');
        await waitForExit(child, 5_000);
      }
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  const output = () => lines.join('\n');

  const deadline = Date.now() + timeoutMs;
  let lastProblem = 'no answer yet';
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      await stop();
      throw new Error(
        `The app exited (${child.exitCode ?? child.signalCode}) before ${url}/health answered.\n${output()}`,
      );
    }
    try {
      const response = await fetch(`${url}/health`, { signal: AbortSignal.timeout(5_000) });
      if (response.status === 200) return { url, output, stop };
      lastProblem = `HTTP ${response.status}: ${await response.text()}`;
    } catch (error) {
      lastProblem = error instanceof Error ? error.message : String(error);
    }
    await new Promise((resolveWait) => setTimeout(resolveWait, 250));
  }
  await stop();
  throw new Error(
    `${url}/health did not answer 200 within ${timeoutMs / 1000} s (last: ${lastProblem}).\n${output()}`,
  );
}
