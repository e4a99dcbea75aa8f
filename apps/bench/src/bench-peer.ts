/**
 * `npm run bench:peer`: Gevinst side by side with PostGraphile 5 (a generic GraphQL engine) serving the same
 * PostgreSQL database (DATABASE_URL, the national data set of `npm run generate:national`), in the same run:
 *
 * - the initiatives page (50 a page with owner, ministry and participants; both by cursor) and one
 *   municipality's allocation lines in a year (the first 500), requested alternately from the two servers,
 *   with the answers checked to carry the same data (ids, codes, organisations, roles, amounts);
 * - 50 clients for 30 s on the initiatives page against each server in turn (one process each), then against
 *   Gevinst as `npm start` runs it, one process per core (WEB_CONCURRENCY's default);
 * - medians, p95, Gevinst / PostGraphile ratios, Gevinst's SQL statements per request (X-Query-Count), CPU
 *   milliseconds per request of each server process (from /proc) and the load average.
 *
 * PostGraphile 5 needs Node 22: the `node@22` and `postgraphile@5` npm packages are installed into the
 * scratch folder tmp/peer on first use (`npm install --prefix tmp/peer …`), never into the repository's
 * package.json. PostGraphile runs its "amber" preset on schema public, without authentication; Gevinst
 * checks a session and the access rules on every request. PostGraphile has no sums (no aggregates plugin)
 * and cannot filter lines by their run's status, so its allocation page also holds superseded lines: the
 * check compares the current lines and their sum, read to the end on both sides.
 */
import { freePort } from './free-port.js';
import { processTreeCpuMs as cpuMs, untilIdle } from './idle.js';
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Role } from '@gevinst/domain';
import pg from 'pg';
import { hashPassword } from '../../api/src/auth/password.js';
import { type Summary, summarise } from './stats.js';

const MAIN = resolve('dist/apps/api/main.js');
const PEER_DIR = resolve('tmp/peer');
const PEER_NODE = resolve(PEER_DIR, 'node_modules/node/bin/node');
const PEER_CLI = resolve(PEER_DIR, 'node_modules/postgraphile/dist/cli-run.js');

const { values: flags } = parseArgs({
  options: { quick: { type: 'boolean' }, seconds: { type: 'string' }, clients: { type: 'string' } },
});
const QUICK = flags.quick ?? false;
const ROUNDS = QUICK ? 10 : 40;
const LOAD_SECONDS = Number(flags.seconds ?? (QUICK ? 10 : 30));
const LOAD_CLIENTS = Number(flags.clients ?? 50);
const ALLOCATION_YEAR = 2025;

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

if (existsSync('.env')) process.loadEnvFile('.env');
const DATABASE_URL = process.env.DATABASE_URL;
if (!DATABASE_URL || !/^postgres(ql)?:\/\//.test(DATABASE_URL))
  fail(
    'bench:peer needs DATABASE_URL: the PostgreSQL database with the national data set (docs/performance.md).',
  );
if (!existsSync(MAIN)) fail(`${MAIN} is missing: build the API first (npm run bench:peer does).`);

// ---------------------------------------------------------------------------------------------------------
// PostGraphile 5 on Node 22, in the scratch folder

if (!existsSync(PEER_NODE) || !existsSync(PEER_CLI)) {
  console.log('Installing node@22 and postgraphile@5 into tmp/peer (once) …');
  const installed = spawnSync(
    'npm',
    ['install', '--prefix', PEER_DIR, '--no-audit', '--no-fund', 'node@22', 'postgraphile@5'],
    { stdio: 'inherit' },
  );
  if (installed.status !== 0 || !existsSync(PEER_NODE) || !existsSync(PEER_CLI))
    fail(
      'Could not install PostGraphile 5 and Node 22 into tmp/peer (see docs/performance.md for the fallback).',
    );
}
const peerNodeVersion = spawnSync(PEER_NODE, ['--version'], { encoding: 'utf8' }).stdout.trim();
const peerVersion = (
  JSON.parse(readFileSync(resolve(PEER_DIR, 'node_modules/postgraphile/package.json'), 'utf8')) as {
    version: string;
  }
).version;

// ---------------------------------------------------------------------------------------------------------
// Processes

const children = new Set<ChildProcess>();
const stopAll = () => children.forEach((child) => child.kill('SIGKILL'));
process.on('exit', stopAll);
process.on('SIGINT', () => process.exit(130));

interface Server {
  name: string;
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/** Starts a server process; resolves once `ready` answers true (within 120 s). */
async function start(
  name: string,
  command: string,
  args: string[],
  options: { cwd?: string; env: NodeJS.ProcessEnv },
  url: string,
  ready: () => Promise<boolean>,
): Promise<Server> {
  const output: string[] = [];
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  const keep = (chunk: Buffer) => {
    output.push(chunk.toString());
    if (output.length > 100) output.shift();
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise<void>((ok) => child.once('exit', () => ok()));
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) fail(`${name} stopped during start:\n${output.join('')}`);
    if (await ready().catch(() => false)) break;
    if (Date.now() > deadline) fail(`${name} did not start within 120 s:\n${output.join('')}`);
    await new Promise((ok) => setTimeout(ok, 250));
  }
  return {
    name,
    url,
    pid: child.pid!,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        await exited;
        clearTimeout(timer);
      }
      children.delete(child);
    },
  };
}

