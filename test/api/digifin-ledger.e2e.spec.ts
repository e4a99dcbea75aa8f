/**
 * The DigiFin fund as a ledger (issue 15), on the demo: the contribution rules of migration 1795421940000
 * (the state NOK 25 million in 2017 and 100 million in 2018; every municipality NOK 20 and every county
 * authority NOK 5 per inhabitant in 2024, on the population of 1 January 2024) and the demo's DigiFin
 * grants (DEMO-DIGIFIN-HELSESTASJON, owned by Bergen: 1,500,000 in 2023, 2,400,000 in 2025, 1,600,000 in
 * 2026). And the funding-source scheme eligibility that keeps the grants lawful.
 */
import ExcelJS from 'exceljs';
import { anInitiative } from './support/initiatives.js';
import { organisationIds } from './support/organisations.js';
import { DEMO_PASSWORD, type TestApp, errorCode, startTestApp } from './support/test-app.js';

const ore = (nok: string) => {
  const [whole, fraction = ''] = nok.split('.');
  return BigInt(whole) * 100n + BigInt((fraction + '00').slice(0, 2)) * (whole.startsWith('-') ? -1n : 1n);
};
const nok = (value: bigint) => `${value / 100n}.${String(value % 100n).padStart(2, '0')}`;

const LEDGER = `query ($year: Int!, $search: String, $offset: Int, $limit: Int) {
  digifinLedger(year: $year) {
    year
    years { year opening state municipalities countyAuthorities ks local contributions grants closing overdrawn cumulativeState cumulativeLocal matchingMet }
    selectedYear { year closing }
    matching { met metFrom yearsNotMet cumulativeState cumulativeLocal surplus }
    totals { state local contributions grants closing }
    rules { year contributor amount rate populationYear source }
    grants { code ownerName year planned received }
    contributions(search: $search, offset: $offset, limit: $limit) {
      totalCount totalAmount totalPopulation
      nodes { organisationId name orgNumber kind year population populationYear rate amount }
    }
  }
}`;

