/**
 * The funding plan (issue 14, point 1): funding sources per year with planned and received amounts,
 * reconciled against the cost items' planned and actual amounts per year and per paying scheme.
 */
import { aCostItem } from './support/cost-items.js';
import { aCostSharingKey } from './support/cost-sharing-keys.js';
import { anInitiative } from './support/initiatives.js';
import { organisationIds } from './support/organisations.js';
import { type TestApp, errorCode, startTestApp } from './support/test-app.js';

const PLAN = `query($id: ID!) { initiative(id: $id) { version
  fundingSources { year scheme plannedAmount receivedAmount organisation { name } }
  fundingPlan { asOf status coFinancingShare coFinancingShareFlag
    years { year plannedFunding receivedFunding plannedCost actualCost plannedBalance receivedBalance status receivedStatus
      schemes { scheme plannedFunding plannedCost plannedBalance receivedFunding actualCost receivedBalance status } }
    total { plannedFunding receivedFunding plannedCost actualCost plannedBalance receivedBalance status receivedStatus
      schemes { scheme plannedBalance } }
    sources { scheme organisation { name } plannedAmount receivedAmount years { year plannedAmount receivedAmount } } } } }`;

describe('the funding plan', () => {
  let t: TestApp;
  const org: Record<string, string> = {};
  let id: string;

  beforeAll(async () => {
    t = await startTestApp({ demo: false });
    Object.assign(
      org,
      await organisationIds(t.gql, { digdir: '991825827', dfd: '932384469', nav: '889640782' }),
    );
    ({ id } = await anInitiative(t.gql, {
      code: 'FUND-PLAN',
      ownerId: org.digdir,
      ministryId: org.dfd,
      participants: [{ organisationId: org.nav, role: 'PARTNER' }],
      fundingSources: [
        { year: 2025, scheme: 'CO_FINANCING', amount: '1000000', receivedAmount: '1000000' },
        // No organisation: the owner's (Digdir's) own budget.
        { year: 2025, scheme: 'OWN_BUDGET', amount: '400000', receivedAmount: '300000' },
        { year: 2026, scheme: 'OWN_BUDGET', organisationId: org.nav, amount: '250000.50' },
        // A StimuLab grant (a DigiFin grant until issue 15: DigiFin does not fund a state agency's initiative,
        // so the grant that names no organisation here is StimuLab's; every figure is as before).
        { year: 2026, scheme: 'STIMULAB', amount: '100000' },
      ],
    }));
    await aCostItem(t.gql, {
      initiativeId: id,
      year: 2025,
      plannedAmount: '1200000',
      actualAmount: '1250000',
    });
    await aCostItem(t.gql, {
      initiativeId: id,
      year: 2025,
      plannedAmount: '200000',
      fundingScheme: 'CO_FINANCING',
    });
    await aCostItem(t.gql, {
      initiativeId: id,
      year: 2026,
      plannedAmount: '400000',
      fundingScheme: 'OWN_BUDGET',
      payingOrganisationId: org.nav,
    });
    await aCostItem(t.gql, { initiativeId: id, year: 2026, plannedAmount: '50000' });
  });
  afterAll(() => t.close());

  it('reconciles the sources of two years with the cost items, per year, per scheme and in total', async () => {
    const res = await t.gql(PLAN, { id });
    expect(res.errors).toBeUndefined();
    const { fundingSources, fundingPlan: plan } = res.data.initiative;
    expect(fundingSources).toEqual([
      {
        year: 2025,
        scheme: 'CO_FINANCING',
        plannedAmount: '1000000.00',
        receivedAmount: '1000000.00',
        organisation: null,
      },
      {
        year: 2025,
        scheme: 'OWN_BUDGET',
        plannedAmount: '400000.00',
        receivedAmount: '300000.00',
        organisation: { name: 'Digitaliseringsdirektoratet' },
      },
      {
        year: 2026,
        scheme: 'OWN_BUDGET',
        plannedAmount: '250000.50',
        receivedAmount: null,
        organisation: { name: 'NAV (Arbeids- og velferdsetaten)' },
      },
      {
        year: 2026,
        scheme: 'STIMULAB',
        plannedAmount: '100000.00',
        receivedAmount: null,
        organisation: null,
      },
    ]);
    expect(plan.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // 2025: funding 1,000,000 + 400,000 = 1,400,000.00 against cost 1,200,000 + 200,000 = 1,400,000.00:
    // balance 0, FUNDED. Received 1,000,000 + 300,000 = 1,300,000.00 against the one actual cost
    // 1,250,000.00: +50,000.00, OVERFUNDED.
    // CO_FINANCING pays the 200,000 item: 1,000,000 − 200,000 = 800,000.00 (no actual yet: no received
    // balance). OWN_BUDGET pays the item that names no source: 400,000 − 1,200,000 = −800,000.00;
    // received 300,000 − 1,250,000 = −950,000.00.
    expect(plan.years[0]).toEqual({
      year: 2025,
      plannedFunding: '1400000.00',
      receivedFunding: '1300000.00',
      plannedCost: '1400000.00',
      actualCost: '1250000.00',
      plannedBalance: '0.00',
      receivedBalance: '50000.00',
      status: 'FUNDED',
      receivedStatus: 'OVERFUNDED',
      schemes: [
        {
          scheme: 'CO_FINANCING',
          plannedFunding: '1000000.00',
          plannedCost: '200000.00',
          plannedBalance: '800000.00',
          receivedFunding: '1000000.00',
          actualCost: null,
          receivedBalance: null,
          status: 'OVERFUNDED',
        },
        {
          scheme: 'OWN_BUDGET',
          plannedFunding: '400000.00',
          plannedCost: '1200000.00',
          plannedBalance: '-800000.00',
          receivedFunding: '300000.00',
          actualCost: '1250000.00',
          receivedBalance: '-950000.00',
          status: 'UNDERFUNDED',
        },
      ],
    });
    // 2026: funding 250,000.50 + 100,000 = 350,000.50 against cost 400,000 + 50,000 = 450,000.00:
    // −99,999.50, UNDERFUNDED. STIMULAB pays nothing: +100,000.00; OWN_BUDGET 250,000.50 − 450,000 =
    // −199,999.50. No actual cost: no received balance.
    expect(plan.years[1]).toMatchObject({
      year: 2026,
      plannedFunding: '350000.50',
      receivedFunding: '0.00',
      plannedCost: '450000.00',
      actualCost: null,
      plannedBalance: '-99999.50',
      receivedBalance: null,
      status: 'UNDERFUNDED',
      receivedStatus: null,
    });
    expect(plan.years[1].schemes.map((s: any) => [s.scheme, s.plannedBalance])).toEqual([
      ['STIMULAB', '100000.00'],
      ['OWN_BUDGET', '-199999.50'],
    ]);
    // Total: 1,400,000 + 350,000.50 = 1,750,000.50 against 1,400,000 + 450,000 = 1,850,000.00:
    // −99,999.50, UNDERFUNDED; received 1,300,000 − 1,250,000 = +50,000.00.
    expect(plan.total).toEqual({
      plannedFunding: '1750000.50',
      receivedFunding: '1300000.00',
      plannedCost: '1850000.00',
      actualCost: '1250000.00',
      plannedBalance: '-99999.50',
      receivedBalance: '50000.00',
      status: 'UNDERFUNDED',
      receivedStatus: 'OVERFUNDED',
      // 800,000 + 0; 100,000; −800,000 − 199,999.50 = −999,999.50 (sums to −99,999.50).
      schemes: [
        { scheme: 'CO_FINANCING', plannedBalance: '800000.00' },
        { scheme: 'STIMULAB', plannedBalance: '100000.00' },
        { scheme: 'OWN_BUDGET', plannedBalance: '-999999.50' },
      ],
    });
    expect(plan.status).toBe('UNDERFUNDED');
    // 1,000,000 / 1,850,000 × 100 = 54.054… % → 54.05: above category 1's 50 %, within category 2's 85 %.
    expect(plan.coFinancingShare).toBe('54.05');
    expect(plan.coFinancingShareFlag).toBe('CATEGORY_2_ONLY');
    const byName = (a: any, b: any) => (a.organisation?.name ?? '').localeCompare(b.organisation?.name ?? '');
    expect(plan.sources.filter((s: any) => s.scheme === 'OWN_BUDGET').sort(byName)).toEqual([
      {
        scheme: 'OWN_BUDGET',
        organisation: { name: 'Digitaliseringsdirektoratet' },
        plannedAmount: '400000.00',
        receivedAmount: '300000.00',
        years: [{ year: 2025, plannedAmount: '400000.00', receivedAmount: '300000.00' }],
      },
      {
        scheme: 'OWN_BUDGET',
        organisation: { name: 'NAV (Arbeids- og velferdsetaten)' },
        plannedAmount: '250000.50',
        receivedAmount: '0.00',
        years: [{ year: 2026, plannedAmount: '250000.50', receivedAmount: '0.00' }],
      },
    ]);
    expect(plan.sources.slice(0, 2).map((s: any) => [s.scheme, s.organisation, s.plannedAmount])).toEqual([
      ['CO_FINANCING', null, '1000000.00'],
      ['STIMULAB', null, '100000.00'],
    ]);
  });

  it('counts an item for the grant it names, although a key could allocate it', async () => {
    const key = await aCostSharingKey(t.gql, { ownerOrganisationId: org.digdir });
    const other = await anInitiative(t.gql, {
      ownerId: org.digdir,
      ministryId: org.dfd,
      fundingSources: [{ year: 2027, scheme: 'STIMULAB', amount: '100' }],
    });
    await aCostItem(t.gql, {
      initiativeId: other.id,
      year: 2027,
      plannedAmount: '100',
      fundingScheme: 'STIMULAB',
      costSharingKeyId: key.id,
    });
    const res = await t.gql(PLAN, { id: other.id });
    // The year balances (100 − 100 = 0), and so does StimuLab: the item names the grant explicitly, so the
    // grant pays it (costPayer) even though a key could allocate it: STIMULAB 100 − 100 = 0.00.
    expect(res.data.initiative.fundingPlan.years[0]).toMatchObject({
      plannedBalance: '0.00',
      status: 'FUNDED',
    });
    expect(
      res.data.initiative.fundingPlan.years[0].schemes.map((s: any) => [s.scheme, s.plannedBalance]),
    ).toEqual([['STIMULAB', '0.00']]);
  });

  it('refuses a missing year, an organisation on a grant and negative amounts, writing nothing', async () => {
    const count = async () => ({
      initiatives: (await t.gql(`{ initiatives { totalCount } }`)).data.initiatives.totalCount,
      audit: Number((await t.db.query(`SELECT count(*) AS n FROM audit_events`))[0].n),
      sources: Number((await t.db.query(`SELECT count(*) AS n FROM initiative_funding_sources`))[0].n),
    });
    const before = await count();
    const CREATE = `mutation($input: CreateInitiativeInput!) { createInitiative(input: $input) { id } }`;
    const base = { code: 'FUND-BAD', name: 'Feil', ownerId: org.digdir, ministryId: org.dfd };
    const noYear = await t.gql(CREATE, {
      input: { ...base, fundingSources: [{ scheme: 'OWN_BUDGET', amount: '10' }] },
    });
    expect(noYear.errors?.[0].message).toMatch(/year/);
    expect(errorCode(noYear)).toBe('BAD_USER_INPUT');

    const bad = await t.gql(CREATE, {
      input: {
        ...base,
        fundingSources: [
          { year: 2025, scheme: 'CO_FINANCING', organisationId: org.nav, amount: '10' },
          { year: 1800, scheme: 'OWN_BUDGET', amount: '-1', receivedAmount: '-0.50' },
          {
            year: 2025,
            scheme: 'OWN_BUDGET',
            organisationId: '00000000-0000-4000-8000-000000000000',
            amount: '1',
          },
        ],
      },
    });
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0].extensions!.problems.map((p: any) => [p.field, p.reason])).toEqual([
      ['fundingSources[0].organisationId', 'GRANT_NAMES_NO_ORGANISATION'],
      ['fundingSources[1].year', 'YEAR_BETWEEN'],
      ['fundingSources[1].amount', 'NOT_NEGATIVE'],
      ['fundingSources[1].receivedAmount', 'NOT_NEGATIVE'],
      ['fundingSources[2].organisationId', 'ORGANISATION_MISSING'],
    ]);
    expect(bad.errors![0].message).toMatch(
      /fundingSources\[0\]\.organisationId: must be empty: a CO_FINANCING grant is paid by the scheme/,
    );

    const { version } = (await t.gql(PLAN, { id })).data.initiative;
    const update = await t.gql(
      `mutation($input: UpdateInitiativeInput!) { updateInitiative(input: $input) { id } }`,
      { input: { id, version, fundingSources: [{ year: 2025, scheme: 'STIMULAB', amount: '-5' }] } },
    );
    expect(errorCode(update)).toBe('BAD_USER_INPUT');

    const item = await t.gql(`mutation($i: CreateCostItemInput!) { createCostItem(input: $i) { id } }`, {
      i: {
        initiativeId: id,
        year: 2025,
        category: 'OPERATION',
        plannedAmount: '1',
        fundingScheme: 'STIMULAB',
        payingOrganisationId: org.nav,
      },
    });
    expect(errorCode(item)).toBe('BAD_USER_INPUT');
    expect(item.errors![0].extensions!.problems).toEqual([
      expect.objectContaining({ field: 'payingOrganisationId', reason: 'PAYER_NEEDS_OWN_BUDGET' }),
    ]);
    expect(await count()).toEqual(before);
    expect((await t.gql(PLAN, { id })).data.initiative.version).toBe(version);
  });

  it('audits the funding sources before and after, and the paying source of a cost item', async () => {
    const { version } = (await t.gql(PLAN, { id })).data.initiative;
    const res = await t.gql(
      `mutation($input: UpdateInitiativeInput!) { updateInitiative(input: $input) { version fundingPlan { total { plannedFunding } } } }`,
      {
        input: {
          id,
          version,
          fundingSources: [
            { year: 2025, scheme: 'CO_FINANCING', amount: '1000000', receivedAmount: '1000000' },
            {
              year: 2025,
              scheme: 'OWN_BUDGET',
              organisationId: org.nav,
              amount: '5',
              description: ' Fra NAV ',
            },
          ],
        },
      },
    );
    expect(res.errors).toBeUndefined();
    // 1,000,000 + 5 = 1,000,005.00.
    expect(res.data.updateInitiative.fundingPlan.total.plannedFunding).toBe('1000005.00');
    const events = await t.gql(
      `query($id: String!) { auditEvents(filter: { entityType: Initiative, entityId: $id }, limit: 1) {
        nodes { before after } } }`,
      { id },
    );
    expect(events.errors).toBeUndefined();
    const event = events.data.auditEvents.nodes[0];
    expect(event.before.fundingSources).toHaveLength(4);
    expect(event.before.fundingSources[1]).toEqual({
      year: 2025,
      scheme: 'OWN_BUDGET',
      organisationId: org.digdir,
      amount: '400000.00',
      receivedAmount: '300000.00',
      description: '',
      // Issue 15: the budget chapter and post (own budgets) and StimuLab's in-kind support, none here.
      budgetChapter: null,
      budgetPost: null,
      inKindDescription: null,
    });
    expect(event.after.fundingSources).toEqual([
      {
        year: 2025,
        scheme: 'CO_FINANCING',
        organisationId: null,
        amount: '1000000.00',
        receivedAmount: '1000000.00',
        description: '',
        budgetChapter: null,
        budgetPost: null,
        inKindDescription: null,
      },
      {
        year: 2025,
        scheme: 'OWN_BUDGET',
        organisationId: org.nav,
        amount: '5.00',
        receivedAmount: null,
        description: 'Fra NAV',
        budgetChapter: null,
        budgetPost: null,
        inKindDescription: null,
      },
    ]);
    const items = await t.gql(
      `query($id: ID!) { auditEvents(filter: { entityType: CostItem, initiativeId: $id }, limit: 10) {
        nodes { after } } }`,
      { id },
    );
    expect(items.errors).toBeUndefined();
    expect(items.data.auditEvents.nodes.map((n: any) => n.after.payingOrganisationId)).toContain(org.nav);
    expect(items.data.auditEvents.nodes.map((n: any) => n.after.fundingScheme)).toEqual(
      expect.arrayContaining(['OWN_BUDGET', 'CO_FINANCING', null]),
    );
  });

  it('reads the plans of a page of initiatives in the same number of queries as of one', async () => {
    for (let i = 0; i < 6; i++)
      await anInitiative(t.gql, {
        code: `FUND-LIST-${i}`,
        ownerId: org.digdir,
        ministryId: org.dfd,
        fundingSources: [
          { year: 2025, scheme: 'OWN_BUDGET', organisationId: org.nav, amount: '10' },
          { year: 2026, scheme: 'STIMULAB', amount: '20' },
        ],
      });
    const list = (limit: number) =>
      t.gql(`{ initiatives(limit: ${limit}, filter: { search: "FUND-" }) { nodes { code
        fundingSources { year organisation { name } }
        fundingPlan { status years { year plannedBalance schemes { scheme } } sources { organisation { name } } } } } }`);
    // Seven FUND- initiatives: both pages are full.
    const one = await list(1);
    const many = await list(6);
    expect(one.errors).toBeUndefined();
    expect(many.errors).toBeUndefined();
    expect(many.data.initiatives.nodes).toHaveLength(6);
    expect(Number.isFinite(many.queryCount)).toBe(true);
    expect(many.queryCount).toBe(one.queryCount);
  });
});