interface Reply<T> {
  ms: number;
  data: T;
  queryCount: number;
}

async function gql<T>(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  token?: string,
): Promise<Reply<T>> {
  const started = performance.now();
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: unknown };
  const ms = performance.now() - started;
  if (res.status !== 200 || body.errors || !body.data)
    throw new Error(`${url} answered ${res.status}: ${JSON.stringify(body.errors ?? body).slice(0, 500)}`);
  return { ms, data: body.data, queryCount: Number(res.headers.get('x-query-count') ?? NaN) };
}

// ---------------------------------------------------------------------------------------------------------
// The data and a Gevinst administrator for the run

const db = new pg.Client({ connectionString: DATABASE_URL });
await db.connect();
const [busiest] = (
  await db.query<{ id: string; name: string; lines: number }>(
    `SELECT o.id, o.name, count(*)::int AS lines
     FROM allocation_lines l JOIN allocation_runs r ON r.id = l.run_id AND r.status = 'CURRENT'
     JOIN organisations o ON o.id = l.organisation_id
     WHERE l.year = $1 AND o.kind = 'MUNICIPALITY' GROUP BY o.id, o.name ORDER BY lines DESC, o.name LIMIT 1`,
    [ALLOCATION_YEAR],
  )
).rows;
if (!busiest) fail('No allocation lines: generate the national data set first (npm run generate:national).');
const [digdir] = (
  await db.query<{ id: string }>(`SELECT id FROM organisations WHERE org_number = '991825827'`)
).rows;
const email = 'bench-peer@bench.gevinst.no';
const password = randomBytes(18).toString('base64url');
const [{ id: userId }] = (
  await db.query<{ id: string }>(
    `INSERT INTO users (email, name, password_hash, organisation_id, roles)
     VALUES ($1, 'Benchmark (bench:peer)', $2, $3, $4::text[])
     ON CONFLICT (email) DO UPDATE SET password_hash = EXCLUDED.password_hash, organisation_id = EXCLUDED.organisation_id,
       roles = EXCLUDED.roles, active = true, version = users.version + 1, updated_at = now()
     RETURNING id`,
    [email, await hashPassword(password), digdir.id, [Role.ADMIN]],
  )
).rows;
await db.query(
  `INSERT INTO audit_events (actor_kind, operation, entity_type, entity_id, owner_organisation_id, after)
   VALUES ('SYSTEM', 'benchUser', 'User', $1, $2, $3)`,
  [userId, digdir.id, JSON.stringify({ email, roles: [Role.ADMIN], note: 'npm run bench:peer' })],
);