describe('the DigiFin ledger', () => {
  let t: TestApp;
  let bergenPopulation: number;
  const org: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    Object.assign(
      org,
      await organisationIds(t.gql, {
        bergen: '964338531',
        dibk: '974760223',
        ks: '971032146',
        kdd: '972417858',
        digdir: '991825827',
        oslo: '958935420',
      }),
    );
    const res = await t.gql(`{ organisationByOrgNumber(orgNumber: "964338531") { population(year: 2024) } }`);
    bergenPopulation = res.data.organisationByOrgNumber.population;
  }, 180_000);

  afterAll(() => t?.close());

  it('shows Bergen’s 2024 contribution as 20 × its population, to any signed-in user', async () => {
    // A finance officer of Oslo (no tie to Bergen) reads it: the fund's figures are public (KS publishes them).
    const oslo = await t.as('okonomi.oslo@demo.gevinst.no', DEMO_PASSWORD);
    const res = await oslo(LEDGER, { year: 2024, search: 'bergen', limit: 10 });
    expect(res.errors).toBeUndefined();
    const bergen = res.data.digifinLedger.contributions.nodes.find((n: any) => n.orgNumber === '964338531');
    // 20 × the population of 1 January 2024 read from the API (291 940 in the reference data): 5 838 800.00.
    const expected = nok(20n * BigInt(bergenPopulation) * 100n);
    expect(bergen).toEqual({
      organisationId: org.bergen,
      name: 'Bergen',
      orgNumber: '964338531',
      kind: 'MUNICIPALITY',
      year: 2024,
      population: bergenPopulation,
      populationYear: 2024,
      rate: '20.00',
      amount: expected,
    });
    expect(expected).toBe('5838800.00');
  });

  it('pages the contributions on the server with the totals of every row', async () => {
    const first = await t.gql(LEDGER, { year: 2024, offset: 0, limit: 100 });
    expect(first.errors).toBeUndefined();
    const page = first.data.digifinLedger.contributions;
    // 357 municipalities + 14 county authorities (Oslo has none) = 371 contributors;
    // 20 × 5 550 203 + 5 × 4 832 493 = 111 004 060 + 24 162 465 = 135 166 525.00.
    expect(page.totalCount).toBe(371);
    expect(page.nodes).toHaveLength(100);
    expect(page.totalAmount).toBe('135166525.00');
    // The largest first: Oslo 20 × 717 710 = 14 354 200.00.
    expect(page.nodes[0]).toMatchObject({ name: 'Oslo', amount: '14354200.00' });
    let sum = 0n;
    for (let offset = 0; offset < 371; offset += 100) {
      const res = await t.gql(LEDGER, { year: 2024, offset, limit: 100 });
      for (const node of res.data.digifinLedger.contributions.nodes) sum += ore(node.amount);
    }
    expect(nok(sum)).toBe('135166525.00');
    const none = await t.gql(LEDGER, { year: 2023 });
    expect(none.data.digifinLedger.contributions).toMatchObject({ totalCount: 0, totalAmount: '0.00' });
  });

  it('balances the fund by year and checks the matching rule', async () => {
    const res = await t.gql(LEDGER, { year: 2024 });
    const ledger = res.data.digifinLedger;
    // 2017: 25 000 000; 2018: 125 000 000; 2023: − 1 500 000 (Helsestasjon) = 123 500 000; 2024:
    // + 135 166 525 = 258 666 525; 2025: − 2 400 000 = 256 266 525; 2026: − 1 600 000 = 254 666 525.00.
    expect(ledger.years.map((y: any) => [y.year, y.opening, y.contributions, y.grants, y.closing])).toEqual([
      [2017, '0.00', '25000000.00', '0.00', '25000000.00'],
      [2018, '25000000.00', '100000000.00', '0.00', '125000000.00'],
      [2019, '125000000.00', '0.00', '0.00', '125000000.00'],
      [2020, '125000000.00', '0.00', '0.00', '125000000.00'],
      [2021, '125000000.00', '0.00', '0.00', '125000000.00'],
      [2022, '125000000.00', '0.00', '0.00', '125000000.00'],
      [2023, '125000000.00', '0.00', '1500000.00', '123500000.00'],
      [2024, '123500000.00', '135166525.00', '0.00', '258666525.00'],
      [2025, '258666525.00', '0.00', '2400000.00', '256266525.00'],
      [2026, '256266525.00', '0.00', '1600000.00', '254666525.00'],
    ]);
    for (const y of ledger.years)
      expect(ore(y.opening) + ore(y.contributions) - ore(y.grants)).toBe(ore(y.closing));
    expect(ledger.selectedYear).toEqual({ year: 2024, closing: '258666525.00' });
    // Local 135 166 525 ≥ state 125 000 000 from 2024 (nothing local before): surplus 10 166 525.00.
    expect(ledger.matching).toEqual({
      met: true,
      metFrom: 2024,
      yearsNotMet: [2017, 2018, 2019, 2020, 2021, 2022, 2023],
      cumulativeState: '125000000.00',
      cumulativeLocal: '135166525.00',
      surplus: '10166525.00',
    });
    expect(ledger.rules.map((r: any) => [r.year, r.contributor, r.amount, r.rate, r.populationYear])).toEqual(
      [
        [2017, 'STATE', '25000000.00', null, null],
        [2018, 'STATE', '100000000.00', null, null],
        [2024, 'COUNTY_AUTHORITY', null, '5.0000', 2024],
        [2024, 'MUNICIPALITY', null, '20.0000', 2024],
      ],
    );
    const y2025 = await t.gql(LEDGER, { year: 2025 });
    expect(y2025.data.digifinLedger.grants).toEqual([
      {
        code: 'DEMO-DIGIFIN-HELSESTASJON',
        ownerName: 'Bergen',
        year: 2025,
        planned: '2400000.00',
        received: '2400000.00',
      },
    ]);
  });

  it('answers what Bergen put into DigiFin and what came back', async () => {
    const res = await t.gql(
      `query ($id: ID!) { digifinPosition(organisationId: $id) {
        name totalContributed contributions { year amount }
        grantShares { year grants contributedSoFar fundSoFar amount } totalGrantShare
        projects { code year planned links } totalToProjects } }`,
      { id: org.bergen },
    );
    expect(res.errors).toBeUndefined();
    const p = res.data.digifinPosition;
    expect(p.contributions).toEqual([{ year: 2024, amount: '5838800.00' }]);
    expect(p.totalContributed).toBe('5838800.00');
    // 2023: nothing contributed yet: 0; 2025: 2 400 000 × 5 838 800 / 260 166 525 = 53 862.1177… → 53 862.12
    // (largest remainder); 2026: 1 600 000 × 5 838 800 / 260 166 525 = 35 908.0784… → 35 908.08. Σ 89 770.20.
    expect(p.grantShares.map((g: any) => [g.year, g.amount])).toEqual([
      [2023, '0.00'],
      [2025, '53862.12'],
      [2026, '35908.08'],
    ]);
    expect(p.totalGrantShare).toBe('89770.20');
    // Bergen owns DEMO-DIGIFIN-HELSESTASJON and receives some of its benefits: 1 500 000 + 2 400 000 + 1 600 000 = 5 500 000.00 came back.
    expect(p.projects.map((g: any) => [g.code, g.year, g.planned, g.links])).toEqual([
      ['DEMO-DIGIFIN-HELSESTASJON', 2023, '1500000.00', ['BENEFIT_RECEIVER', 'OWNER']],
      ['DEMO-DIGIFIN-HELSESTASJON', 2025, '2400000.00', ['BENEFIT_RECEIVER', 'OWNER']],
      ['DEMO-DIGIFIN-HELSESTASJON', 2026, '1600000.00', ['BENEFIT_RECEIVER', 'OWNER']],
    ]);
    expect(p.totalToProjects).toBe('5500000.00');
    const missing = await t.gql(
      `{ digifinPosition(organisationId: "00000000-0000-4000-8000-000000000000") { name } }`,
    );
    expect(errorCode(missing)).toBe('NOT_FOUND');
  });

  it('exports the contributions per organisation as XLSX in Norwegian formats', async () => {
    const admin = await t.as('admin@demo.gevinst.no', DEMO_PASSWORD);
    const response = await fetch(`${t.url}/api/exports/digifin-contributions.xlsx?year=2024`, {
      headers: { authorization: `Bearer ${admin.token}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain('digifin-bidrag-2024.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Bidrag 2024', 'Saldo per år']);
    const sheet = workbook.getWorksheet('Bidrag 2024')!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual([
      'Organisasjon',
      'Organisasjonsnummer',
      'Type',
      'Bidragsår',
      'Innbyggertall per 1. januar',
      'Innbyggere',
      'Sats (kr per innbygger)',
      'Bidrag',
    ]);
    // 371 organisations in rows 2–372, then the sum in row 373.
    const rows = Array.from({ length: 371 }, (_, i) => sheet.getRow(i + 2));
    const bergen = rows.find((row) => row.getCell(2).value === '964338531')!;
    expect(bergen.getCell(1).value).toBe('Bergen');
    expect(bergen.getCell(3).value).toBe('Kommune');
    expect(bergen.getCell(6).value).toBe(bergenPopulation);
    expect(bergen.getCell(8).value).toBe(20 * bergenPopulation);
    expect(bergen.getCell(8).numFmt).toBe('#,##0.00 "kr"');
    let sum = 0n;
    for (const row of rows) sum += BigInt(Math.round((row.getCell(8).value as number) * 100));
    expect(nok(sum)).toBe('135166525.00');
    expect(sheet.getRow(373).getCell(1).value).toBe('Sum');
    expect(sheet.getRow(373).getCell(8).value).toBe(135166525);
    const bad = await fetch(`${t.url}/api/exports/digifin-contributions.xlsx?year=abc`, {
      headers: { authorization: `Bearer ${admin.token}` },
    });
    expect(bad.status).toBe(400);
    const anonymous = await fetch(`${t.url}/api/exports/digifin-contributions.xlsx?year=2024`);
    expect(anonymous.status).toBe(401);
  });

  it('refuses a co-financing grant for a municipality’s initiative and a DigiFin grant for a state agency’s', async () => {
    // The issue: "a municipality-owned initiative with a 60 MNOK co-financing grant is accepted".
    const coFinancing = await t.gql(
      `mutation ($input: CreateInitiativeInput!) { createInitiative(input: $input) { id } }`,
      {
        input: {
          code: 'BERGEN-MEDFIN',
          name: 'Kommunal medfinansiering',
          ownerId: org.bergen,
          ministryId: org.kdd,
          fundingSources: [{ year: 2026, scheme: 'CO_FINANCING', amount: '60000000' }],
        },
      },
    );
    expect(errorCode(coFinancing)).toBe('BAD_USER_INPUT');
    expect(coFinancing.errors![0].extensions!.problems).toEqual([
      expect.objectContaining({
        field: 'fundingSources[0].scheme',
        reason: 'CO_FINANCING_NEEDS_STATE_AGENCY',
        params: { owner: 'Bergen', kind: 'MUNICIPALITY' },
      }),
    ]);
    // "DigiFin money can go to a state agency": refused, in Norwegian when asked.
    const digifin = await t.gql(
      `mutation ($input: CreateInitiativeInput!) { createInitiative(input: $input) { id } }`,
      {
        input: {
          code: 'DIBK-DIGIFIN',
          name: 'Statlig DigiFin',
          ownerId: org.dibk,
          ministryId: org.kdd,
          fundingSources: [{ year: 2026, scheme: 'DIGIFIN', amount: '1000000' }],
        },
      },
      { 'accept-language': 'nb' },
    );
    expect(digifin.errors![0].extensions!.problems).toEqual([
      expect.objectContaining({ field: 'fundingSources[0].scheme', reason: 'DIGIFIN_NEEDS_LOCAL_OWNER' }),
    ]);
    expect(digifin.errors![0].extensions!.problems[0].message).toContain(
      'gis bare til initiativer som eies av en kommune',
    );
    const written = await t.db.query(
      `SELECT count(*)::int AS n FROM initiatives WHERE code IN ('BERGEN-MEDFIN', 'DIBK-DIGIFIN')`,
    );
    expect(written).toEqual([{ n: 0 }]);
    // KS may have DigiFin; a state agency may have co-financing.
    await anInitiative(t.gql, {
      code: 'KS-DIGIFIN',
      ownerId: org.ks,
      ministryId: org.kdd,
      fundingSources: [{ year: 2026, scheme: 'DIGIFIN', amount: '1000000' }],
    });
    await anInitiative(t.gql, {
      code: 'DIBK-MEDFIN',
      ownerId: org.dibk,
      ministryId: org.kdd,
      fundingSources: [{ year: 2026, scheme: 'CO_FINANCING', amount: '1000000' }],
    });
  });

  it('refuses handing an initiative with a DigiFin grant over to a state agency', async () => {
    const found = await t.gql(
      `{ initiatives(filter: { search: "DEMO-DIGIFIN-HELSESTASJON" }) { nodes { id version } } }`,
    );
    const { id, version } = found.data.initiatives.nodes[0];
    const res = await t.gql(
      `mutation ($input: UpdateInitiativeInput!) { updateInitiative(input: $input) { id } }`,
      { input: { id, version, ownerId: org.digdir } },
    );
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].extensions!.problems).toEqual([
      expect.objectContaining({
        field: 'ownerId',
        reason: 'OWNER_MAKES_GRANT_INELIGIBLE',
        params: { owner: 'Digitaliseringsdirektoratet', kind: 'STATE_AGENCY', scheme: 'DIGIFIN' },
      }),
    ]);
    const after = await t.gql(`{ initiative(id: "${id}") { owner { name } version } }`);
    expect(after.data.initiative).toEqual({ owner: { name: 'Bergen' }, version });
  });
});
