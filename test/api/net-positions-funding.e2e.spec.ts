/**
 * Net positions count every krone by the budget it comes from (issue 14, point 1): an owner that pays
 * unallocated cost items from its own budget is a payer and is not flagged; a grant-paid item appears under
 * its scheme; an own-budget funder is not flagged as benefiting without paying; the totals reconcile with
 * the cost items; the matrix has the scheme as a payer row; a participant sees its own payments and the
 * schemes, not the owner's own budget (scopeAllowsLine).
 */
import { anAllocationRun } from './support/allocations.js';
import { aBenefit } from './support/benefits.js';
import { aCostItem } from './support/cost-items.js';
import { aCostSharingKey } from './support/cost-sharing-keys.js';
import { anInitiative } from './support/initiatives.js';
import { organisationIds } from './support/organisations.js';
import { type TestApp, startTestApp } from './support/test-app.js';
import { aSignedInUser } from './support/users.js';
import type { Gql } from './support/test-app.js';

const NET = `query($f: PortfolioFilter) { netPositions(filter: $f, asOf: "2026-06-30") {
  fromYear toYear
  organisations { organisationId allocatedCostNok ownBudgetCostNok paidNok plannedBenefitNok plannedNetNok costShare flags }
  levels { level allocatedCostNok ownBudgetCostNok paidNok costShare }
  schemes { scheme paidNok share }
  matrix { payerLevel payerScheme beneficiaryLevel costNok plannedBenefitNok }
  totals { allocatedCostNok ownBudgetCostNok schemePaidNok paidNok plannedBenefitNok plannedNetNok }
} }`;

const ore = (nok: string): bigint => BigInt(nok.replace('.', ''));