/** Gevinst's built API on DATABASE_URL with `processes` API processes (WEB_CONCURRENCY). */
async function startGevinst(processes: number): Promise<Server> {
  const apiPort = await freePort();
  return start(
    processes === 1 ? 'Gevinst' : `Gevinst (${processes} processes)`,
    process.execPath,
    [MAIN],
    {
      env: {
        ...process.env,
        NODE_ENV: 'production',
        HOST: '127.0.0.1',
        PORT: String(apiPort),
        DATABASE_URL,
        GEVINST_DEMO: 'false',
        GEVINST_QUERY_COUNT_HEADER: 'true',
        LOG_LEVEL: 'warn',
        WEB_CONCURRENCY: String(processes),
        // 50 clients share one session far faster than the default pacing budget (1 200 a minute): without
        // this the load runs measure 429 answers.
        REQUEST_BUDGET_LIMIT: '1000000',
      },
    },
    `http://127.0.0.1:${apiPort}`,
    async () => (await fetch(`http://127.0.0.1:${apiPort}/health`)).status === 200,
  );
}
// One process, as PostGraphile runs: the comparison of the list requests is per process.
const gevinst = await startGevinst(1);
const peerPort = await freePort();
const peer = await start(
  `PostGraphile ${peerVersion}`,
  PEER_NODE,
  [
    PEER_CLI,
    '-P',
    'postgraphile/presets/amber',
    '-c',
    DATABASE_URL,
    '-s',
    'public',
    '-p',
    String(peerPort),
    '-n',
    '127.0.0.1',
  ],
  { cwd: PEER_DIR, env: { ...process.env, GRAPHILE_ENV: 'production', NODE_ENV: 'production' } },
  `http://127.0.0.1:${peerPort}`,
  async () => {
    const res = await fetch(`http://127.0.0.1:${peerPort}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    return res.status === 200;
  },
);
async function signIn(server: Server): Promise<string> {
  return (
    await gql<{ login: { token: string } }>(
      server.url,
      'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
      { e: email, p: password },
    )
  ).data.login.token;
}
const token = await signIn(gevinst);
await untilIdle(() => cpuMs(gevinst.pid));

console.log(
  `Gevinst (Node ${process.version}) and PostGraphile ${peerVersion} (Node ${peerNodeVersion}, amber preset, no authentication) ` +
    `on the same database; ${os.cpus().length} cores, load average ${loadAverage()}`,
);

function loadAverage(): string {
  return os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
}

// ---------------------------------------------------------------------------------------------------------
// The requests, and what each answer holds in common

const GEVINST_INITIATIVES = `query($after: String) {
  initiatives(first: 50, after: $after, sort: { field: CODE, direction: ASC }) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes {
      id code name phase lifeEvent startDate endDate version
      owner { id name } ministry { id name }
      participants { role pays organisation { id name } }
    }
  }
}`;
const PEER_INITIATIVES = `query($after: Cursor) {
  allInitiatives(first: 50, after: $after, orderBy: [CODE_ASC, PRIMARY_KEY_ASC]) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes {
      rowId code name phase lifeEvent startDate endDate version
      organisationByOwnerId { rowId name } organisationByMinistryId { rowId name }
      initiativeParticipantsByInitiativeId { nodes { role pays organisationByOrganisationId { rowId name } } }
    }
  }
}`;
const GEVINST_LINES = `query($o: ID!, $y: Int!, $after: String) {
  allocations(filter: { organisationId: $o, year: $y }, first: 500, after: $after) {
    totalCount totalAmount pageInfo { hasNextPage endCursor }
    nodes { id year costCategory plannedAmount actualAmount share explanation initiative { code name } }
  }
}`;
const PEER_LINES = `query($o: UUID!, $y: Int!, $after: Cursor) {
  allAllocationLines(condition: { organisationId: $o, year: $y }, first: 500, after: $after, orderBy: PRIMARY_KEY_ASC) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes {
      rowId year costCategory plannedAmount actualAmount share explanation
      allocationRunByRunId { status initiativeByInitiativeId { code name } }
    }
  }
}`;

type PageInfo = { hasNextPage: boolean; endCursor: string | null };
type GInitiatives = {
  initiatives: {
    totalCount: number;
    pageInfo: PageInfo;
    nodes: {
      id: string;
      code: string;
      name: string;
      version: number;
      owner: { id: string };
      ministry: { id: string };
      participants: { role: string; pays: boolean; organisation: { id: string } }[];
    }[];
  };
};
type PInitiatives = {
  allInitiatives: {
    totalCount: number;
    pageInfo: PageInfo;
    nodes: {
      rowId: string;
      code: string;
      name: string;
      version: number;
      organisationByOwnerId: { rowId: string };
      organisationByMinistryId: { rowId: string };
      initiativeParticipantsByInitiativeId: {
        nodes: { role: string; pays: boolean; organisationByOrganisationId: { rowId: string } }[];
      };
    }[];
  };
};
type GLines = {
  allocations: {
    totalCount: number;
    totalAmount: string;
    pageInfo: PageInfo;
    nodes: { id: string; plannedAmount: string; actualAmount: string | null; initiative: { code: string } }[];
  };
};
type PLines = {
  allAllocationLines: {
    totalCount: number;
    pageInfo: PageInfo;
    nodes: {
      rowId: string;
      plannedAmount: string;
      actualAmount: string | null;
      allocationRunByRunId: { status: string; initiativeByInitiativeId: { code: string } };
    }[];
  };
};

/** An initiatives page as comparable text: ids, codes, names, versions, owner, ministry, participants (sorted). */
function gevinstPage(data: GInitiatives): string {
  return JSON.stringify(
    data.initiatives.nodes.map((n) => [
      n.id,
      n.code,
      n.name,
      n.version,
      n.owner.id,
      n.ministry.id,
      n.participants.map((p) => `${p.organisation.id}:${p.role}:${p.pays}`).sort(),
    ]),
  );
}
function peerPage(data: PInitiatives): string {
  return JSON.stringify(
    data.allInitiatives.nodes.map((n) => [
      n.rowId,
      n.code,
      n.name,
      n.version,
      n.organisationByOwnerId.rowId,
      n.organisationByMinistryId.rowId,
      n.initiativeParticipantsByInitiativeId.nodes
        .map((p) => `${p.organisationByOrganisationId.rowId}:${p.role}:${p.pays}`)
        .sort(),
    ]),
  );
}

/** Sums amounts in øre (exact: no float). */
function sumOre(amounts: string[]): bigint {
  return amounts.reduce((sum, amount) => {
    const [kroner, ore = ''] = amount.split('.');
    const sign = kroner.startsWith('-') ? -1n : 1n;
    return sum + sign * (BigInt(kroner.replace('-', '')) * 100n + BigInt(ore.padEnd(2, '0').slice(0, 2)));
  }, 0n);
}

// ---------------------------------------------------------------------------------------------------------
// 1. Identical data

console.log('\nChecking the answers carry the same data …');
// Every initiatives page, walked by cursor on both sides.
const gevinstCursors: (string | null)[] = [null];
const peerCursors: (string | null)[] = [null];
for (let page = 0; ; page++) {
  const g = await gql<GInitiatives>(gevinst.url, GEVINST_INITIATIVES, { after: gevinstCursors[page] }, token);
  const p = await gql<PInitiatives>(peer.url, PEER_INITIATIVES, { after: peerCursors[page] });
  if (g.data.initiatives.totalCount !== p.data.allInitiatives.totalCount)
    fail(
      `initiatives: totalCount ${g.data.initiatives.totalCount} against ${p.data.allInitiatives.totalCount}`,
    );
  if (gevinstPage(g.data) !== peerPage(p.data)) fail(`initiatives page ${page + 1}: the answers differ`);
  if (!g.data.initiatives.pageInfo.hasNextPage) break;
  gevinstCursors.push(g.data.initiatives.pageInfo.endCursor);
  peerCursors.push(p.data.allInitiatives.pageInfo.endCursor);
}
const pages = gevinstCursors.length;
console.log(
  `  initiatives: ${pages} pages of 50 identical (ids, codes, names, versions, owner, ministry, participants)`,
);
// The allocation lines, read to the end on both sides: the current ones and their sum.
async function allLines<T>(
  read: (after: string | null) => Promise<T>,
  info: (t: T) => PageInfo,
): Promise<T[]> {
  const pagesRead: T[] = [];
  let after: string | null = null;
  for (;;) {
    const page = await read(after);
    pagesRead.push(page);
    if (!info(page).hasNextPage) return pagesRead;
    after = info(page).endCursor;
  }
}
const vars = { o: busiest.id, y: ALLOCATION_YEAR };
const gLines = await allLines(
  async (after) => (await gql<GLines>(gevinst.url, GEVINST_LINES, { ...vars, after }, token)).data,
  (d) => d.allocations.pageInfo,
);
const pLines = await allLines(
  async (after) => (await gql<PLines>(peer.url, PEER_LINES, { ...vars, after })).data,
  (d) => d.allAllocationLines.pageInfo,
);
const gSet = gLines
  .flatMap((d) => d.allocations.nodes)
  .map((n) => `${n.id}:${n.plannedAmount}:${n.actualAmount}:${n.initiative.code}`)
  .sort();
const pCurrent = pLines
  .flatMap((d) => d.allAllocationLines.nodes)
  .filter((n) => n.allocationRunByRunId.status === 'CURRENT');
const pSet = pCurrent
  .map(
    (n) =>
      `${n.rowId}:${n.plannedAmount}:${n.actualAmount}:${n.allocationRunByRunId.initiativeByInitiativeId.code}`,
  )
  .sort();
if (JSON.stringify(gSet) !== JSON.stringify(pSet))
  fail(
    `allocation lines of ${busiest.name}: the current lines differ (${gSet.length} against ${pSet.length})`,
  );
const peerSum = sumOre(pCurrent.map((n) => n.plannedAmount));
if (sumOre([gLines[0].allocations.totalAmount]) !== peerSum)
  fail(
    `allocation lines: totalAmount ${gLines[0].allocations.totalAmount} against the lines' sum ${peerSum} øre`,
  );
