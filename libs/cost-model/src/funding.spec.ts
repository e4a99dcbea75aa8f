import { renderMessage } from '@gevinst/domain';
import { CostModelError } from './errors';
import { costPayer, fundingPlan } from './funding';

const A = 'org-a';
const B = 'org-b';

describe('fundingPlan', () => {
  it('reconciles two years of grants and own budgets with planned and actual costs', () => {
    const plan = fundingPlan(
      [
        {
          year: 2025,
          scheme: 'CO_FINANCING',
          organisationId: null,
          planned: '1500000.00',
          received: '1500000.00',
        },
        { year: 2025, scheme: 'OWN_BUDGET', organisationId: A, planned: '500000', received: '250000' },
        { year: 2026, scheme: 'OWN_BUDGET', organisationId: A, planned: '300000.00', received: null },
        { year: 2026, scheme: 'OWN_BUDGET', organisationId: B, planned: '200000.50', received: null },
      ],
      [
        // No scheme: the own budget pays.
        { year: 2025, planned: '1200000.00', actual: '1100000.00' },
        { year: 2025, scheme: 'CO_FINANCING', planned: '800000.00', actual: '900000.00' },
        { year: 2026, planned: '500000.50', actual: null },
      ],
    );
    // 2025: funding 1,500,000 + 500,000 = 2,000,000.00 planned, 1,500,000 + 250,000 = 1,750,000.00
    // received; cost 1,200,000 + 800,000 = 2,000,000.00 planned, 1,100,000 + 900,000 = 2,000,000.00
    // actual. Planned balance 2,000,000 − 2,000,000 = 0 (FUNDED); received balance 1,750,000 −
    // 2,000,000 = −250,000.00 (UNDERFUNDED).
    // CO_FINANCING: 1,500,000 − 800,000 = 700,000.00 planned; 1,500,000 − 900,000 = 600,000.00 received.
    // OWN_BUDGET: 500,000 − 1,200,000 = −700,000.00 planned; 250,000 − 1,100,000 = −850,000.00 received.
    expect(plan.years[0]).toEqual({
      year: 2025,
      plannedFunding: '2000000.00',
      receivedFunding: '1750000.00',
      plannedCost: '2000000.00',
      actualCost: '2000000.00',
      plannedBalance: '0.00',
      receivedBalance: '-250000.00',
      status: 'FUNDED',
      receivedStatus: 'UNDERFUNDED',
      schemes: [
        {
          scheme: 'CO_FINANCING',
          plannedFunding: '1500000.00',
          receivedFunding: '1500000.00',
          plannedCost: '800000.00',
          actualCost: '900000.00',
          plannedBalance: '700000.00',
          receivedBalance: '600000.00',
          status: 'OVERFUNDED',
          receivedStatus: 'OVERFUNDED',
        },
        {
          scheme: 'OWN_BUDGET',
          plannedFunding: '500000.00',
          receivedFunding: '250000.00',
          plannedCost: '1200000.00',
          actualCost: '1100000.00',
          plannedBalance: '-700000.00',
          receivedBalance: '-850000.00',
          status: 'UNDERFUNDED',
          receivedStatus: 'UNDERFUNDED',
        },
      ],
    });
    // 2026: funding 300,000 + 200,000.50 = 500,000.50 against 500,000.50 of cost: 0 (FUNDED); nothing
    // received and no actual cost yet, so no received balance.
    expect(plan.years[1]).toMatchObject({
      year: 2026,
      plannedFunding: '500000.50',
      receivedFunding: '0.00',
      plannedCost: '500000.50',
      actualCost: null,
      plannedBalance: '0.00',
      receivedBalance: null,
      status: 'FUNDED',
      receivedStatus: null,
    });
    expect(plan.years[1].schemes.map((s) => s.scheme)).toEqual(['OWN_BUDGET']);
    // Totals: funding 2,000,000 + 500,000.50 = 2,500,000.50 against cost 2,000,000 + 500,000.50 =
    // 2,500,000.50 (FUNDED); received 1,750,000.00 against actual 2,000,000.00: −250,000.00.
    // OWN_BUDGET over both years: 500,000 + 300,000 + 200,000.50 = 1,000,000.50 against 1,200,000 +
    // 500,000.50 = 1,700,000.50: −700,000.00.
    expect(plan.total).toMatchObject({
      plannedFunding: '2500000.50',
      receivedFunding: '1750000.00',
      plannedCost: '2500000.50',
      actualCost: '2000000.00',
      plannedBalance: '0.00',
      receivedBalance: '-250000.00',
      status: 'FUNDED',
      receivedStatus: 'UNDERFUNDED',
    });
    expect(plan.total.schemes[1]).toMatchObject({
      scheme: 'OWN_BUDGET',
      plannedFunding: '1000000.50',
      plannedCost: '1700000.50',
      plannedBalance: '-700000.00',
      receivedBalance: '-850000.00',
    });
    // By source: the grant; A's own budget 500,000 + 300,000 = 800,000.00 (received 250,000.00); B's 200,000.50.
    expect(plan.sources).toEqual([
      {
        scheme: 'CO_FINANCING',
        organisationId: null,
        planned: '1500000.00',
        received: '1500000.00',
        years: [{ year: 2025, planned: '1500000.00', received: '1500000.00' }],
      },
      {
        scheme: 'OWN_BUDGET',
        organisationId: A,
        planned: '800000.00',
        received: '250000.00',
        years: [
          { year: 2025, planned: '500000.00', received: '250000.00' },
          { year: 2026, planned: '300000.00', received: '0.00' },
        ],
      },
      {
        scheme: 'OWN_BUDGET',
        organisationId: B,
        planned: '200000.50',
        received: '0.00',
        years: [{ year: 2026, planned: '200000.50', received: '0.00' }],
      },
    ]);
    // Co-financing 1,500,000 / 2,500,000.50 × 100 = 59.999988… % → 60.00: above category 1's 50 %
    // (2 × 1,500,000 = 3,000,000 > 2,500,000.50), within category 2's 85 % (20 × 1,500,000 =
    // 30,000,000 ≤ 17 × 2,500,000.50 = 42,500,008.50).
    expect(plan.coFinancingShare).toBe('60.00');
    expect(plan.coFinancingShareFlag).toBe('CATEGORY_2_ONLY');
  });

  it('shows costs without funding as underfunded and 28 MNOK against 2 MNOK as overfunded', () => {
    // 0 − 100.00 = −100.00.
    expect(fundingPlan([], [{ year: 2024, planned: '100.00', actual: null }]).total).toMatchObject({
      plannedFunding: '0.00',
      plannedBalance: '-100.00',
      status: 'UNDERFUNDED',
    });
    const plan = fundingPlan(
      [
        { year: 2024, scheme: 'CO_FINANCING', organisationId: null, planned: '8000000.00', received: null },
        { year: 2024, scheme: 'OWN_BUDGET', organisationId: A, planned: '20000000.00', received: null },
      ],
      [{ year: 2024, planned: '2000000.00', actual: '1000000.00' }],
    );
    // 8,000,000 + 20,000,000 − 2,000,000 = 26,000,000.00 planned; received 0 − 1,000,000 = −1,000,000.00.
    expect(plan.total).toMatchObject({
      plannedBalance: '26000000.00',
      status: 'OVERFUNDED',
      receivedBalance: '-1000000.00',
      receivedStatus: 'UNDERFUNDED',
    });
    // 8,000,000 / 2,000,000 = 400.00 %: above every category's cap.
    expect(plan.coFinancingShare).toBe('400.00');
    expect(plan.coFinancingShareFlag).toBe('ABOVE_CAP');
  });

  it('places a co-financing share of exactly 50 % in category 1 and exactly 85 % in category 2', () => {
    const share = (grant: string) =>
      fundingPlan(
        [{ year: 2025, scheme: 'CO_FINANCING', organisationId: null, planned: grant, received: null }],
        [{ year: 2025, planned: '100.00', actual: null }],
      );
    expect(share('50.00')).toMatchObject({
      coFinancingShare: '50.00',
      coFinancingShareFlag: 'WITHIN_CATEGORY_1',
    });
    expect(share('50.01')).toMatchObject({
      coFinancingShare: '50.01',
      coFinancingShareFlag: 'CATEGORY_2_ONLY',
    });
    expect(share('85.00')).toMatchObject({ coFinancingShareFlag: 'CATEGORY_2_ONLY' });
    expect(share('85.01')).toMatchObject({ coFinancingShareFlag: 'ABOVE_CAP' });
    // No planned cost: no share.
    expect(fundingPlan([], [])).toEqual({
      years: [],
      total: expect.objectContaining({ plannedBalance: '0.00', status: 'FUNDED', schemes: [] }),
      sources: [],
      coFinancingShare: null,
      coFinancingShareFlag: null,
    });
  });

  it('refuses a negative or malformed amount, a fractional year and an unknown scheme, naming the row', () => {
    const refusal = (call: () => unknown) => {
      try {
        call();
      } catch (e) {
        expect(e).toBeInstanceOf(CostModelError);
        const error = e as CostModelError;
        return `${error.code} ${error.path}: ${renderMessage(error.problem, 'en')}`;
      }
      throw new Error('not refused');
    };
    expect(
      refusal(() =>
        fundingPlan(
          [{ year: 2025, scheme: 'OTHER', organisationId: null, planned: '-1.00', received: null }],
          [],
        ),
      ),
    ).toBe('INVALID_AMOUNT sources[0].planned: must not be negative (got "-1.00")');
    expect(refusal(() => fundingPlan([], [{ year: 2025, planned: '1', actual: '1.234' }]))).toMatch(
      /^INVALID_AMOUNT costs\[0\]\.actual: /,
    );
    expect(refusal(() => fundingPlan([], [{ year: 2025.5, planned: '1', actual: null }]))).toBe(
      'INVALID_INPUT costs[0]: must be a whole year (got 2025.5)',
    );
    expect(
      refusal(() =>
        fundingPlan(
          [{ year: 2025, scheme: 'GRANT' as never, organisationId: null, planned: '1', received: null }],
          [],
        ),
      ),
    ).toBe(
      'INVALID_INPUT scheme: must be one of CO_FINANCING, DIGIFIN, STIMULAB, OWN_BUDGET, OTHER (got "GRANT")',
    );
  });
});

