/**
 * The per-organisation view (issue 16, "Who"): organisationPositions and its workbook, checked against a
 * hand calculation on a small built fixture, and against netPositions for the same filter.
 *
 * The fixture (every figure in 2025, the window pinned to 2025):
 * ORGPOS-A (owner Digdir, ministry DFD, no life event)
 *   - 200 000 allocated by an equal key between Oslo and Bergen: 100 000 each
 *   - 50 000 from NAV's own budget (OWN_BUDGET, paying organisation NAV)
 *   - 80 000 from StimuLab (a grant)
 *   - benefits: Bergen 10 × 1 000 kr = 10 000.00; Trondheim 20 × 1 000 kr = 20 000.00
 * ORGPOS-B (owner Digdir, ministry DFD, life event NEW_IN_NORWAY)
 *   - 30 000 naming no source: Digdir's own budget
 *   - benefit: Bergen 5 × 1 000 kr = 5 000.00
 * A benefit's yearly value is its indicator level × value per unit; the level rises from 0 (2024-01-01)
 * to the target on 2024-12-31 and stays there, so 2025 counts the whole target. Nothing is measured:
 * realised 0.00.
 */
import ExcelJS from 'exceljs';
import { anAllocationRun } from './support/allocations.js';
import { aBenefit } from './support/benefits.js';
import { aCostItem } from './support/cost-items.js';
import { aCostSharingKey } from './support/cost-sharing-keys.js';
import { anInitiative } from './support/initiatives.js';
import { organisationIds } from './support/organisations.js';
import { type Gql, type TestApp, startTestApp } from './support/test-app.js';
import { aSignedInUser } from './support/users.js';

const POSITIONS = `query($f: OrganisationPositionFilter, $sort: OrganisationPositionSort, $offset: Int, $limit: Int) {
  organisationPositions(filter: $f, sort: $sort, offset: $offset, limit: $limit, asOf: "2026-06-30") {
    totalCount fromYear toYear initiativeCount
    totals { allocatedCostNok ownBudgetCostNok grantNok paidNok plannedBenefitNok realisedBenefitNok plannedNetNok realisedNetNok }
    nodes {
      payerKind organisationId scheme level organisation { orgNumber }
      allocatedCostNok ownBudgetCostNok grantNok paidNok plannedBenefitNok realisedBenefitNok plannedNetNok realisedNetNok flags
      initiativeCount
      initiatives { initiative { code } paidNok plannedBenefitNok realisedBenefitNok plannedNetNok flags }
    }
  }
}`;

const NET = `query($f: PortfolioFilter) { netPositions(filter: $f, asOf: "2026-06-30") {
  organisations { organisationId allocatedCostNok ownBudgetCostNok paidNok plannedBenefitNok realisedBenefitNok plannedNetNok realisedNetNok flags }
  schemes { scheme paidNok }
  matrix { payerLevel payerScheme beneficiaryLevel costNok plannedBenefitNok }
} }`;

const ore = (nok: string): bigint => BigInt(nok.replace('.', ''));
const YEAR = { fromYear: 2025, toYear: 2025 };