console.log(
  `  allocation lines of ${busiest.name} ${ALLOCATION_YEAR}: ${gSet.length} current lines identical (id, amounts, initiative), ` +
    `sum ${gLines[0].allocations.totalAmount} NOK on both sides (PostGraphile's pages also hold ` +
    `${pLines[0].allAllocationLines.totalCount - pSet.length} superseded lines)`,
);

// ---------------------------------------------------------------------------------------------------------
// 2. The two list requests, alternately

interface Row {
  request: string;
  gevinst: Summary;
  peer: Summary;
  statements: string;
  gevinstCpu: number;
  peerCpu: number;
  load: string;
}
const rows: Row[] = [];

async function alternate(
  request: string,
  gevinstCall: (i: number) => Promise<Reply<unknown>>,
  peerCall: (i: number) => Promise<Reply<unknown>>,
): Promise<void> {
  for (let i = 0; i < 5; i++) {
    await gevinstCall(i);
    await peerCall(i);
  }
  const g: number[] = [];
  const p: number[] = [];
  const counts = new Set<number>();
  let gCpu = 0;
  let pCpu = 0;
  for (let i = 0; i < ROUNDS; i++) {
    // Alternating, each one first every other round.
    const order = i % 2 ? ([gevinstCall, peerCall] as const) : ([peerCall, gevinstCall] as const);
    for (const call of order) {
      const pid = call === gevinstCall ? gevinst.pid : peer.pid;
      const before = cpuMs(pid);
      const reply = await call(i);
      const used = cpuMs(pid) - before;
      if (call === gevinstCall) {
        g.push(reply.ms);
        counts.add(reply.queryCount);
        gCpu += used;
      } else {
        p.push(reply.ms);
        pCpu += used;
      }
    }
  }
  rows.push({
    request,
    gevinst: summarise(g),
    peer: summarise(p),
    statements: [...counts].sort((a, b) => a - b).join(', '),
    gevinstCpu: gCpu / ROUNDS,
    peerCpu: pCpu / ROUNDS,
    load: loadAverage(),
  });
}