describe('costPayer', () => {
  const item = { allocatedByKey: false, fundingScheme: null, payingOrganisationId: null };
  it("is the owner's own budget when the item names no source", () => {
    expect(costPayer(item, A)).toEqual({ scheme: 'OWN_BUDGET', organisationId: A });
  });
  it('is the named own budget or grant', () => {
    expect(costPayer({ ...item, fundingScheme: 'OWN_BUDGET', payingOrganisationId: B }, A)).toEqual({
      scheme: 'OWN_BUDGET',
      organisationId: B,
    });
    expect(costPayer({ ...item, fundingScheme: 'DIGIFIN' }, A)).toEqual({
      scheme: 'DIGIFIN',
      organisationId: null,
    });
  });
  it("is the key's participants' own budgets when a key allocates it, unless the item names a grant", () => {
    expect(
      costPayer({ allocatedByKey: true, fundingScheme: 'OWN_BUDGET', payingOrganisationId: null }, A),
    ).toEqual({ scheme: 'OWN_BUDGET', organisationId: null });
    expect(costPayer({ allocatedByKey: true, fundingScheme: null, payingOrganisationId: null }, A)).toEqual({
      scheme: 'OWN_BUDGET',
      organisationId: null,
    });
    // A development item that names the co-financing grant stays the grant's although the initiative has a
    // key (for its operation, say).
    expect(
      costPayer({ allocatedByKey: true, fundingScheme: 'DIGIFIN', payingOrganisationId: null }, A),
    ).toEqual({ scheme: 'DIGIFIN', organisationId: null });
  });
});
