/**
 * WEB_CONCURRENCY=2: the built API as a primary with two worker processes (Node's cluster module) on one
 * database. Migrations and seeding run once, both workers answer on the one port with sessions that live in
 * PostgreSQL, a worker killed with SIGKILL is replaced, and SIGTERM stops them all.
 */
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { type ApiProcess, createDatabase, login, query, startApi } from './support/api-process';

/** The worker processes of a primary. */
function workersOf(primary: number): number[] {
  const out = execSync(`ps -o pid= --ppid ${primary}`, { encoding: 'utf8' });
  return out
    .split('\n')
    .map((line) => Number(line.trim()))
    .filter((pid) => pid > 0);
}

/** CPU ticks (user + system) a process has used so far. */
function cpuTicks(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return Number(fields[11]) + Number(fields[12]);
}

async function until<T>(what: string, probe: () => T | undefined, ms = 60_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('two API processes on one database (WEB_CONCURRENCY=2)', () => {
  let db: { url: string; drop(): Promise<void> };
  let api: ApiProcess;

  beforeAll(async () => {
    db = await createDatabase();
    api = await startApi(db.url, { WEB_CONCURRENCY: '2', LOG_LEVEL: 'info' });
  });

  afterAll(async () => {
    await api?.stop();
    await db?.drop();
  });

  it('migrates and seeds once, and both workers serve the same sessions and data', async () => {
    const pid = api.child.pid!;
    // Each worker says when it listens (main.ts: "Ready on … (process <pid>)").
    const workers = await until('two workers listening', () => {
      const list = workersOf(pid);
      const ready = list.filter((worker) => api.output().includes(`(process ${worker})`));
      return list.length === 2 && ready.length === 2 ? list : undefined;
    });
    const migrations = await query<{ name: string; n: number }>(
      db.url,
      'SELECT name, count(*)::int AS n FROM migrations GROUP BY name HAVING count(*) > 1',
    );
    expect(migrations).toEqual([]);
    const [{ admins }] = await query<{ admins: number }>(
      db.url,
      'SELECT count(*)::int AS admins FROM users WHERE email = $1',
      ['admin@resilience.test'],
    );
    expect(admins).toBe(1);

    const token = await login(api.url);
    const before = workers.map(cpuTicks);
    // Fresh connections (no keep-alive), so the primary hands them to both workers in turn.
    const replies = await Promise.all(
      Array.from({ length: 60 }, async () => {
        const res = await fetch(`${api.url}/graphql`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            authorization: `Bearer ${token}`,
            connection: 'close',
          },
          body: JSON.stringify({ query: '{ organisations(limit: 200) { totalCount nodes { id name } } }' }),
        });
        return ((await res.json()) as { data?: { organisations: { totalCount: number } } }).data;
      }),
    );
    expect(new Set(replies.map((data) => data?.organisations.totalCount)).size).toBe(1);
    expect(replies[0]?.organisations.totalCount).toBeGreaterThan(300);
    const used = workers.map((worker, k) => cpuTicks(worker) - before[k]);
    expect(used.every((ticks) => ticks > 0)).toBe(true);
  });

  it('replaces a worker killed with SIGKILL and keeps answering meanwhile', async () => {
    const pid = api.child.pid!;
    const [victim, survivor] = workersOf(pid);
    const token = await login(api.url);
    process.kill(victim, 'SIGKILL');
    await until('the primary to notice', () => (/died \(SIGKILL\)/.test(api.output()) ? true : undefined));
    // The session made by either worker is known to the other (sessions live in PostgreSQL).
    const res = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, connection: 'close' },
      body: JSON.stringify({ query: '{ me { email } }' }),
      signal: AbortSignal.timeout(30_000),
    });
    expect(((await res.json()) as { data: { me: { email: string } } }).data.me.email).toBe(
      'admin@resilience.test',
    );
    const replaced = await until('a new worker listening', () => {
      const list = workersOf(pid);
      const ready = list.filter((worker) => api.output().includes(`(process ${worker})`));
      return ready.length === 2 && !list.includes(victim) ? list : undefined;
    });
    expect(replaced).toContain(survivor);
  });

  it('stops every worker on SIGTERM', async () => {
    const pid = api.child.pid!;
    const workers = workersOf(pid);
    await api.stop();
    expect(api.child.exitCode).toBe(0);
    for (const worker of workers) expect(() => process.kill(worker, 0)).toThrow();
  });
});