describe('organisationPositions', () => {
  let t: TestApp;
  let reviewer: Gql & { token: string };
  let finance: Gql & { token: string };
  const org: Record<string, string> = {};

  const positions = async (client: Gql, variables: Record<string, unknown>) => {
    const res = await client(POSITIONS, variables);
    expect(res.errors).toBeUndefined();
    return res.data.organisationPositions;
  };

  beforeAll(async () => {
    t = await startTestApp({ demo: false });
    Object.assign(
      org,
      await organisationIds(t.gql, {
        digdir: '991825827',
        dfd: '932384469',
        nav: '889640782',
        oslo: '958935420',
        bergen: '964338531',
        trondheim: '942110464',
      }),
    );
    const key = await aCostSharingKey(t.gql, {
      name: 'Likt Oslo Bergen',
      ownerOrganisationId: org.digdir,
      spec: { method: 'EQUAL' },
    });
    const a = await anInitiative(t.gql, {
      code: 'ORGPOS-A',
      ownerId: org.digdir,
      ministryId: org.dfd,
      startDate: '2025-01-01',
      endDate: '2025-12-31',
      participants: [
        { organisationId: org.oslo, role: 'PARTNER', pays: true },
        { organisationId: org.bergen, role: 'PARTNER', pays: true },
        { organisationId: org.nav, role: 'PARTNER', pays: false },
        { organisationId: org.trondheim, role: 'BENEFICIARY', pays: false },
      ],
      fundingSources: [{ year: 2025, scheme: 'STIMULAB', amount: '80000' }],
    });
    await aCostItem(t.gql, {
      initiativeId: a.id,
      year: 2025,
      plannedAmount: '200000',
      costSharingKeyId: key.id,
    });
    await anAllocationRun(t.gql, { initiativeId: a.id, year: 2025 });
    await aCostItem(t.gql, {
      initiativeId: a.id,
      year: 2025,
      plannedAmount: '50000',
      fundingScheme: 'OWN_BUDGET',
      payingOrganisationId: org.nav,
    });
    await aCostItem(t.gql, {
      initiativeId: a.id,
      year: 2025,
      plannedAmount: '80000',
      fundingScheme: 'STIMULAB',
    });
    const b = await anInitiative(t.gql, {
      code: 'ORGPOS-B',
      ownerId: org.digdir,
      ministryId: org.dfd,
      lifeEvent: 'NEW_IN_NORWAY',
      startDate: '2025-01-01',
      endDate: '2025-12-31',
      participants: [{ organisationId: org.bergen, role: 'BENEFICIARY', pays: false }],
    });
    await aCostItem(t.gql, { initiativeId: b.id, year: 2025, plannedAmount: '30000' });
    const benefit = (initiativeId: string, receivingOrganisationId: string, target: string) =>
      aBenefit(t.gql, {
        initiativeId,
        category: 'OTHER_PUBLIC_SECTOR',
        receivingOrganisationId,
        baseline: { date: '2024-01-01', value: '0' },
        targets: [{ date: '2024-12-31', value: target }],
        valuePerUnit: '1000',
      });
    await benefit(a.id, org.bergen, '10');
    await benefit(a.id, org.trondheim, '20');
    await benefit(b.id, org.bergen, '5');
    reviewer = await aSignedInUser(t, { organisationId: org.dfd, roles: ['PORTFOLIO_REVIEWER'] });
    finance = await aSignedInUser(t, { organisationId: org.bergen, roles: ['FINANCE_OFFICER'] });
  });
  afterAll(() => t.close());

  it('gives three organisations the hand-calculated figures, and every row the figures of netPositions', async () => {
    const page = await positions(reviewer, { f: YEAR });
    expect([page.fromYear, page.toYear, page.initiativeCount]).toEqual([2025, 2025, 2]);
    const byId = new Map<string, any>(page.nodes.map((row: any) => [row.organisationId ?? row.scheme, row]));
    // Bergen: allocated 100 000 (A); planned 10 000 (A) + 5 000 (B) = 15 000; net 15 000 − 100 000 =
    // −85 000; realised 0 − 100 000 = −100 000. It pays and gains: no flag.
    expect(byId.get(org.bergen)).toMatchObject({
      payerKind: 'ORGANISATION',
      level: 'LOCAL',
      organisation: { orgNumber: '964338531' },
      allocatedCostNok: '100000.00',
      ownBudgetCostNok: '0.00',
      grantNok: '0.00',
      paidNok: '100000.00',
      plannedBenefitNok: '15000.00',
      realisedBenefitNok: '0.00',
      plannedNetNok: '-85000.00',
      realisedNetNok: '-100000.00',
      flags: [],
      initiativeCount: 2,
    });
    // Its initiatives add up to it: A pays 100 000 and gets 10 000 (net −90 000); B pays 0 and gets 5 000
    // (net 5 000, and flagged there alone as benefiting without paying). −90 000 + 5 000 = −85 000.
    expect(byId.get(org.bergen).initiatives).toEqual([
      {
        initiative: { code: 'ORGPOS-A' },
        paidNok: '100000.00',
        plannedBenefitNok: '10000.00',
        realisedBenefitNok: '0.00',
        plannedNetNok: '-90000.00',
        flags: [],
      },
      {
        initiative: { code: 'ORGPOS-B' },
        paidNok: '0.00',
        plannedBenefitNok: '5000.00',
        realisedBenefitNok: '0.00',
        plannedNetNok: '5000.00',
        flags: ['BENEFITS_WITHOUT_PAYING'],
      },
    ]);
    // Digdir: B's 30 000 item names no source, so its owner's own budget pays it; no benefit →
    // PAYS_WITHOUT_BENEFIT; net 0 − 30 000 = −30 000.
    expect(byId.get(org.digdir)).toMatchObject({
      level: 'CENTRAL',
      allocatedCostNok: '0.00',
      ownBudgetCostNok: '30000.00',
      paidNok: '30000.00',
      plannedBenefitNok: '0.00',
      plannedNetNok: '-30000.00',
      flags: ['PAYS_WITHOUT_BENEFIT'],
    });
    // Trondheim: 20 × 1 000 = 20 000 planned, pays nothing, no own-budget source → BENEFITS_WITHOUT_PAYING.
    expect(byId.get(org.trondheim)).toMatchObject({
      paidNok: '0.00',
      plannedBenefitNok: '20000.00',
      plannedNetNok: '20000.00',
      flags: ['BENEFITS_WITHOUT_PAYING'],
    });
    // StimuLab pays its 80 000 as a scheme.
    expect(byId.get('STIMULAB')).toMatchObject({
      payerKind: 'SCHEME',
      grantNok: '80000.00',
      paidNok: '80000.00',
      flags: [],
    });
    // Totals: paid 100 000 (Oslo) + 100 000 (Bergen) + 50 000 (NAV) + 30 000 (Digdir) + 80 000 (StimuLab)
    // = 360 000 = the cost items 200 000 + 50 000 + 80 000 + 30 000; planned 10 000 + 20 000 + 5 000 = 35 000.
    expect(page.totalCount).toBe(6);
    expect(page.totals).toEqual({
      allocatedCostNok: '200000.00',
      ownBudgetCostNok: '80000.00',
      grantNok: '80000.00',
      paidNok: '360000.00',
      plannedBenefitNok: '35000.00',
      realisedBenefitNok: '0.00',
      plannedNetNok: '-325000.00',
      realisedNetNok: '-360000.00',
    });
    // Every organisation's figures are netPositions' for the same initiatives.
    const net = (await reviewer(NET, { f: YEAR })).data.netPositions;
    for (const { organisationId, ...figures } of net.organisations)
      expect(byId.get(organisationId)).toMatchObject(figures);
    expect(net.schemes).toEqual([{ scheme: 'STIMULAB', paidNok: '80000.00' }]);
    // Each row's initiatives add up to the row.
    for (const row of page.nodes)
      expect(row.initiatives.reduce((sum: bigint, i: any) => sum + ore(i.paidNok), 0n)).toBe(
        ore(row.paidNok),
      );
  });

  it('filters by county, level, flag, life event and ministry', async () => {
    const ids = async (f: Record<string, unknown>) =>
      (await positions(reviewer, { f: { ...YEAR, ...f } })).nodes.map(
        (row: any) => row.organisationId ?? row.scheme,
      );
    // Oslo is in county 03 and pays without benefit in A.
    expect(await ids({ countyNumber: '03', flag: ['PAYS_WITHOUT_BENEFIT'] })).toEqual([org.oslo]);
    expect(await ids({ countyNumber: '46' })).toEqual([org.bergen]);
    // By paid: NAV 50 000, Digdir 30 000; the scheme has no level and is left out.
    expect(await ids({ level: ['CENTRAL'] })).toEqual([org.nav, org.digdir]);
    // By paid: Oslo 100 000, NAV 50 000, Digdir 30 000.
    expect(await ids({ flag: ['PAYS_WITHOUT_BENEFIT'] })).toEqual([org.oslo, org.nav, org.digdir]);
    // Only B (NEW_IN_NORWAY): Digdir pays 30 000 without benefit, Bergen gets 5 000 without paying there.
    const newInNorway = await positions(reviewer, { f: { ...YEAR, lifeEvent: ['NEW_IN_NORWAY'] } });
    expect(
      newInNorway.nodes.map((row: any) => [
        row.organisationId,
        row.paidNok,
        row.plannedBenefitNok,
        row.flags,
      ]),
    ).toEqual([
      [org.digdir, '30000.00', '0.00', ['PAYS_WITHOUT_BENEFIT']],
      [org.bergen, '0.00', '5000.00', ['BENEFITS_WITHOUT_PAYING']],
    ]);
    expect(
      await ids({ ministryId: org.dfd, includeSchemes: false, flag: ['BENEFITS_WITHOUT_PAYING'] }),
    ).toEqual([org.trondheim]);
    const wrong = await reviewer(POSITIONS, { f: { countyNumber: '4' } });
    expect(wrong.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('pages and sorts on the server, with the totals of every matching row', async () => {
    // By paid, largest first: Oslo and Bergen 100 000 (equal values go by name in the same direction, so
    // «Oslo» before «Bergen»), StimuLab 80 000, NAV 50 000, Digdir 30 000, Trondheim 0.
    const first = await positions(reviewer, { f: YEAR, offset: 0, limit: 2 });
    const second = await positions(reviewer, { f: YEAR, offset: 2, limit: 2 });
    expect(first.totalCount).toBe(6);
    expect(second.totals).toEqual(first.totals);
    expect([...first.nodes, ...second.nodes].map((row: any) => row.organisationId ?? row.scheme)).toEqual([
      org.oslo,
      org.bergen,
      'STIMULAB',
      org.nav,
    ]);
    const byNet = await positions(reviewer, {
      f: YEAR,
      sort: { field: 'PLANNED_NET', direction: 'DESC' },
      limit: 1,
    });
    // Trondheim: +20 000, the only positive net.
    expect(byNet.nodes[0].organisationId).toBe(org.trondheim);
    const noRows = await reviewer(POSITIONS, { f: YEAR, limit: 0 });
    expect(noRows.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('opens the organisations behind a matrix cell', async () => {
    const net = (await reviewer(NET, { f: YEAR })).data.netPositions;
    const cell = (payerLevel: string, beneficiaryLevel: string) =>
      net.matrix.find((c: any) => c.payerLevel === payerLevel && c.beneficiaryLevel === beneficiaryLevel);
    // LOCAL → LOCAL: only A has local payers (Oslo, Bergen); only local organisations benefit in A, so the
    // cell holds all of their 200 000, and the list's paid sum is the cell's cost.
    const local = await positions(reviewer, {
      f: { ...YEAR, matrixPayer: 'LOCAL', matrixBeneficiary: 'LOCAL' },
    });
    expect(local.nodes.map((row: any) => row.organisationId).sort()).toEqual([org.oslo, org.bergen].sort());
    expect(local.totals.paidNok).toBe('200000.00');
    expect(cell('LOCAL', 'LOCAL').costNok).toBe('200000.00');
    // CENTRAL → LOCAL: NAV 50 000 in A and Digdir 30 000 in B, both for local benefits only: 80 000.
    const central = await positions(reviewer, {
      f: { ...YEAR, matrixPayer: 'CENTRAL', matrixBeneficiary: 'LOCAL' },
    });
    expect(central.nodes.map((row: any) => [row.organisationId, row.paidNok])).toEqual([
      [org.nav, '50000.00'],
      [org.digdir, '30000.00'],
    ]);
    expect(central.totals.paidNok).toBe(cell('CENTRAL', 'LOCAL').costNok);
    expect(central.initiativeCount).toBe(2);
  });

  it('shows a finance officer their own organisation and the schemes, nobody else', async () => {
    const page = await positions(finance, { f: YEAR });
    // Bergen takes part in A and receives a benefit in B: both initiatives, its own row as the reviewer
    // sees it, and StimuLab's grant in A; no other organisation's payments or benefits.
    expect(page.nodes.map((row: any) => row.organisationId ?? row.scheme)).toEqual([org.bergen, 'STIMULAB']);
    expect(page.nodes[0]).toMatchObject({
      paidNok: '100000.00',
      plannedBenefitNok: '15000.00',
      plannedNetNok: '-85000.00',
    });
    // 100 000 + 80 000
    expect(page.totals.paidNok).toBe('180000.00');
    const other = await positions(finance, { f: { ...YEAR, organisationIds: [org.oslo] } });
    expect(other.totalCount).toBe(0);
  });

  it('exports the rows as a workbook with sums and organisation numbers as text', async () => {
    const response = await fetch(
      `${t.url}/api/exports/organisation-positions.xlsx?fromYear=2025&toYear=2025&flag=PAYS_WITHOUT_BENEFIT&asOf=2026-06-30`,
      { headers: { authorization: `Bearer ${reviewer.token}` } },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain('hvem-betaler-og-far-2026-06-30.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Organisasjoner')!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 8)).toEqual([
      'Organisasjon',
      'Organisasjonsnummer',
      'Forvaltningsnivå',
      'Fylkesnummer',
      'Fordelt kostnad',
      'Eget budsjett',
      'Tilskudd',
      'Betalt i alt',
    ]);
    // Oslo 100 000, NAV 50 000, Digdir 30 000: three rows, then the sum 180 000 with its cached value.
    const rows = [2, 3, 4].map((n) => sheet.getRow(n));
    expect(rows.map((row) => row.getCell(2).value)).toEqual(['958935420', '889640782', '991825827']);
    expect(rows.map((row) => row.getCell(8).value)).toEqual([100000, 50000, 30000]);
    expect(rows[0].getCell(13).value).toBe('Betaler uten gevinst');
    const sum = sheet.getRow(5);
    expect(sum.getCell(1).value).toBe('Sum');
    expect(sum.getCell(8).value).toEqual({ formula: 'SUM(H2:H4)', result: 180000 });
    // Per initiative: the same three payers, one initiative each, adding up to the same 180 000.
    const detail = workbook.getWorksheet('Per tiltak')!;
    expect(detail.getRow(2).getCell(3).value).toBe('ORGPOS-A');
    expect((detail.getRow(5).getCell(8).value as { result: number }).result).toBe(180000);
    // No code-like tokens in the sheets' text.
    const texts: string[] = [];
    workbook.eachSheet((ws) =>
      ws.eachRow((row) => row.eachCell((c) => typeof c.value === 'string' && texts.push(c.value))),
    );
    expect(texts.filter((text) => /\b[A-Z]{2,}_[A-Z_]+\b/.test(text))).toEqual([]);
    const bad = await fetch(`${t.url}/api/exports/organisation-positions.xlsx?flag=PAYS`, {
      headers: { authorization: `Bearer ${reviewer.token}` },
    });
    expect(bad.status).toBe(400);
    const anonymous = await fetch(`${t.url}/api/exports/organisation-positions.xlsx`);
    expect(anonymous.status).toBe(401);
  });
});
