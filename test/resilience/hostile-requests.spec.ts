/**
 * 1,000 malformed or hostile requests: wrong types, huge strings, deep and wide queries, unknown fields,
 * injection attempts in filters and export parameters, broken HTTP. Every one must get a clear 4xx or a
 * GraphQL error with a code (never a 500, never INTERNAL_SERVER_ERROR), and the database must be unchanged.
 */
import { type ApiProcess, createDatabase, gql, login, query, startApi } from './support/api-process';

interface Attempt {
  name: string;
  send(): Promise<Response>;
}

/** A small deterministic generator, so a failure can be reproduced. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const INJECTIONS = [
  `' OR 1=1 --`,
  `'; DROP TABLE organisations; --`,
  `" OR ""="`,
  `0301' UNION SELECT password_hash FROM users --`,
  `%' AND pg_sleep(5) IS NULL AND '%'='`,
  `\\'; TRUNCATE audit_events; --`,
  `$1; DELETE FROM users`,
  `../../../../etc/passwd`,
  `<script>alert(1)</script>`,
  `{"$ne": null}`,
  `\u0000`,
  `🦆`.repeat(50),
];

describe('hostile and malformed requests', () => {
  let db: { url: string; drop(): Promise<void> };
  let api: ApiProcess;
  let token: string;
  let ids: { organisation: string; initiative: string };

  beforeAll(async () => {
    db = await createDatabase();
    api = await startApi(db.url);
    token = await login(api.url);
    const org = (await gql(api.url, token, `{ organisationByOrgNumber(orgNumber: "958935420") { id } }`)).data
      .organisationByOrgNumber.id as string;
    const kdd = (await gql(api.url, token, `{ organisationByOrgNumber(orgNumber: "972417858") { id } }`)).data
      .organisationByOrgNumber.id as string;
    const initiative = await gql(
      api.url,
      token,
      `mutation($i: CreateInitiativeInput!) { createInitiative(input: $i) { id } }`,
      {
        i: { code: 'HOSTILE', name: 'Mål', ownerId: org, ministryId: kdd },
      },
    );
    ids = { organisation: org, initiative: initiative.data.createInitiative.id };
  });

  afterAll(async () => {
    await api?.stop();
    await db?.drop();
  });

  const snapshot = () =>
    query(
      db.url,
      `SELECT
         (SELECT count(*) FROM organisations) AS organisations,
         (SELECT md5(string_agg(id::text || name || version, ',' ORDER BY id)) FROM organisations) AS organisations_hash,
         (SELECT count(*) FROM organisation_populations) AS populations,
         (SELECT count(*) FROM initiatives) AS initiatives,
         (SELECT md5(string_agg(id::text || name || version, ',' ORDER BY id)) FROM initiatives) AS initiatives_hash,
         (SELECT count(*) FROM initiative_participants) AS participants,
         (SELECT count(*) FROM cost_items) AS cost_items,
         (SELECT count(*) FROM cost_sharing_keys) AS keys,
         (SELECT count(*) FROM allocation_runs) AS runs,
         (SELECT count(*) FROM users) AS users,
         (SELECT count(*) FROM api_tokens) AS tokens,
         (SELECT count(*) FROM audit_events) AS audit_events`,
    );

  it('answers each of 1,000 with a clear client error and changes nothing', async () => {
    const before = await snapshot();
    const next = random(42);
    const pick = <T>(list: T[]): T => list[Math.floor(next() * list.length)];
    const auth = { authorization: `Bearer ${token}` };
    const post = (body: string, headers: Record<string, string> = {}) =>
      fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...auth, ...headers },
        body,
      });
    const graphql = (query: string, variables?: unknown, headers?: Record<string, string>) =>
      post(JSON.stringify({ query, variables }), headers);
    const deep = (levels: number) => {
      let q = 'id';
      for (let i = 0; i < levels; i++) q = `parent { ${q} }`;
      return `{ organisations(limit: 1) { nodes { ${q} } } }`;
    };

    const generators: ((i: number) => Attempt)[] = [
      (i) => ({
        name: `wrong type for limit #${i}`,
        send: () =>
          graphql(`{ organisations(limit: "${pick(INJECTIONS).replace(/["\\]/g, '')}") { totalCount } }`),
      }),
      (i) => ({
        name: `wrong variable types #${i}`,
        send: () =>
          graphql(
            `
              query ($l: Int!) {
                organisations(limit: $l) {
                  totalCount
                }
              }
            `,
            { l: pick(['x', 1.5, true, [1], { a: 1 }, null, 2 ** 40]) },
          ),
      }),
      (i) => ({
        name: `injection in search #${i}`,
        send: () =>
          graphql(
            `
              query ($s: String) {
                organisations(filter: { search: $s }) {
                  totalCount
                  nodes {
                    name
                  }
                }
              }
            `,
            { s: pick(INJECTIONS) },
          ),
      }),
      (i) => ({
        name: `injection in county filter #${i}`,
        send: () =>
          graphql(
            `
              query ($c: String) {
                organisations(filter: { countyNumber: $c }) {
                  totalCount
                }
              }
            `,
            { c: pick(INJECTIONS) },
          ),
      }),
      (i) => ({
        name: `injection in ids #${i}`,
        send: () =>
          graphql(
            `
              query ($id: ID!) {
                organisation(id: $id) {
                  name
                }
                initiative(id: $id) {
                  name
                }
              }
            `,
            { id: pick(INJECTIONS) },
          ),
      }),
      (i) => ({
        name: `injection in initiative filter #${i}`,
        send: () =>
          graphql(
            `query($o: ID) { initiatives(filter: { ownerId: $o, search: "${pick(['x', '%', '_'])}" }) { totalCount } }`,
            { o: pick(INJECTIONS) },
          ),
      }),
      (i) => ({
        name: `injection in allocation filter #${i}`,
        send: () =>
          graphql(
            `query($r: ID) { allocations(filter: { runId: $r, year: ${pick([-1, 0, 99999, 2024])} }) { totalCount } }`,
            { r: pick(INJECTIONS) },
          ),
      }),
      (i) => ({
        name: `huge string #${i}`,
        send: () =>
          graphql(
            `
              query ($s: String) {
                organisations(filter: { search: $s }) {
                  totalCount
                }
              }
            `,
            { s: 'x'.repeat(pick([201, 10_000, 100_000, 900_000])) },
          ),
      }),
      (i) => ({
        name: `body above the limit #${i}`,
        send: () =>
          graphql(
            `
              {
                me {
                  id
                }
              }
            `,
            { x: 'y'.repeat(1_100_000) },
          ),
      }),
      (i) => ({ name: `too deep #${i}`, send: () => graphql(deep(11 + (i % 20))) }),
      (i) => ({
        name: `too wide #${i}`,
        send: () =>
          graphql(
            `{ ${Array.from({ length: 40 }, (_, k) => `a${k}: organisations(limit: 500) { nodes { name children { name } } }`).join(' ')} }`,
          ),
      }),
      (i) => ({
        name: `unknown field #${i}`,
        send: () =>
          graphql(
            pick([
              `{ organisations { nodes { passwordHash } } }`,
              `{ users { nodes { password_hash } } }`,
              `{ secrets }`,
              `mutation { dropDatabase }`,
            ]),
          ),
      }),
      (i) => ({
        name: `invalid enum #${i}`,
        send: () =>
          graphql(
            `{ organisations(filter: { kind: [${pick(['KOMMUNE', 'municipality', '1', 'DROP'])}] }) { totalCount } }`,
          ),
      }),
      (i) => ({
        name: `limit out of range #${i}`,
        send: () =>
          graphql(
            `{ organisations(limit: ${pick([0, -1, 501, 100000])}, offset: ${pick([-5, 0])}) { totalCount } }`,
          ),
      }),
      (i) => ({
        name: `hostile organisation #${i}`,
        send: () =>
          graphql(
            `
              mutation ($i: CreateOrganisationInput!) {
                createOrganisation(input: $i) {
                  id
                }
              }
            `,
            {
              i: {
                orgNumber: pick([...INJECTIONS, '958935421', '12345678', '000000000']),
                name: pick(['', ' ', 'x'.repeat(400), ...INJECTIONS]),
                kind: 'OTHER',
              },
            },
          ),
      }),
      (i) => ({
        name: `hostile update with a wrong version #${i}`,
        send: () =>
          graphql(
            `
              mutation ($i: UpdateOrganisationInput!) {
                updateOrganisation(input: $i) {
                  id
                }
              }
            `,
            {
              i: { id: ids.organisation, version: pick([0, 99, -1]), name: pick(INJECTIONS) },
            },
          ),
      }),
      (i) => ({
        name: `hostile cost item #${i}`,
        send: () =>
          graphql(
            `
              mutation ($i: CreateCostItemInput!) {
                createCostItem(input: $i) {
                  id
                }
              }
            `,
            {
              i: {
                initiativeId: ids.initiative,
                year: pick([0, 99999, 2025]),
                category: 'OTHER',
                plannedAmount: pick([
                  '1e9999',
                  'NaN',
                  '-0.01',
                  '1.005',
                  '12,50',
                  '99999999999999999.99',
                  'Infinity',
                ]),
              },
            },
          ),
      }),
      (i) => ({
        name: `hostile key spec #${i}`,
        send: () =>
          graphql(
            `
              mutation ($i: CreateCostSharingKeyInput!) {
                createCostSharingKey(input: $i) {
                  id
                }
              }
            `,
            {
              i: {
                name: 'x',
                ownerOrganisationId: ids.organisation,
                spec: pick([
                  {},
                  { method: 'DROP' },
                  { method: 'BANDS', bands: 'x' },
                  { method: 'PER_UNIT', driver: 'population', rate: '-1' },
                  { method: 'TWO_LEVEL', groups: [{ group: 'A', percent: '150', key: { method: 'EQUAL' } }] },
                ]),
              },
            },
          ),
      }),
      (i) => ({
        name: `hostile preview #${i}`,
        send: () =>
          graphql(
            `query($s: JSONObject) { previewAllocation(initiativeId: "${ids.initiative}", year: 2025, spec: $s, total: "100.00") { total } }`,
            { s: { method: 'PROPORTIONAL', driver: pick(INJECTIONS) } },
          ),
      }),
      (i) => ({
        name: `export with hostile parameters #${i}`,
        send: () =>
          fetch(
            `${api.url}/api/exports/allocations.${pick(['csv', 'xlsx'])}?${pick([`year=${encodeURIComponent(pick(INJECTIONS))}`, `organisationId=${encodeURIComponent(pick(INJECTIONS))}`, 'dialect=xx', `runId=${encodeURIComponent(pick(INJECTIONS))}`, 'year=20244', 'limit=-1&unknown=1'])}`,
            { headers: auth },
          ),
      }),
      (i) => ({
        name: `export without credentials #${i}`,
        send: () => fetch(`${api.url}/api/exports/allocations.csv?year=2024`),
      }),
      (i) => ({
        name: `invalid JSON #${i}`,
        send: () =>
          post(
            pick([
              '{',
              '{"query": ',
              'null',
              '[]',
              '"x"',
              '{"query": 5}',
              '{"query": "{ me { id }", "variables": "x"}',
            ]),
          ),
      }),
      (i) => ({
        name: `wrong content type #${i}`,
        send: () =>
          post(JSON.stringify({ query: '{ me { id } }' }), {
            'content-type': pick(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data']),
          }),
      }),
      (i) => ({
        name: `mutation over GET #${i}`,
        send: () =>
          fetch(`${api.url}/graphql?query=${encodeURIComponent('mutation { logout }')}`, {
            headers: { ...auth, 'apollo-require-preflight': 'true' },
          }),
      }),
      (i) => ({
        name: `batched operations #${i}`,
        send: () => post(JSON.stringify([{ query: '{ me { id } }' }, { query: '{ me { id } }' }])),
      }),
      (i) => ({
        name: `anonymous introspection #${i}`,
        send: () =>
          fetch(`${api.url}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query: '{ __schema { types { name } } }' }),
          }),
      }),
      (i) => ({
        name: `forged token #${i}`,
        send: () =>
          graphql(
            `
              {
                me {
                  id
                }
              }
            `,
            undefined,
            {
              authorization: pick([
                'Bearer gvs_forged',
                'Bearer gvt_' + 'a'.repeat(43),
                'Basic YWRtaW46YWRtaW4=',
                'Bearer ' + encodeURIComponent(pick(INJECTIONS)),
              ]),
            },
          ),
      }),
      (i) => ({
        name: `unknown operation name #${i}`,
        send: () =>
          post(
            JSON.stringify({
              query: 'query A { me { id } } query B { me { id } }',
              operationName: pick(['C', '', null]),
            }),
          ),
      }),
      (i) => ({
        name: `hostile login #${i}`,
        send: () =>
          graphql(
            `
              mutation ($e: String!, $p: String!) {
                login(email: $e, password: $p) {
                  token
                }
              }
            `,
            { e: pick(INJECTIONS), p: 'x'.repeat(pick([1, 300])) },
            { authorization: '' },
          ),
      }),
    ];

    const failures: string[] = [];
    for (let i = 0; i < 1000; i++) {
      const attempt = generators[i % generators.length](i);
      let res: Response;
      try {
        res = await attempt.send();
      } catch (error) {
        failures.push(`${attempt.name}: no answer (${(error as Error).message})`);
        continue;
      }
      const text = await res.text();
      if (res.status >= 500) failures.push(`${attempt.name}: HTTP ${res.status} ${text.slice(0, 200)}`);
      else if (/INTERNAL_SERVER_ERROR/.test(text))
        failures.push(`${attempt.name}: INTERNAL_SERVER_ERROR ${text.slice(0, 300)}`);
      else if (res.status === 200 && res.headers.get('content-type')?.includes('json')) {
        const body = JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] };
        if (body.errors?.some((e) => !e.extensions?.code))
          failures.push(`${attempt.name}: an error without a code ${text.slice(0, 200)}`);
      }
    }
    expect(failures).toEqual([]);
    expect(await snapshot()).toEqual(before);
    expect((await fetch(`${api.url}/health`)).status).toBe(200);
  });
});
