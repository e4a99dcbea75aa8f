import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { getDataSourceToken } from '@nestjs/typeorm';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import { createApp } from '../../../apps/api/src/create-app.js';
import { DEMO_PASSWORD as DEMO_PASSWORD_VALUE } from '../../../apps/api/src/database/seed/demo-users.js';

export interface GraphQLResponse<T = any> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: Record<string, any>; path?: string[] }[];
  queryCount: number;
}

export type Gql = <T = any>(
  query: string,
  variables?: Record<string, unknown>,
  headers?: Record<string, string>,
) => Promise<GraphQLResponse<T>>;

export interface TestApp {
  app: NestExpressApplication;
  url: string;
  db: DataSource;
  /** Calls the API as the administrator of the test (from GEVINST_ADMIN_EMAIL). */
  gql: Gql;
  /** Calls the API without any credential. */
  anonymous: Gql;
  /** Signs in and returns a client for that user, and the session token. */
  as(email: string, password?: string): Promise<Gql & { token: string }>;
  /** A client that sends this bearer token. */
  withToken(token: string): Gql;
  close(): Promise<void>;
}

export const TEST_ADMIN = { email: 'admin@test.gevinst.no', password: 'test-admin-password-1' };
export { DEMO_PASSWORD } from '../../../apps/api/src/database/seed/demo-users.js';

export interface TestAppOptions {
  demo?: boolean;
  /** Use this embedded data folder (kept after close) instead of a fresh in-memory database. */
  pgliteDir?: string;
  /**
   * Join this PostgreSQL database (another test app's: a second API process on one database) instead of
   * creating one; the other app drops it.
   */
  databaseUrl?: string;
  env?: Record<string, string>;
  /** Capture the application's JSON log lines here (otherwise the test app logs nothing). */
  logDestination?: { write(line: string): void };
}

/**
 * Boots the real application on a real database: a fresh database on the PostgreSQL server in
 * DATABASE_URL when set (created for this suite and dropped afterwards), otherwise an embedded PGlite.
 * Migrations and seeds run exactly as on `npm start`.
 */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const saved = { ...process.env };
  const serverUrl = process.env.DATABASE_URL;
  let dropDatabase: (() => Promise<void>) | undefined;
  if (options.databaseUrl) {
    process.env.DATABASE_URL = options.databaseUrl;
  } else if (serverUrl && !options.pgliteDir) {
    const name = `gevinst_e2e_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    process.env.DATABASE_URL = url.toString();
    dropDatabase = () => dropTestDatabase(serverUrl, name);
  } else {
    delete process.env.DATABASE_URL;
    process.env.PGLITE_DIR = options.pgliteDir ?? 'memory://';
  }
  process.env.GEVINST_DEMO = String(options.demo ?? true);
  process.env.GEVINST_QUERY_COUNT_HEADER = 'true';
  process.env.GEVINST_ADMIN_EMAIL = TEST_ADMIN.email;
  process.env.GEVINST_ADMIN_PASSWORD = TEST_ADMIN.password;
  process.env.LOG_LEVEL = 'warn';
  process.env.NODE_ENV = 'test';
  Object.assign(process.env, options.env ?? {});

  let app: NestExpressApplication;
  try {
    app = await createApp(
      options.logDestination ? { logDestination: options.logDestination } : { logger: false },
    );
    await app.listen(0, '127.0.0.1');
  } finally {
    process.env = saved;
  }
  const address = app.getHttpServer().address() as { port: number };
  const url = `http://127.0.0.1:${address.port}`;

  const client =
    (defaults: Record<string, string>): Gql =>
    async (query, variables, headers = {}) => {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...defaults, ...headers },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data?: any; errors?: any[] };
      return {
        status: response.status,
        data: body.data,
        errors: body.errors,
        queryCount: Number(response.headers.get('x-query-count') ?? NaN),
      };
    };
  const anonymous = client({});
  const as = async (email: string, password = DEMO_PASSWORD_VALUE) => {
    const res = await anonymous(
      `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`,
      { e: email, p: password },
    );
    if (!res.data?.login) throw new Error(`Could not sign in as ${email}: ${JSON.stringify(res.errors)}`);
    const token = res.data.login.token as string;
    return Object.assign(client({ authorization: `Bearer ${token}` }), { token });
  };
  // With password sign-in switched off the administrator cannot sign in by password: `gql` is anonymous.
  const admin =
    options.env?.PASSWORD_LOGIN_ENABLED === 'false'
      ? anonymous
      : await as(TEST_ADMIN.email, TEST_ADMIN.password);

  return {
    app,
    url,
    db: app.get<DataSource>(getDataSourceToken()),
    gql: admin,
    anonymous,
    as,
    withToken: (token: string) => client({ authorization: `Bearer ${token}` }),
    async close() {
      await app.close();
      if (dropDatabase) await dropDatabase();
    },
  };
}

/**
 * Drops a suite's database once the app has closed its connections. A plain DROP is retried for a few
 * seconds (an autovacuum worker may still be on the new database, and the test role may not terminate
 * it, so `WITH (FORCE)` is no option); cleanup that still fails is reported, not failed on.
 */
async function dropTestDatabase(serverUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    for (let attempt = 1; ; attempt++) {
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name}`);
        return;
      } catch (error) {
        if (attempt >= 25) {
          console.warn(`Could not drop the test database ${name}: ${(error as Error).message}`);
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }
  } finally {
    await client.end();
  }
}

/** A fresh folder for an embedded database that should persist between two boots. */
export function tempPgliteDir(): string {
  return mkdtempSync(join(tmpdir(), 'gevinst-pglite-'));
}

/** The first error's code, for assertions. */
export function errorCode(response: GraphQLResponse): string | undefined {
  return response.errors?.[0]?.extensions?.code;
}
