#!/usr/bin/env node
// What recording deprecated-field usage costs (docs/performance.md, "Recording deprecated-field usage").
// Needs the built API: `NX_DAEMON=false npx nx run api:build`.
//
//   node tools/bench-deprecated-usage.mjs micro
//     The plugin's own work per request, in this process, on the committed schema: a repeated clean
//     document (a cache hit), a repeated document with a deprecated field and a deprecated argument in a
//     variable (cache hit, the variables looked at, counted in the real recorder's buffer), and the first
//     analysis of a document (a cache miss). Three runs of 200 000 requests.
//
//   node tools/bench-deprecated-usage.mjs http <port> <on|off> [seconds=10] [concurrency=4]
//     Starts dist/apps/api/main.js on <port> (PGlite in memory, demo data, the request budget raised) with
//     DEPRECATED_USAGE_RECORDING on or off, creates an API token, and sends one simple query with a
//     deprecated argument from <concurrency> clients for <seconds> after 3 s of warm-up: requests/s and the
//     API process's CPU per request (GEVINST_PROCESS_COUNTERS), with the load average.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = process.cwd();
const dist = (path) => pathToFileURL(resolve(ROOT, 'dist/apps/api', path)).href;
const [mode, ...args] = process.argv.slice(2);

async function micro() {
  const { buildSchema, parse } = await import('graphql');
  const { deprecatedUsagePlugin } = await import(dist('deprecated-usage/deprecated-usage.plugin.js'));
  const { analyseDocument } = await import(dist('deprecated-usage/deprecated-usage.analysis.js'));
  const { DeprecatedUsageRecorder } = await import(dist('deprecated-usage/deprecated-usage.recorder.js'));
  const schema = buildSchema(readFileSync(resolve(ROOT, 'apps/api/src/schema.gql'), 'utf8'));
  // The real recorder (its buffer); nothing is flushed here, so its repository is never called.
  const recorder = new DeprecatedUsageRecorder(
    {},
    { deprecatedUsage: { flushSeconds: 30, retentionDays: 400 } },
  );
  const plugin = deprecatedUsagePlugin(recorder);
  const actor = { kind: 'API_TOKEN', tokenId: 't', userId: 'u' };
  const documents = {
    clean: 'query Simple { me { id name } apiTokens(filter: { search: "x" }) { totalCount } }',
    deprecated:
      'query Old($s: String) { organisationPositions(limit: 5) { nodes { paidNok paidAmount } } apiTokens(search: $s) { totalCount } }',
  };
  const perRequest = async (name, n) => {
    const document = parse(documents[name]);
    const operation = document.definitions[0];
    const start = process.hrtime.bigint();
    for (let i = 0; i < n; i++) {
      const listener = await plugin.requestDidStart({ contextValue: { req: { actor } } });
      await listener.executionDidStart({
        document,
        queryHash: name,
        schema,
        operation,
        request: { variables: { s: 'x' } },
      });
    }
    return Number(process.hrtime.bigint() - start) / n / 1000;
  };
  for (const run of [1, 2, 3]) {
    const clean = await perRequest('clean', 200_000);
    const deprecated = await perRequest('deprecated', 200_000);
    const start = process.hrtime.bigint();
    for (let i = 0; i < 200; i++) analyseDocument(schema, parse(documents.deprecated));
    const miss = Number(process.hrtime.bigint() - start) / 200 / 1000;
    console.log(
      JSON.stringify({
        run,
        cleanHitMicros: +clean.toFixed(2),
        deprecatedHitMicros: +deprecated.toFixed(2),
        firstAnalysisMicros: +miss.toFixed(1),
        buffered: recorder.buffered,
        load1: os.loadavg()[0].toFixed(2),
      }),
    );
  }
}

async function http([port, onOff, seconds = '10', concurrency = '4']) {
  if (!port || !['on', 'off'].includes(onOff))
    throw new Error('usage: http <port> <on|off> [seconds] [concurrency]');
  const url = `http://127.0.0.1:${port}`;
  const wait = (ms) => new Promise((done) => setTimeout(done, ms));
  const gql = async (query, variables, token) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return response.json();
  };
  const child = spawn('node', ['dist/apps/api/main.js'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: port,
      PGLITE_DIR: 'memory://',
      GEVINST_PROCESS_COUNTERS: 'true',
      REQUEST_BUDGET_LIMIT: '1000000',
      DEPRECATED_USAGE_RECORDING: onOff === 'on' ? 'true' : 'false',
      LOG_LEVEL: 'warn',
    },
    stdio: 'ignore',
  });
  try {
    for (let i = 0; i < 240; i++) {
      try {
        if ((await fetch(`${url}/health`)).ok) break;
      } catch {
        // not listening yet
      }
      await wait(500);
    }
    const login = await gql(
      `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`,
      {
        e: 'admin@demo.gevinst.no',
        p: 'Gevinst-demo-2026',
      },
    );
    const created = await gql(
      `mutation($i: CreateApiTokenInput!) { createApiToken(input: $i) { secret } }`,
      { i: { name: 'bench', scopes: ['READ'], expiresAt: new Date(Date.now() + 86_400_000).toISOString() } },
      login.data.login.token,
    );
    const token = created.data.createApiToken.secret;
    const query = 'query SimpleOld { me { id name } apiTokens(search: "x") { totalCount } }';
    const first = await gql(query, {}, token);
    if (first.errors) throw new Error(JSON.stringify(first.errors));
    const loop = async (until) => {
      let n = 0;
      for (; Date.now() < until; n++) await gql(query, {}, token);
      return n;
    };
    const run = async (ms) =>
      (await Promise.all(Array.from({ length: Number(concurrency) }, () => loop(Date.now() + ms)))).reduce(
        (a, b) => a + b,
        0,
      );
    await run(3_000);
    const counters = async () => (await fetch(`${url}/internal/process-counters`)).json();
    const before = await counters();
    const started = Date.now();
    const requests = await run(Number(seconds) * 1000);
    const elapsed = (Date.now() - started) / 1000;
    const after = await counters();
    console.log(
      JSON.stringify({
        recording: onOff,
        requests,
        requestsPerSecond: +(requests / elapsed).toFixed(1),
        cpuMicrosPerRequest: Math.round((after.cpuMicros - before.cpuMicros) / requests),
        load1: os.loadavg()[0].toFixed(2),
      }),
    );
  } finally {
    child.kill('SIGTERM');
    await wait(1_500);
  }
}

if (mode === 'micro') await micro();
else if (mode === 'http') await http(args);
else {
  console.error(
    'usage: node tools/bench-deprecated-usage.mjs micro | http <port> <on|off> [seconds] [concurrency]',
  );
  process.exit(2);
}
