/**
 * Stops PostgreSQL while the API runs: /health says the database is down, requests fail quickly with a
 * clear error instead of hanging, and the API recovers by itself when PostgreSQL is back.
 * Needs PG_STOP_COMMAND and PG_START_COMMAND (set by .ci/run).
 */
import { type ApiProcess, createDatabase, gql, login, runCommand, startApi } from './support/api-process';

async function timed<T>(fn: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = Date.now();
  const value = await fn();
  return { value, ms: Date.now() - started };
}

describe('PostgreSQL stops while the API runs', () => {
  let db: { url: string; drop(): Promise<void> };
  let api: ApiProcess;
  let token: string;

  beforeAll(async () => {
    db = await createDatabase();
    api = await startApi(db.url);
    token = await login(api.url);
  });

  afterAll(async () => {
    await api?.stop();
    await db?.drop();
  });

  it('reports the outage, fails fast with a clear error, and recovers by itself', async () => {
    const ok = await gql(api.url, token, `{ organisations(limit: 1) { totalCount } }`);
    expect(ok.data.organisations.totalCount).toBeGreaterThan(400);

    runCommand('PG_STOP_COMMAND');
    try {
      const health = await timed(() => fetch(`${api.url}/health`));
      expect(health.value.status).toBe(503);
      expect(await health.value.json()).toMatchObject({ status: 'error', database: { status: 'down' } });
      expect(health.ms).toBeLessThan(5_000);

      const request = await timed(() => gql(api.url, token, `{ organisations(limit: 1) { totalCount } }`));
      expect(request.ms).toBeLessThan(15_000);
      expect(request.value.status).toBeLessThan(600);
      expect(request.value.errors?.[0]?.extensions?.code).toBe('DATABASE_UNAVAILABLE');
      expect(request.value.errors?.[0]?.message).toMatch(/database is unavailable/);
    } finally {
      runCommand('PG_START_COMMAND');
    }

    const deadline = Date.now() + 60_000;
    let status = 0;
    while (Date.now() < deadline) {
      status = (await fetch(`${api.url}/health`)).status;
      if (status === 200) break;
      await new Promise((r) => setTimeout(r, 500));
    }
    expect(status).toBe(200);
    // Sessions are in the database, so the same token works again without signing in.
    const again = await gql(api.url, token, `{ organisations(limit: 1) { totalCount } }`);
    expect(again.errors).toBeUndefined();
    expect(again.data.organisations.totalCount).toBeGreaterThan(400);
    expect(api.child.exitCode).toBeNull();
  });
});