describe('net positions with the funding plan', () => {
  let t: TestApp;
  let bergen: Gql;
  let initiativeId: string;
  let keyId: string;
  const org: Record<string, string> = {};

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
      name: 'Likt netto',
      ownerOrganisationId: org.digdir,
      spec: { method: 'EQUAL' },
    });
    keyId = key.id;
    const { id } = await anInitiative(t.gql, {
      code: 'NET-FUND',
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
      fundingSources: [
        // Trondheim funds from its own budget without a cost item tied to it yet.
        { year: 2025, scheme: 'OWN_BUDGET', organisationId: org.trondheim, amount: '10000' },
        // A StimuLab grant (a DigiFin grant until issue 15: DigiFin does not fund a state agency's initiative,
        // so the grant that names no organisation here is StimuLab's; every figure is as before).
        { year: 2025, scheme: 'STIMULAB', amount: '150000' },
      ],
    });
    // 200 000 allocated by its own equal key: Oslo and Bergen 100 000 each.
    await aCostItem(t.gql, {
      initiativeId: id,
      year: 2025,
      plannedAmount: '200000',
      costSharingKeyId: key.id,
    });
    await anAllocationRun(t.gql, { initiativeId: id, year: 2025 });
    // Without a key (neither theirs nor the initiative's), so no run allocates them: 300 000 naming no source
    // (Digdir's own budget), 150 000 from StimuLab, 50 000 from NAV's own budget.
    await aCostItem(t.gql, { initiativeId: id, year: 2025, plannedAmount: '300000' });
    await aCostItem(t.gql, {
      initiativeId: id,
      year: 2025,
      plannedAmount: '150000',
      fundingScheme: 'STIMULAB',
    });
    await aCostItem(t.gql, {
      initiativeId: id,
      year: 2025,
      plannedAmount: '50000',
      fundingScheme: 'OWN_BUDGET',
      payingOrganisationId: org.nav,
    });
    const benefit = (receivingOrganisationId: string) =>
      aBenefit(t.gql, {
        initiativeId: id,
        category: 'OTHER_PUBLIC_SECTOR',
        receivingOrganisationId,
        baseline: { date: '2024-12-31', value: '0' },
        targets: [{ date: '2025-12-31', value: '10' }],
        valuePerUnit: '1000',
      });
    // Benefits for the owner, Bergen and Trondheim; Oslo and NAV gain nothing.
    await benefit(org.digdir);
    await benefit(org.bergen);
    await benefit(org.trondheim);
    initiativeId = id;
    bergen = await aSignedInUser(t, { organisationId: org.bergen, roles: ['FINANCE_OFFICER'] });
  });
  afterAll(() => t.close());

  it('counts the owner’s own budget, another organisation’s own budget and the StimuLab grant as payments', async () => {
    // The period pinned to 2025, the year of every cost item.
    const res = await t.gql(NET, { f: { ministryId: org.dfd, fromYear: 2025, toYear: 2025 } });
    expect(res.errors).toBeUndefined();
    const net = res.data.netPositions;
    expect([net.fromYear, net.toYear]).toEqual([2025, 2025]);
    const byId = new Map(net.organisations.map((o: any) => [o.organisationId, o]));
    // Paid: Digdir 0 + 300 000 (own budget), Oslo 100 000, Bergen 100 000, NAV 0 + 50 000, StimuLab 150 000;
    // Σ 700 000.00 = the four cost items 200 000 + 300 000 + 150 000 + 50 000.
    expect(byId.get(org.digdir)).toMatchObject({
      allocatedCostNok: '0.00',
      ownBudgetCostNok: '300000.00',
      paidNok: '300000.00',
      costShare: '0.4285714286', // 300 000 / 700 000 = 0.428571428571…
      flags: [],
    });
    expect(byId.get(org.oslo)).toMatchObject({
      allocatedCostNok: '100000.00',
      paidNok: '100000.00',
      flags: ['PAYS_WITHOUT_BENEFIT'],
    });
    expect(byId.get(org.bergen)).toMatchObject({
      allocatedCostNok: '100000.00',
      paidNok: '100000.00',
      flags: [],
    });
    // NAV pays 50 000 from its own budget and gains nothing.
    expect(byId.get(org.nav)).toMatchObject({
      ownBudgetCostNok: '50000.00',
      paidNok: '50000.00',
      flags: ['PAYS_WITHOUT_BENEFIT'],
    });
    // Trondheim benefits and pays nothing, but funds from its own budget in 2025: not flagged.
    expect(byId.get(org.trondheim)).toMatchObject({ paidNok: '0.00', flags: [] });
    // Ordered by paid: Digdir, then Bergen and Oslo (100 000 each; Bergen has the larger benefit), NAV, Trondheim.
    expect(net.organisations.map((o: any) => o.organisationId)).toEqual([
      org.digdir,
      org.bergen,
      org.oslo,
      org.nav,
      org.trondheim,
    ]);
    // StimuLab: 150 000 / 700 000 = 0.214285714285…
    expect(net.schemes).toEqual([{ scheme: 'STIMULAB', paidNok: '150000.00', share: '0.2142857143' }]);
    expect(net.totals).toMatchObject({
      allocatedCostNok: '200000.00',
      ownBudgetCostNok: '350000.00',
      schemePaidNok: '150000.00',
      paidNok: '700000.00',
    });
    const planned = ore(net.totals.plannedBenefitNok);
    expect(planned).toBeGreaterThan(0n);
    expect(ore(net.totals.plannedNetNok)).toBe(planned - 70_000_000n);
    // Levels: CENTRAL (Digdir, NAV) 0 + 350 000; LOCAL (Oslo, Bergen, Trondheim) 200 000 + 0.
    expect(net.levels).toEqual([
      {
        level: 'CENTRAL',
        allocatedCostNok: '0.00',
        ownBudgetCostNok: '350000.00',
        paidNok: '350000.00',
        costShare: '0.5000000000',
      },
      {
        level: 'LOCAL',
        allocatedCostNok: '200000.00',
        ownBudgetCostNok: '0.00',
        paidNok: '200000.00',
        costShare: '0.2857142857',
      },
    ]);
    // The matrix: each payer's row adds up to its payment; StimuLab is its own row after the levels.
    const row = (payerLevel: string | null, payerScheme: string | null) =>
      net.matrix
        .filter((c: any) => c.payerLevel === payerLevel && c.payerScheme === payerScheme)
        .reduce((sum: bigint, c: any) => sum + ore(c.costNok), 0n);
    expect(row('CENTRAL', null)).toBe(35_000_000n);
    expect(row('LOCAL', null)).toBe(20_000_000n);
    expect(row(null, 'STIMULAB')).toBe(15_000_000n);
    expect(net.matrix.at(-1)).toMatchObject({ payerLevel: null, payerScheme: 'STIMULAB' });
    // Every benefit column adds up to the benefits.
    expect(net.matrix.reduce((sum: bigint, c: any) => sum + ore(c.plannedBenefitNok), 0n)).toBe(planned);
  });

  it('shows a participant its own payments and the scheme, not the owner’s own budget', async () => {
    const res = await bergen(NET, { f: { ministryId: org.dfd, fromYear: 2025, toYear: 2025 } });
    expect(res.errors).toBeUndefined();
    const net = res.data.netPositions;
    expect(net.organisations.map((o: any) => o.organisationId)).toEqual([org.bergen]);
    expect(net.schemes).toEqual([{ scheme: 'STIMULAB', paidNok: '150000.00', share: '0.6000000000' }]);
    // Bergen's 100 000 and StimuLab's 150 000: 250 000.00; StimuLab's share 150 / 250 = 0.6.
    expect(net.totals).toMatchObject({
      allocatedCostNok: '100000.00',
      ownBudgetCostNok: '0.00',
      schemePaidNok: '150000.00',
      paidNok: '250000.00',
    });
  });

  it('counts an item that names a grant for the grant until a run allocates it', async () => {
    // 2026: 80 000 with the equal key that names StimuLab, and no run for 2026 yet. The item names its grant
    // explicitly, so StimuLab pays it (costPayer) until a run allocates it among the key's participants.
    await aCostItem(t.gql, {
      initiativeId,
      year: 2026,
      plannedAmount: '80000',
      costSharingKeyId: keyId,
      fundingScheme: 'STIMULAB',
    });
    const before = (await t.gql(NET, { f: { ministryId: org.dfd, fromYear: 2026, toYear: 2026 } })).data
      .netPositions;
    expect(before.schemes).toEqual([expect.objectContaining({ scheme: 'STIMULAB', paidNok: '80000.00' })]);
    expect(before.totals).toMatchObject({
      paidNok: '80000.00',
      ownBudgetCostNok: '0.00',
      schemePaidNok: '80000.00',
    });
    // After the run Oslo and Bergen pay 40 000 each and the owner nothing; still 80 000.00 in all.
    await anAllocationRun(t.gql, { initiativeId, year: 2026 });
    const after = (await t.gql(NET, { f: { ministryId: org.dfd, fromYear: 2026, toYear: 2026 } })).data
      .netPositions;
    expect(after.totals).toMatchObject({
      allocatedCostNok: '80000.00',
      ownBudgetCostNok: '0.00',
      paidNok: '80000.00',
    });
    expect(after.organisations.find((o: any) => o.organisationId === org.oslo)).toMatchObject({
      allocatedCostNok: '40000.00',
    });
  });
});
