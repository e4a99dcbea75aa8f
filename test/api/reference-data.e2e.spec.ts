import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SeedService } from '../../apps/api/src/database/seed/seed.service.js';
import { printSortedSchema } from '../../apps/api/src/graphql/print-schema.js';
import { type TestApp, errorCode, startTestApp } from './support/test-app.js';

describe('reference data, seeding and health', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const count = async (filter: string) =>
    (await t.gql(`{ organisations(filter: ${filter}, limit: 1) { totalCount } }`)).data.organisations
      .totalCount;

  it('seeds every municipality, county, county authority, state body and KS', async () => {
    expect(await count('{ kind: [MUNICIPALITY] }')).toBe(357);
    expect(await count('{ kind: [COUNTY_AUTHORITY] }')).toBe(14);
    expect(await count('{ kind: [MINISTRY, STATE_AGENCY, STATE_ADMINISTRATOR] }')).toBe(94);
    expect(await count('{ kind: [MINISTRY] }')).toBe(17);
    expect(await count('{ kind: [STATE_ADMINISTRATOR] }')).toBe(10);
    expect(await count('{ kind: [KS] }')).toBe(1);
    const counties = await t.gql('{ counties { number name population(year: 2024) authority { name } } }');
    expect(counties.data.counties).toHaveLength(15);
    // Oslo is a county without a county authority: Oslo kommune performs the county tasks.
    expect(counties.data.counties.find((c: any) => c.number === '03')).toEqual({
      number: '03',
      name: 'Oslo',
      population: 717710,
      authority: null,
    });
    const total = counties.data.counties.reduce((sum: number, c: any) => sum + c.population, 0);
    expect(total).toBe(5_550_203); // Norway on 1 January 2024 (SSB)
  });

  it('reports Oslo (958935420) with population 717 710 for 2024', async () => {
    const res = await t.gql(`{ organisationByOrgNumber(orgNumber: "958935420") {
      name kind administrativeLevel municipalityNumber countyNumber population(year: 2024) latest: population
      populations { year value } } }`);
    expect(res.data.organisationByOrgNumber).toEqual({
      name: 'Oslo',
      kind: 'MUNICIPALITY',
      administrativeLevel: 'LOCAL',
      municipalityNumber: '0301',
      countyNumber: '03',
      population: 717710,
      latest: 717710,
      populations: [{ year: 2024, value: 717710 }],
    });
  });

  it('links Digitaliseringsdirektoratet to its ministry', async () => {
    const res = await t.gql(
      `{ organisationByOrgNumber(orgNumber: "991825827") { name parent { name children { name } } } }`,
    );
    expect(res.data.organisationByOrgNumber.parent.name).toBe(
      'Digitaliserings- og forvaltningsdepartementet',
    );
    expect(res.data.organisationByOrgNumber.parent.children.map((c: any) => c.name)).toContain(
      'Digitaliseringsdirektoratet',
    );
  });

  it('filters by level, county, parent and free text, and sorts by population', async () => {
    expect(await count('{ administrativeLevel: REGIONAL }')).toBe(24); // 14 county authorities + 10 state administrators
    expect(await count('{ countyNumber: "46", kind: [MUNICIPALITY] }')).toBe(43); // Vestland
    const bergen = await t.gql(`{ organisations(filter: { search: "4601" }) { nodes { name } } }`);
    expect(bergen.data.organisations.nodes).toEqual([{ name: 'Bergen' }]);
    const byNumber = await t.gql(`{ organisations(filter: { search: "971032146" }) { nodes { kind } } }`);
    expect(byNumber.data.organisations.nodes).toEqual([{ kind: 'KS' }]);
    const largest = await t.gql(
      `{ organisations(filter: { kind: [MUNICIPALITY] }, sort: { field: POPULATION, direction: DESC }, limit: 3) { nodes { name population } } }`,
    );
    expect(largest.data.organisations.nodes).toEqual([
      { name: 'Oslo', population: 717710 },
      { name: 'Bergen', population: 291940 },
      { name: 'Trondheim', population: 214565 },
    ]);
    const wildcard = await t.gql(`{ organisations(filter: { search: "%" }) { totalCount } }`);
    expect(wildcard.data.organisations.totalCount).toBe(0);
  });

  it('paginates with a capped limit', async () => {
    const page1 = await t.gql(
      `{ organisations(filter: { kind: [MUNICIPALITY] }, limit: 10) { totalCount nodes { id } } }`,
    );
    const page2 = await t.gql(
      `{ organisations(filter: { kind: [MUNICIPALITY] }, offset: 10, limit: 10) { nodes { id } } }`,
    );
    expect(page1.data.organisations.nodes).toHaveLength(10);
    const ids = new Set(
      [...page1.data.organisations.nodes, ...page2.data.organisations.nodes].map((n: any) => n.id),
    );
    expect(ids.size).toBe(20);
    const tooMany = await t.gql(`{ organisations(limit: 501) { totalCount } }`);
    expect(errorCode(tooMany)).toBe('BAD_USER_INPUT');
    expect(tooMany.errors![0].message).toMatch(/limit/);
    expect(errorCode(await t.gql(`{ organisations(offset: -1) { totalCount } }`))).toBe('BAD_USER_INPUT');
  });

  it('re-running the seed adds nothing and keeps user edits', async () => {
    const oslo = (await t.gql(`{ organisationByOrgNumber(orgNumber: "958935420") { id version } }`)).data
      .organisationByOrgNumber;
    const renamed = await t.gql(
      `mutation($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { name version } }`,
      { input: { id: oslo.id, version: oslo.version, name: 'Oslo kommune' } },
    );
    expect(renamed.data.updateOrganisation).toEqual({ name: 'Oslo kommune', version: oslo.version + 1 });
    const before = await t.db.query(
      `SELECT (SELECT count(*) FROM organisations) AS o, (SELECT count(*) FROM organisation_populations) AS p,
              (SELECT count(*) FROM initiatives) AS i, (SELECT count(*) FROM initiative_participants) AS ip`,
    );
    await t.app.get(SeedService).run();
    const after = await t.db.query(
      `SELECT (SELECT count(*) FROM organisations) AS o, (SELECT count(*) FROM organisation_populations) AS p,
              (SELECT count(*) FROM initiatives) AS i, (SELECT count(*) FROM initiative_participants) AS ip`,
    );
    expect(after).toEqual(before);
    const again = await t.gql(`{ organisationByOrgNumber(orgNumber: "958935420") { name } }`);
    expect(again.data.organisationByOrgNumber.name).toBe('Oslo kommune');
  });

  it('names state bodies in ordinary casing and links every agency to its ministry (parent_ministry_org_number)', async () => {
    const capitals: { name: string }[] = await t.db.query(
      `SELECT name FROM organisations WHERE kind IN ('MINISTRY', 'STATE_AGENCY', 'STATE_ADMINISTRATOR')
         AND name = upper(name) AND name ~ '[A-ZÆØÅ]{4}'`,
    );
    expect(capitals).toEqual([]); // was 21 (ADVOKATTILSYNET, HELFO, …)
    const helfo = await t.gql(`{ organisationByOrgNumber(orgNumber: "986965610") { name parent { name } } }`);
    expect(helfo.data.organisationByOrgNumber).toEqual({
      name: 'Helfo',
      parent: { name: 'Helse- og omsorgsdepartementet' },
    });
    // data/reference/state_bodies.csv: 76 of 94 rows have a parent ministry (17 ministries and
    // Riksrevisjonen have none); every one is linked, to a ministry.
    const links: { child_kind: string; parent_kind: string; n: string }[] = await t.db.query(
      `SELECT c.kind AS child_kind, p.kind AS parent_kind, count(*)::text AS n
         FROM organisations c JOIN organisations p ON p.id = c.parent_id
        WHERE c.kind IN ('STATE_AGENCY', 'STATE_ADMINISTRATOR') GROUP BY 1, 2 ORDER BY 1, 2`,
    );
    expect(links).toEqual([
      { child_kind: 'STATE_ADMINISTRATOR', parent_kind: 'MINISTRY', n: '10' },
      { child_kind: 'STATE_AGENCY', parent_kind: 'MINISTRY', n: '66' },
    ]);
    // The ministry filter of the organisations: Kommunal- og distriktsdepartementet's agencies and the
    // ten state administrators.
    const kdd = (await t.gql(`{ organisationByOrgNumber(orgNumber: "972417858") { id } }`)).data
      .organisationByOrgNumber.id;
    const underKdd = await t.gql(
      `query($id: ID!) { organisations(filter: { parentId: $id }, limit: 100) { nodes { name kind } } }`,
      { id: kdd },
    );
    const names = underKdd.data.organisations.nodes.map((n: any) => n.name);
    expect(names).toContain('Direktoratet for byggkvalitet (DiBK)');
    expect(
      underKdd.data.organisations.nodes.filter((n: any) => n.kind === 'STATE_ADMINISTRATOR'),
    ).toHaveLength(10);
  });

  it('refreshes an older database: register capitals become the reference name, agencies get their ministry, edits stay', async () => {
    // As the reference data before issue 17 left it: capitals, no parent.
    await t.db.query(
      `UPDATE organisations SET name = 'HAVINDUSTRITILSYNET', parent_id = NULL WHERE org_number = '986174613'`,
    );
    await t.db.query(`UPDATE organisations SET parent_id = NULL WHERE org_number = '986965610'`);
    // Edited by a user: a name that is not the register's capitals, and a parent of the user's choice.
    const digdir = (await t.gql(`{ organisationByOrgNumber(orgNumber: "991825827") { id } }`)).data
      .organisationByOrgNumber.id;
    await t.db.query(
      `UPDATE organisations SET name = 'Justervesenet (måleteknikk)', parent_id = $1 WHERE org_number = '874761192'`,
      [digdir],
    );
    await t.app.get(SeedService).run();
    const row = async (orgNumber: string) =>
      (await t.gql(`{ organisationByOrgNumber(orgNumber: "${orgNumber}") { name parent { name } } }`)).data
        .organisationByOrgNumber;
    expect(await row('986174613')).toEqual({
      name: 'Havindustritilsynet',
      parent: { name: 'Arbeids- og inkluderingsdepartementet' },
    });
    expect((await row('986965610')).parent).toEqual({ name: 'Helse- og omsorgsdepartementet' });
    expect(await row('874761192')).toEqual({
      name: 'Justervesenet (måleteknikk)',
      parent: { name: 'Digitaliseringsdirektoratet' },
    });
  });

  it('shows and finds a municipality as «… kommune»: a search for «Brønnøy» tells Brønnøy kommune from Brønnøysundregistrene', async () => {
    const search = async (text: string) =>
      (
        await t.gql(
          `query($s: String!) { organisations(filter: { search: $s }, sort: { field: NAME, direction: ASC }) { nodes { name displayName kind } } }`,
          { s: text },
        )
      ).data.organisations.nodes;
    expect(await search('Brønnøy')).toEqual([
      { name: 'Brønnøy', displayName: 'Brønnøy kommune', kind: 'MUNICIPALITY' },
      { name: 'Brønnøysundregistrene', displayName: 'Brønnøysundregistrene', kind: 'STATE_AGENCY' },
    ]);
    expect(await search('Brønnøy kommune')).toEqual([
      { name: 'Brønnøy', displayName: 'Brønnøy kommune', kind: 'MUNICIPALITY' },
    ]);
    const vestland = await t.gql(
      `{ organisations(filter: { search: "Vestland" }, sort: { field: NAME, direction: ASC }) { nodes { displayName } } }`,
    );
    expect(vestland.data.organisations.nodes.map((n: any) => n.displayName)).toEqual([
      'Statsforvaltaren i Vestland',
      'Vestland fylkeskommune',
    ]);
  });

  it('labels every demo record as demo', async () => {
    const demo = await t.gql(`{ initiatives(limit: 100) { totalCount nodes { code isDemo description } } }`);
    expect(demo.data.initiatives.totalCount).toBe(10);
    for (const node of demo.data.initiatives.nodes) {
      expect(node.isDemo).toBe(true);
      expect(node.code).toMatch(/^DEMO-/);
      expect(node.description).toMatch(/^\[Demo\]/);
    }
  });

  it('reports the database status on /health', async () => {
    const response = await fetch(`${t.url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok', database: { status: 'up' } });
  });

  it('has the committed schema.gql up to date (run `npm run schema:generate` after changing the API)', () => {
    const committed = readFileSync(join(process.cwd(), 'apps/api/src/schema.gql'), 'utf8');
    expect(printSortedSchema(t.app)).toBe(committed);
  });
});