console.log(`\nThe list requests, ${ROUNDS} of each alternately …`);
await alternate(
  'initiatives, 50 a page (cursor)',
  (i) => gql(gevinst.url, GEVINST_INITIATIVES, { after: gevinstCursors[i % pages] }, token),
  (i) => gql(peer.url, PEER_INITIATIVES, { after: peerCursors[i % pages] }),
);
await alternate(
  `allocation lines of ${busiest.name} ${ALLOCATION_YEAR}, first 500`,
  () => gql(gevinst.url, GEVINST_LINES, { ...vars, after: null }, token),
  () => gql(peer.url, PEER_LINES, { ...vars, after: null }),
);

// ---------------------------------------------------------------------------------------------------------
// 3. 50 clients on the initiatives page, one server at a time

async function load(server: Server, call: (i: number) => Promise<Reply<unknown>>) {
  const samples: number[] = [];
  let errors = 0;
  const cpuBefore = cpuMs(server.pid);
  const started = performance.now();
  const until = started + LOAD_SECONDS * 1000;
  await Promise.all(
    Array.from({ length: LOAD_CLIENTS }, async (_, client) => {
      for (let i = client; performance.now() < until; i += LOAD_CLIENTS) {
        try {
          samples.push((await call(i)).ms);
        } catch {
          errors++;
        }
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return {
    perSecond: samples.length / seconds,
    summary: summarise(samples),
    errors,
    cpuPerRequest: (cpuMs(server.pid) - cpuBefore) / Math.max(1, samples.length),
    load: loadAverage(),
  };
}

console.log(`\n${LOAD_CLIENTS} clients × ${LOAD_SECONDS} s on the initiatives page, each server in turn …`);
const gLoad = await load(gevinst, (i) =>
  gql(gevinst.url, GEVINST_INITIATIVES, { after: gevinstCursors[i % pages] }, token),
);
const pLoad = await load(peer, (i) => gql(peer.url, PEER_INITIATIVES, { after: peerCursors[i % pages] }));
// And Gevinst as `npm start` runs it on a PostgreSQL server: one process per core (WEB_CONCURRENCY's
// default), against the same one-process PostGraphile figures. The one-process servers are stopped first.
await gevinst.stop();
const cores = os.cpus().length;
const everyCore = await startGevinst(cores);
const everyCoreToken = await signIn(everyCore);
await untilIdle(() => cpuMs(everyCore.pid));
for (let i = 0; i < 20; i++)
  await gql(everyCore.url, GEVINST_INITIATIVES, { after: gevinstCursors[i % pages] }, everyCoreToken);
const cLoad = await load(everyCore, (i) =>
  gql(everyCore.url, GEVINST_INITIATIVES, { after: gevinstCursors[i % pages] }, everyCoreToken),
);
await everyCore.stop();

// ---------------------------------------------------------------------------------------------------------
// Report

const ms = (s: Summary) => `${s.median.toFixed(1)} / ${s.p95.toFixed(1)}`;
console.log(
  `\n| request | Gevinst median / p95 ms | PostGraphile median / p95 ms | Gevinst / PostGraphile (median) | Gevinst SQL statements | CPU ms per request (Gevinst / PostGraphile) | load average |`,
);
console.log('| --- | --- | --- | --- | --- | --- | --- |');
for (const row of rows)
  console.log(
    `| ${row.request} | ${ms(row.gevinst)} | ${ms(row.peer)} | ${(row.gevinst.median / row.peer.median).toFixed(2)} | ${row.statements} | ${row.gevinstCpu.toFixed(1)} / ${row.peerCpu.toFixed(1)} | ${row.load} |`,
  );
console.log(
  `| ${LOAD_CLIENTS} clients × ${LOAD_SECONDS} s, initiatives page | ${gLoad.perSecond.toFixed(1)} req/s (median ${ms(gLoad.summary)} ms, ${gLoad.errors} errors) | ` +
    `${pLoad.perSecond.toFixed(1)} req/s (median ${ms(pLoad.summary)} ms, ${pLoad.errors} errors) | ` +
    `${(gLoad.perSecond / pLoad.perSecond).toFixed(2)} (throughput) | | ${gLoad.cpuPerRequest.toFixed(1)} / ${pLoad.cpuPerRequest.toFixed(1)} | ${gLoad.load} / ${pLoad.load} |`,
);

console.log(
  `| ${LOAD_CLIENTS} clients × ${LOAD_SECONDS} s, initiatives page, Gevinst with ${cores} processes (npm start's default here) | ${cLoad.perSecond.toFixed(1)} req/s (median ${ms(cLoad.summary)} ms, ${cLoad.errors} errors) | ` +
    `${pLoad.perSecond.toFixed(1)} req/s (one process, above) | ${(cLoad.perSecond / pLoad.perSecond).toFixed(2)} (throughput) | | ${cLoad.cpuPerRequest.toFixed(1)} / ${pLoad.cpuPerRequest.toFixed(1)} | ${cLoad.load} |`,
);

await peer.stop();
await db.end();
