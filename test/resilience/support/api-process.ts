/**
 * The built API (dist/apps/api/main.js) as a child process, so a test can kill it with SIGKILL, and a
 * fresh database per test on the PostgreSQL server in DATABASE_URL.
 */
import { type ChildProcess, execSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { Client } from 'pg';

const ROOT = resolve(__dirname, '../../..');
const MAIN = join(ROOT, 'dist/apps/api/main.js');

export const ADMIN = { email: 'admin@resilience.test', password: 'resilience-admin-password' };

export function serverUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) {
    throw new Error(
      'The resilience tests need a PostgreSQL server: set DATABASE_URL (and PG_STOP_COMMAND / PG_START_COMMAND for the outage test). .ci/run does.',
    );
  }
  return url;
}

export async function createDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const server = serverUrl();
  const name = `gevinst_resilience_${randomBytes(5).toString('hex')}`;
  const admin = new Client({ connectionString: server });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(server);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      // A plain DROP, retried: an autovacuum worker may still be on the database, and the test role
      // may not terminate it. Cleanup that still fails is reported, not failed on.
      const client = new Client({ connectionString: server });
      await client.connect();
      try {
        for (let attempt = 1; attempt <= 25; attempt++) {
          try {
            await client.query(`DROP DATABASE IF EXISTS ${name}`);
            return;
          } catch (error) {
            if (attempt === 25) console.warn(`Could not drop ${name}: ${(error as Error).message}`);
            else await new Promise((r) => setTimeout(r, 200));
          }
        }
      } finally {
        await client.end();
      }
    },
  };
}

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => ok(port));
    });
  });
}

export interface ApiProcess {
  url: string;
  child: ChildProcess;
  output(): string;
  /** SIGKILL, no goodbye: the process gets no chance to finish anything. */
  kill(): Promise<void>;
  stop(): Promise<void>;
}

export async function startApi(
  databaseUrl: string,
  env: Record<string, string> = {},
  port?: number,
): Promise<ApiProcess> {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run "npx nx run api:build" first`);
  const chosen = port ?? (await freePort());
  const lines: string[] = [];
  const child = spawn(process.execPath, [MAIN], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(chosen),
      HOST: '127.0.0.1',
      DATABASE_URL: databaseUrl,
      GEVINST_DEMO: 'false',
      GEVINST_ADMIN_EMAIL: ADMIN.email,
      GEVINST_ADMIN_PASSWORD: ADMIN.password,
      LOGIN_MAX_FAILURES: '1000',
      LOG_LEVEL: 'warn',
      // One process unless a test asks for more (cluster.spec.ts).
      WEB_CONCURRENCY: '1',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const collect = (chunk: Buffer) => {
    lines.push(...chunk.toString().split('\n'));
    if (lines.length > 500) lines.splice(0, lines.length - 500);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const url = `http://127.0.0.1:${chosen}`;
  const exited = new Promise<void>((ok) => child.once('exit', () => ok()));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The API exited during start:\n${lines.join('\n')}`);
    try {
      const res = await fetch(`${url}/health`);
      if (res.status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`The API did not become healthy within 60 s:\n${lines.join('\n')}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    child,
    output: () => lines.join('\n'),
    async kill() {
      child.kill('SIGKILL');
      await exited;
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

export interface GraphQLResult {
  status: number;
  data?: any;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export async function gql(
  url: string,
  token: string | null,
  query: string,
  variables?: unknown,
): Promise<GraphQLResult> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(30_000),
  });
  const body = (await res.json()) as { data?: unknown; errors?: GraphQLResult['errors'] };
  return { status: res.status, data: body.data, errors: body.errors };
}

export async function login(url: string, email = ADMIN.email, password = ADMIN.password): Promise<string> {
  const res = await gql(
    url,
    null,
    `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`,
    {
      e: email,
      p: password,
    },
  );
  if (!res.data?.login) throw new Error(`login failed: ${JSON.stringify(res.errors)}`);
  return res.data.login.token as string;
}

/** Runs a shell command given in an environment variable (to stop or start PostgreSQL). */
export function runCommand(variable: string): void {
  const command = process.env[variable];
  if (!command)
    throw new Error(`Set ${variable} to the command that does this on this machine (.ci/run sets it)`);
  execSync(command, { stdio: 'inherit', timeout: 60_000 });
}

export async function query<T = any>(databaseUrl: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}
