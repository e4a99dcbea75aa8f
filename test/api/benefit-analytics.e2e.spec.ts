import { queryData } from './support/graphql.js';
import ExcelJS from 'exceljs';
import { anAllocationRun } from './support/allocations.js';
import { aBenefit, aMeasurement } from './support/benefits.js';
import { type CostItemFixture, aCostItem } from './support/cost-items.js';
import { aCostSharingKey } from './support/cost-sharing-keys.js';
import { anInitiative } from './support/initiatives.js';
import { organisationIds } from './support/organisations.js';
import { type Gql, type TestApp, errorCode, startTestApp } from './support/test-app.js';

/**
 * Initiative economics, portfolio analytics, net positions and the co-financing report, with hand-checked
 * numbers. Two test initiatives under Finansdepartementet (which has no demo initiatives):
 *
 * TEST-NPV (owner Brønnøysundregistrene; Oslo and Bergen pay equal shares; 2024–2026)
 *   cost items: 2024 development 1 000 000 (actual 1 150 000), 2025 operation 100 000 (actual 95 000),
 *               2026 operation 100 000
 *   B1 budget-releasing in Brønnøysundregistrene: licences retired, 0 → 100 (31.12.2024) → 200 (31.12.2025),
 *      NOK 2 000 each → planned 200 000 (2024), 400 000 (2025), 400 000 (2026)
 *   B2 other public sector, Bergen: hours 5 000 → 4 000 (31.12.2024) → 3 000 (31.12.2025), NOK 500 an hour
 *      → planned 500 000, 1 000 000, 1 000 000
 *   B3 non-monetised: user satisfaction 70 → 85 (31.12.2025)
 * TEST-PORT (owner NAV; Trondheim takes part; 2023–2025)
 *   cost items: 2023 development 300 000 (actual 310 000), 2024 operation 50 000
 *   B4 freed capacity in NAV: automated decisions 0 (1.1.2023) → 1 000 (31.12.2024), NOK 100 each
 *      → planned 2023: 1 000 × 364/730 = 498.630137 → 49 863.01; then 100 000 a year
 */
const AS_OF = '2026-06-30';

describe('initiative economics, portfolio analytics, net positions and the co-financing report', () => {
  let t: TestApp;
  let owner: Gql & { token: string };
  let oslo: Gql & { token: string };
  let bergen: Gql;
  let reviewer: Gql;
  const org: Record<string, string> = {};
  const ids: Record<string, string> = {};

  const must = queryData;

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    owner = await t.as('eier@demo.gevinst.no');
    oslo = await t.as('okonomi.oslo@demo.gevinst.no');
    bergen = await t.as('okonomi.bergen@demo.gevinst.no');
    reviewer = await t.as('departement@demo.gevinst.no');
    Object.assign(
      org,
      await organisationIds(t.gql, {
        brreg: '974760673',
        fin: '972417807',
        kdd: '972417858',
        nav: '889640782',
        oslo: '958935420',
        bergen: '964338531',
        trondheim: '942110464',
      }),
    );
    const key = async (owner: string) =>
      (
        await aCostSharingKey(t.gql, {
          name: `Likt ${owner}`,
          ownerOrganisationId: owner,
          spec: { method: 'EQUAL' },
        })
      ).id;
    const initiative = async (input: Parameters<typeof anInitiative>[1]) =>
      (await anInitiative(t.gql, input)).id;
    ids.npv = await initiative({
      code: 'TEST-NPV',
      name: 'Samfunnsøkonomi-test',
      ownerId: org.brreg,
      ministryId: org.fin,
      lifeEvent: 'STARTING_AND_RUNNING_A_BUSINESS',
      phase: 'EXECUTION',
      startDate: '2024-01-01',
      endDate: '2026-12-31',
      costSharingKeyId: await key(org.brreg),
      fundingSources: [{ year: 2024, scheme: 'CO_FINANCING', amount: '500000' }],
      participants: [
        { organisationId: org.oslo, role: 'PARTNER', pays: true },
        { organisationId: org.bergen, role: 'PARTNER', pays: true },
      ],
    });
    ids.port = await initiative({
      code: 'TEST-PORT',
      name: 'Porteføljetest',
      ownerId: org.nav,
      ministryId: org.fin,
      lifeEvent: 'LOSING_AND_FINDING_A_JOB',
      phase: 'REALISATION',
      startDate: '2023-01-01',
      endDate: '2025-12-31',
      participants: [{ organisationId: org.trondheim, role: 'PARTNER', pays: false }],
    });
    const cost = (
      initiativeId: string,
      year: number,
      category: CostItemFixture['category'],
      plannedAmount: string,
      actualAmount?: string,
    ) => aCostItem(t.gql, { initiativeId, year, category, plannedAmount, actualAmount });
    await cost(ids.npv, 2024, 'DEVELOPMENT', '1000000', '1150000');
    await cost(ids.npv, 2025, 'OPERATION', '100000', '95000');
    await cost(ids.npv, 2026, 'OPERATION', '100000');
    await cost(ids.port, 2023, 'DEVELOPMENT', '300000', '310000');
    await cost(ids.port, 2024, 'OPERATION', '50000');
    for (const year of [2024, 2025, 2026]) await anAllocationRun(t.gql, { initiativeId: ids.npv, year });

    const benefit = async (input: Parameters<typeof aBenefit>[1]) => (await aBenefit(t.gql, input)).id;
    const base = { owner: { name: 'Gevinsteier' }, status: 'IN_REALISATION' } as const;
    ids.b1 = await benefit({
      ...base,
      initiativeId: ids.npv,
      title: 'Avviklede lisenser',
      category: 'BUDGET_RELEASING',
      receivingOrganisationId: org.brreg,
      indicator: { name: 'Avviklede lisenser', unit: 'lisenser', direction: 'INCREASE' },
      baseline: { date: '2024-01-01', value: '0' },
      targets: [
        { date: '2024-12-31', value: '100' },
        { date: '2025-12-31', value: '200' },
      ],
      valuePerUnit: '2000',
    });
    ids.b2 = await benefit({
      ...base,
      initiativeId: ids.npv,
      title: 'Saksbehandlingstimer i Bergen',
      category: 'OTHER_PUBLIC_SECTOR',
      receivingOrganisationId: org.bergen,
      indicator: { name: 'Timer per år', unit: 'timer', direction: 'DECREASE' },
      baseline: { date: '2024-01-01', value: '5000' },
      targets: [
        { date: '2024-12-31', value: '4000' },
        { date: '2025-12-31', value: '3000' },
      ],
      valuePerUnit: '500',
    });
    ids.b3 = await benefit({
      ...base,
      initiativeId: ids.npv,
      title: 'Brukertilfredshet',
      category: 'NON_MONETISED',
      indicator: { name: 'Tilfredshet', unit: 'poeng', direction: 'INCREASE' },
      baseline: { date: '2024-01-01', value: '70' },
      targets: [{ date: '2025-12-31', value: '85' }],
    });
    ids.b4 = await benefit({
      ...base,
      initiativeId: ids.port,
      title: 'Automatiserte vedtak',
      category: 'FREED_CAPACITY',
      receivingOrganisationId: org.nav,
      indicator: { name: 'Automatiserte vedtak per år', unit: 'vedtak', direction: 'INCREASE' },
      baseline: { date: '2023-01-01', value: '0' },
      targets: [{ date: '2024-12-31', value: '1000' }],
      valuePerUnit: '100',
    });
    const measure = (benefitId: string, date: string, value: string) =>
      aMeasurement(t.gql, { benefitId, date, value });
    await measure(ids.b1, '2024-12-31', '80'); // 80 × 2 000 = 160 000 realised in 2024
    await measure(ids.b1, '2025-12-31', '210'); // 210 × 2 000 = 420 000 in 2025 and (carried) 2026
    await measure(ids.b2, '2024-12-31', '4200'); // 800 h × 500 = 400 000 in 2024
    await measure(ids.b2, '2025-06-30', '3500'); // 1 500 h × 500 = 750 000 in 2025 and 2026
    await measure(ids.b3, '2025-12-31', '72');
    await measure(ids.b4, '2024-06-30', '600'); // 600 × 100 = 60 000 in 2024, 2025 and 2026
  });
  afterAll(() => t.close());

  const ECONOMICS = `query($id: ID!, $asOf: LocalDate, $toYear: Int, $rates: [DiscountRatePeriodInput!], $tax: Decimal,
      $lifetime: Int, $residual: Money, $priceBase: Int) {
    initiative(id: $id) { economics(asOf: $asOf, toYear: $toYear, discountRates: $rates, taxFinancingCost: $tax,
        lifetimeYears: $lifetime, residualValue: $residual, priceBaseYear: $priceBase) {
      fromYear baseYear toYear lifetimeYears priceBaseYear priceBaseIndex residualValue projectedRunningCost
      taxFinancingCost discountRates { throughYear rate }
      totalProjectedCost totalActualCostFixedPrices totalPlannedBenefitToDateNok realisationPercent
      presentValueNetPublicSpending npvPerBudgetKrone breakEvenBenefitShare sensitivity { case npv change }
      nonMonetisedBenefits { title indicatorName indicatorUnit category }
      years { year plannedCost projectedCost projected actualCostNominal actualCostFixedPrices priceIndex priceIndexYear priceIndexEstimated }
      totalPlannedCost totalActualCost costsByYear { year planned actual }
      benefitsByYear { year plannedNok realisedNok } totalPlannedBenefitNok totalRealisedBenefitNok
      npv npvPerNokInvested paybackYear presentValueCosts presentValueBenefits presentValueTaxFinancingCost
      presentValueInvestment npvByYear { year discountFactor cost benefit taxFinancingCost presentNet cumulativePresentNet }
    } } }`;

  it('computes an initiative’s NPV after R-109 that matches the hand computation', async () => {
    const economics = (await must(reviewer, ECONOMICS, { id: ids.npv, asOf: AS_OF, lifetime: 3 })).initiative
      .economics;
    // Lifetime 3 years: 2024 (start, first cost and first baseline) to 2026 (the last cost year, so no projected
    // running cost); 4 %, tax 20 %. Benefits are time-weighted (issue 14): a year counts the average of the
    // planned improvement over its days (0 from the baseline 1 January 2024, straight lines to the targets).
    // B1 (licences, 2 000 NOK, budget-releasing): 0 → 100 on 2024-12-31 (day 365) → 200 on 2025-12-31.
    //   2024 (366 days): (365 × 100 / 2 + (100 + 100.27397…) / 2) / 366 = 50.136… × 2 000 = 100 273.97;
    //   2025: the line 100.27… → 200 (364 days) then 200 for 1 day: 150.27… × 2 000 = 300 547.19; 2026: 400 000.
    // B2 (Bergen's hours, 500 NOK): the same shape × 1 000 h: 2024 250 684.93, 2025 751 367.99, 2026 1 000 000.
    // 2024, factor 1: cost 1 000 000; benefit 100 273.97 + 250 684.93 = 350 958.90; saving 100 273.97
    //   tax = 20 % × (1 000 000 − 100 273.97) = 179 945.21; net = 350 958.90 − 1 000 000 − 179 945.21 = −828 986.31.
    // 2025, factor 1/1.04: cost 100 000 → 96 153.85; benefit 1 051 915.18 → 1 011 456.90; saving 300 547.19,
    //   tax 20 % × (100 000 − 300 547.19) = −40 109.44 → −38 566.77; present net 953 869.82.
    // 2026, factor 1/1.0816: cost 92 455.62; benefit 1 400 000 → 1 294 378.70; tax −60 000 → −55 473.37;
    //   present net 1 257 396.45.
    // NPV = −828 986.31 + 953 869.82 + 1 257 396.45 = 1 382 279.96.
    // Present value of the investment (the cost items) = 1 000 000 + 96 153.85 + 92 455.62 = 1 188 609.47;
    // NPV per krone = 1 382 279.96 / 1 188 609.47 = 1.16294… → 1.1629. Payback: cumulative ≥ 0 from 2025.
    expect(economics).toMatchObject({
      fromYear: 2024,
      baseYear: 2024,
      toYear: 2026,
      lifetimeYears: 3,
      // Price base: the start year 2024, index 133.6 (SSB 03014). 2025 and 2026 have no published index:
      // 2024's is used, so the 95 000 booked in 2025 stays 95 000 in 2024 prices.
      priceBaseYear: 2024,
      priceBaseIndex: '133.6',
      residualValue: '0.00',
      projectedRunningCost: '100000.00',
      totalProjectedCost: '0.00',
      totalActualCostFixedPrices: '1245000.00',
      taxFinancingCost: '0.20',
      discountRates: [
        { throughYear: 40, rate: '0.04' },
        { throughYear: 75, rate: '0.03' },
        { throughYear: null, rate: '0.02' },
      ],
      npv: '1382279.96',
      npvPerNokInvested: '1.1629',
      paybackYear: 2025,
      presentValueCosts: '1188609.47',
      presentValueBenefits: '2656794.50', // 350 958.90 + 1 011 456.90 + 1 294 378.70
      presentValueTaxFinancingCost: '85905.07', // 179 945.21 − 38 566.77 − 55 473.37
      presentValueInvestment: '1188609.47',
      totalPlannedCost: '1200000.00',
      totalActualCost: '1245000.00',
      // 350 958.90 + 1 051 915.18 + 1 400 000
      totalPlannedBenefitNok: '2802874.08',
      // Realised, time-weighted from the measurements (straight lines between them, held after the last, to
      // the end of 30 June 2026): B1 80 219.55 + 290 711.35 + 208 273.97; B2 200 549.09 + 664 175.43 +
      // 371 917.81 (1 500 h × 181/365 × 500)
      totalRealisedBenefitNok: '1815847.20',
      // Net burden on public budgets (cost items − budget-releasing benefits): 2024 1 000 000 − 100 273.97 =
      //   899 726.03; 2025 100 000 − 300 547.19 = −200 547.19 → −192 833.84; 2026 −300 000 → −277 366.86.
      //   Present value 899 726.03 − 192 833.84 − 277 366.86 = 429 525.33;
      //   NPV per budget krone = 1 382 279.96 / 429 525.33 = 3.21816… → 3.2182.
      presentValueNetPublicSpending: '429525.33',
      npvPerBudgetKrone: '3.2182',
      // Benefits without the plan (share 0): 2024 −1 000 000 − 200 000 tax; 2025 (−100 000 − 20 000)/1.04
      //   = −96 153.85 − 19 230.77; 2026 −92 455.62 − 18 491.12 → NPV(0) = −1 426 331.36.
      //   Break-even share = 1 426 331.36 / (1 382 279.96 + 1 426 331.36) = 0.50784… → 0.5078.
      breakEvenBenefitShare: '0.5078',
      nonMonetisedBenefits: [
        {
          title: 'Brukertilfredshet',
          indicatorName: 'Tilfredshet',
          indicatorUnit: 'poeng',
          category: 'NON_MONETISED',
        },
      ],
    });
    // Sensitivity. Benefits × 0.8 (budget savings too): the NPV loses 20 % of the benefits' present value
    //   2 656 794.50 and of the tax gain from the savings (20 % × (100 273.97 + 300 547.19/1.04 +
    //   400 000/1.0816) = 20 % × 759 084.14 = 151 816.83): 0.2 × 2 808 611.33 = 561 722.27 (each year's
    //   figures rounded: −561 722.26 and +561 722.28).
    // Costs × 1.2: −0.2 × 1.2 × 1 188 609.47 = −285 266.27.
    // One year late: 2024 has no benefit: −1 000 000 − 200 000 = −1 200 000; 2025 gets 2024's 350 958.90
    //   (saving 100 273.97, tax 20 % × (100 000 − 100 273.97) = −54.79): (350 958.90 − 100 000 + 54.79)/1.04
    //   = 241 359.31; 2026 gets 2025's 1 051 915.18 (tax −40 109.44): (1 051 915.18 − 100 000 + 40 109.44)
    //   /1.0816 = 917 182.54 → NPV −41 458.15 (−41 458.16 with each figure rounded), change −1 423 738.12.
    expect(economics.sensitivity).toEqual([
      { case: 'BENEFITS_MINUS_20', npv: '820557.70', change: '-561722.26' },
      { case: 'BENEFITS_PLUS_20', npv: '1944002.24', change: '561722.28' },
      { case: 'COSTS_PLUS_20', npv: '1097013.69', change: '-285266.27' },
      { case: 'EFFECT_ONE_YEAR_LATE', npv: '-41458.16', change: '-1423738.12' },
    ]);
    expect(
      economics.years.map((y: any) => [
        y.year,
        y.actualCostFixedPrices,
        y.priceIndexYear,
        y.priceIndexEstimated,
      ]),
    ).toEqual([
      [2024, '1150000.00', 2024, false],
      [2025, '95000.00', 2024, true],
      [2026, null, 2024, true],
    ]);
    expect(economics.costsByYear).toEqual([
      { year: 2024, planned: '1000000.00', actual: '1150000.00' },
      { year: 2025, planned: '100000.00', actual: '95000.00' },
      { year: 2026, planned: '100000.00', actual: null },
    ]);
    // B1 + B2 per year (see above); realised 2024 80 219.55 + 200 549.09, 2025 290 711.35 + 664 175.43,
    // 2026 (to 30 June) 208 273.97 + 371 917.81
    expect(economics.benefitsByYear).toEqual([
      { year: 2024, plannedNok: '350958.90', realisedNok: '280768.64' },
      { year: 2025, plannedNok: '1051915.18', realisedNok: '954886.78' },
      { year: 2026, plannedNok: '1400000.00', realisedNok: '580191.78' },
    ]);
    expect(
      economics.npvByYear.map((y: any) => [y.year, y.taxFinancingCost, y.presentNet, y.cumulativePresentNet]),
    ).toEqual([
      [2024, '179945.21', '-828986.31', '-828986.31'],
      [2025, '-40109.44', '953869.82', '124883.51'],
      [2026, '-60000.00', '1257396.45', '1382279.96'],
    ]);
    // Parameters: no tax financing cost and a flat 2 %. 2024: 350 958.90 − 1 000 000 = −649 041.10.
    // 2025: 1 051 915.18/1.02 = 1 031 289.39 and 100 000/1.02 = 98 039.22 → 933 250.17.
    // 2026: 1 400 000/1.0404 = 1 345 636.29 and 100 000/1.0404 = 96 116.88 → 1 249 519.41.
    // NPV = −649 041.10 + 933 250.17 + 1 249 519.41 = 1 533 728.48.
    const flat = (
      await must(reviewer, ECONOMICS, {
        id: ids.npv,
        asOf: AS_OF,
        lifetime: 3,
        rates: [{ rate: '0.02' }],
        tax: '0',
      })
    ).initiative.economics;
    expect(flat.npv).toBe('1533728.48');
    // The default lifetime, 10 years: 2024–2033, the same years for costs and benefits. The running cost of
    // the last cost year (2026: OPERATION 100 000) is projected for 2027–2033; benefits hold at 1 400 000
    // (saving 400 000, tax −60 000). Each later year t adds (1 400 000 − 100 000 + 60 000)/1.04^t, rounded
    // per figure: 2027 1 244 594.90 − 88 899.64 + 53 339.78 = 1 209 035.04; 2028 1 162 533.70;
    // 2029 1 117 820.87; 2030 1 074 827.76; 2031 1 033 488.23; 2032 993 738.68; 2033 955 517.96.
    // NPV = 1 382 279.96 + 7 546 962.24 = 8 929 242.20. Planned benefits 2 802 874.08 + 7 × 1 400 000 =
    // 12 602 874.08.
    // Net public spending saves more than it costs (800 000 − Σ 300 000/1.04^t < 0): no NPV per budget krone.
    const full = (await must(reviewer, ECONOMICS, { id: ids.npv, asOf: AS_OF })).initiative.economics;
    expect(full).toMatchObject({
      fromYear: 2024,
      toYear: 2033,
      lifetimeYears: 10,
      totalProjectedCost: '700000.00',
      totalPlannedBenefitNok: '12602874.08',
      npv: '8929242.20',
      npvPerBudgetKrone: null,
      paybackYear: 2025,
    });
    expect(full.years.filter((y: any) => y.projected).map((y: any) => [y.year, y.projectedCost])).toEqual(
      [2027, 2028, 2029, 2030, 2031, 2032, 2033].map((year) => [year, '100000.00']),
    );
    // A residual value is a benefit in the last year: 1 000 000 × 0.7025867356 = 702 586.74 more.
    const residual = (await must(reviewer, ECONOMICS, { id: ids.npv, asOf: AS_OF, residual: '1000000' }))
      .initiative.economics;
    expect(residual.npv).toBe('9631828.94'); // 8 929 242.20 + 702 586.74
    // toYear gives the period's end for costs and benefits alike (lifetime = 2030 − 2024 + 1 = 7), and is
    // refused together with a lifetime.
    const to2030 = (await must(reviewer, ECONOMICS, { id: ids.npv, asOf: AS_OF, toYear: 2030 })).initiative
      .economics;
    expect([to2030.toYear, to2030.lifetimeYears, to2030.totalProjectedCost]).toEqual([2030, 7, '400000.00']);
    const both = await reviewer(ECONOMICS, { id: ids.npv, toYear: 2030, lifetime: 5 });
    expect(both.errors![0].extensions!.field).toBe('lifetimeYears');
    const zero = await reviewer(ECONOMICS, { id: ids.npv, lifetime: 0 });
    expect(zero.errors![0].message).toMatch(/lifetimeYears: must be a whole number of years from 1 to 100/);
    const bad = await reviewer(ECONOMICS, { id: ids.npv, rates: [{ throughYear: 10, rate: '0.04' }] });
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0].extensions!.field).toBe('discountRates[0].throughYear');
    const early = await reviewer(ECONOMICS, { id: ids.npv, toYear: 2025 });
    expect(early.errors![0].message).toMatch(/toYear: must not be before the last cost year 2026/);
  });

  const SUMMARY = `query($f: PortfolioFilter, $asOf: LocalDate) { portfolioSummary(filter: $f, asOf: $asOf) {
    asOf fromYear toYear initiativeCount benefitCount plannedCostNok actualCostNok plannedBenefitNok
    plannedBenefitToDateNok realisedBenefitNok realisationPercent rag { green amber red notAssessed }
    byYear { year plannedCostNok actualCostNok plannedBenefitNok realisedBenefitNok }
    byMinistry { ministryId ministry { name } initiativeCount plannedCostNok plannedBenefitNok realisedBenefitNok }
    byLifeEvent { lifeEvent initiativeCount plannedCostNok plannedBenefitNok }
    byAdministrativeLevel { level initiativeCount plannedCostNok plannedBenefitNok realisedBenefitNok }
  } }`;

  /** The same figures summed over initiatives, from each initiative's economics and its benefits. */
  async function sumOfInitiatives(initiativeIds: string[], fromYear: number, toYear: number) {
    const sum = {
      plannedCost: 0n,
      actualCost: 0n,
      plannedBenefit: 0n,
      realised: 0n,
      green: 0,
      amber: 0,
      red: 0,
      none: 0,
    };
    const ore = (nok: string | null) => (nok === null ? 0n : BigInt(nok.replace('.', '')));
    for (const id of initiativeIds) {
      const { economics, benefits } = (
        await must(
          t.gql,
          `query($id: ID!, $asOf: LocalDate) { initiative(id: $id) {
            economics(asOf: $asOf) { costsByYear { year planned actual } benefitsByYear { year plannedNok realisedNok } }
            benefits { status realisation(asOf: $asOf) { rag } } } }`,
          { id, asOf: AS_OF },
        )
      ).initiative;
      const inRange = (year: number) => year >= fromYear && year <= toYear;
      for (const c of economics.costsByYear.filter((c: any) => inRange(c.year))) {
        sum.plannedCost += ore(c.planned);
        sum.actualCost += ore(c.actual);
      }
      for (const b of economics.benefitsByYear.filter((b: any) => inRange(b.year))) {
        sum.plannedBenefit += ore(b.plannedNok);
        sum.realised += ore(b.realisedNok);
      }
      for (const b of benefits.filter((b: any) => b.status !== 'CANCELLED')) {
        const rag = b.realisation.rag as string | null;
        if (rag === 'GREEN') sum.green++;
        else if (rag === 'AMBER') sum.amber++;
        else if (rag === 'RED') sum.red++;
        else sum.none++;
      }
    }
    const nok = (value: bigint) => {
      const text = (value < 0n ? -value : value).toString().padStart(3, '0');
      return `${value < 0n ? '-' : ''}${text.slice(0, -2)}.${text.slice(-2)}`;
    };
    return {
      initiativeCount: initiativeIds.length,
      plannedCostNok: nok(sum.plannedCost),
      actualCostNok: nok(sum.actualCost),
      plannedBenefitNok: nok(sum.plannedBenefit),
      realisedBenefitNok: nok(sum.realised),
      rag: { green: sum.green, amber: sum.amber, red: sum.red, notAssessed: sum.none },
    };
  }

  it('sums the portfolio of a ministry: hand-checked, and equal to the sum of its initiatives', async () => {
    // The default window is the union of the initiatives' analysis periods (10 years each): TEST-PORT
    // 2023–2032, TEST-NPV 2024–2033 → 2023–2033. Each initiative counts its own years only:
    // TEST-NPV 2 802 874.08 + 7 × 1 400 000 = 12 602 874.08 (time-weighted, see the NPV test); TEST-PORT (B4:
    // 0 → 1 000 decisions from 2023-01-01 to 2024-12-31, 100 NOK) 2023: 364/2 / 729 × 365… average 250 →
    // 25 000.00, 2024: 750.68… → 75 068.31, then 8 × 100 000 = 900 068.31 → 13 502 942.39 planned.
    // Planned to date and realised stop at asOf: as in the window 2023–2026 below.
    const whole = (await must(t.gql, SUMMARY, { f: { ministryId: org.fin }, asOf: AS_OF })).portfolioSummary;
    expect(whole).toMatchObject({
      fromYear: 2023,
      toYear: 2033,
      plannedCostNok: '1550000.00',
      plannedBenefitNok: '13502942.39',
      plannedBenefitToDateNok: '2346778.00',
      realisedBenefitNok: '1980737.39',
      realisationPercent: '84.40',
    });
    expect(whole.byYear.at(-1)).toEqual({
      year: 2033, // TEST-NPV only: TEST-PORT's period ended in 2032
      plannedCostNok: '0.00',
      actualCostNok: null,
      plannedBenefitNok: '1400000.00',
      realisedBenefitNok: null,
    });
    expect(whole).toMatchObject(await sumOfInitiatives([ids.npv, ids.port], whole.fromYear, whole.toYear));
    const summary = (
      await must(t.gql, SUMMARY, { f: { ministryId: org.fin, fromYear: 2023, toYear: 2026 }, asOf: AS_OF })
    ).portfolioSummary;
    // Years 2023 (TEST-PORT's first cost and baseline) to 2026 (last cost year and asOf's year), asked for.
    // Costs: 1 200 000 + 350 000 planned; 1 245 000 + 310 000 actual.
    // Planned benefits: TEST-NPV 2 802 874.08; TEST-PORT 25 000 + 75 068.31 + 2 × 100 000 = 300 068.31
    // → 3 102 942.39.
    // Planned to date: 2026 only to 30 June (181/365): TEST-NPV 350 958.90 + 1 051 915.18 + (400 000 +
    // 1 000 000) × 181/365 = 2 097 120.65 (198 356.16 + 495 890.41); TEST-PORT 25 000 + 75 068.31 + 100 000 +
    // 49 589.04 = 249 657.35 → 2 346 778.00.
    // Realised: TEST-NPV 1 815 847.20; TEST-PORT (0 → 600 on 2024-06-30, held) 20 054.95 + 55 081.82 +
    // 60 000 + 29 753.42 = 164 890.19 → 1 980 737.39; 1 980 737.39 / 2 346 778.00 = 84.402… %.
    // RAG at asOf: B1 210/200 = 105 % GREEN; B2 1 500/2 000 = 75 % AMBER; B3 2/15 = 13 % RED; B4 60 % AMBER.
    expect(summary).toMatchObject({
      asOf: AS_OF,
      fromYear: 2023,
      toYear: 2026,
      initiativeCount: 2,
      benefitCount: 4,
      plannedCostNok: '1550000.00',
      actualCostNok: '1555000.00',
      plannedBenefitNok: '3102942.39',
      plannedBenefitToDateNok: '2346778.00',
      realisedBenefitNok: '1980737.39',
      realisationPercent: '84.40',
      rag: { green: 1, amber: 2, red: 1, notAssessed: 0 },
    });
    expect(summary.byYear).toEqual([
      {
        year: 2023,
        plannedCostNok: '300000.00',
        actualCostNok: '310000.00',
        plannedBenefitNok: '25000.00', // B4's ramp: average 250 decisions × 100
        realisedBenefitNok: '20054.95',
      },
      {
        year: 2024,
        plannedCostNok: '1050000.00',
        actualCostNok: '1150000.00',
        plannedBenefitNok: '426027.21', // 350 958.90 + 75 068.31
        realisedBenefitNok: '335850.46', // 280 768.64 + 55 081.82
      },
      {
        year: 2025,
        plannedCostNok: '100000.00',
        actualCostNok: '95000.00',
        plannedBenefitNok: '1151915.18', // 1 051 915.18 + 100 000
        realisedBenefitNok: '1014886.78', // 954 886.78 + 60 000
      },
      {
        year: 2026,
        plannedCostNok: '100000.00',
        actualCostNok: null,
        plannedBenefitNok: '1500000.00',
        realisedBenefitNok: '609945.20', // to 30 June: 580 191.78 + 29 753.42
      },
    ]);
    expect(summary.byMinistry).toEqual([
      {
        ministryId: org.fin,
        ministry: { name: 'Finansdepartementet' },
        initiativeCount: 2,
        plannedCostNok: '1550000.00',
        plannedBenefitNok: '3102942.39',
        realisedBenefitNok: '1980737.39',
      },
    ]);
    expect(summary.byLifeEvent).toEqual([
      {
        lifeEvent: 'LOSING_AND_FINDING_A_JOB',
        initiativeCount: 1,
        plannedCostNok: '350000.00',
        plannedBenefitNok: '300068.31',
      },
      {
        lifeEvent: 'STARTING_AND_RUNNING_A_BUSINESS',
        initiativeCount: 1,
        plannedCostNok: '1200000.00',
        plannedBenefitNok: '2802874.08',
      },
    ]);
    expect(summary.byAdministrativeLevel).toEqual([
      {
        level: 'CENTRAL',
        initiativeCount: 2,
        plannedCostNok: '1550000.00',
        plannedBenefitNok: '3102942.39',
        realisedBenefitNok: '1980737.39',
      },
    ]);
    expect(summary).toMatchObject(
      await sumOfInitiatives([ids.npv, ids.port], summary.fromYear, summary.toYear),
    );
    // A year range narrows costs and benefits alike: 2025 only.
    const year2025 = (
      await must(t.gql, SUMMARY, { f: { ministryId: org.fin, fromYear: 2025, toYear: 2025 }, asOf: AS_OF })
    ).portfolioSummary;
    expect(year2025).toMatchObject({
      plannedCostNok: '100000.00',
      plannedBenefitNok: '1151915.18',
      realisedBenefitNok: '1014886.78',
    });
  });

  it('sums the portfolio of a county: equal to the sum of the initiatives with a participant there', async () => {
    // Pages of 50: an initiative's participants are priced at up to 357 rows each (docs/api.md, Limits).
    const all: any[] = [];
    for (let offset = 0; ; offset += 50) {
      const page = (
        await must(
          t.gql,
          `query($o: Int!) { initiatives(offset: $o, limit: 50) { totalCount nodes { id participants { organisation { countyNumber } } } } }`,
          { o: offset },
        )
      ).initiatives;
      all.push(...page.nodes);
      if (offset + 50 >= page.totalCount) break;
    }
    const inTrondelag = all
      .filter((i: any) => i.participants.some((p: any) => p.organisation.countyNumber === '50'))
      .map((i: any) => i.id);
    expect(inTrondelag).toContain(ids.port);
    expect(inTrondelag).not.toContain(ids.npv);
    const summary = (await must(t.gql, SUMMARY, { f: { countyNumber: '50' }, asOf: AS_OF })).portfolioSummary;
    expect(summary.initiativeCount).toBe(inTrondelag.length);
    expect(summary).toMatchObject(await sumOfInitiatives(inTrondelag, summary.fromYear, summary.toYear));
    // The breakdowns partition the totals.
    const total = (rows: any[], field: string) =>
      rows.reduce((acc, row) => acc + BigInt(row[field].replace('.', '')), 0n);
    for (const breakdown of ['byMinistry', 'byLifeEvent', 'byAdministrativeLevel'])
      expect(total(summary[breakdown], 'plannedCostNok')).toBe(
        BigInt(summary.plannedCostNok.replace('.', '')),
      );
  });

  it('shows a portfolio reviewer their own ministry only, and refuses another ministry', async () => {
    const own = (await must(reviewer, SUMMARY, { asOf: AS_OF })).portfolioSummary;
    expect(own.byMinistry.map((m: any) => m.ministry.name)).toEqual(['Kommunal- og distriktsdepartementet']);
    expect(own.initiativeCount).toBe(2); // DEMO-DIGIFIN-FIKS and DEMO-DIGIFIN-BYGGESAK
    const forced = (await must(reviewer, SUMMARY, { f: { ministryId: org.kdd }, asOf: AS_OF }))
      .portfolioSummary;
    expect(forced.plannedCostNok).toBe(own.plannedCostNok);
    expect(errorCode(await reviewer(SUMMARY, { f: { ministryId: org.fin } }))).toBe('FORBIDDEN');
    expect(errorCode(await reviewer(NET, { f: { ministryId: org.fin } }))).toBe('FORBIDDEN');
    // Others see what their organisation owns, takes part in or receives benefits from.
    const ownerView = (await must(owner, SUMMARY, { f: { ministryId: org.fin }, asOf: AS_OF }))
      .portfolioSummary;
    expect(ownerView.initiativeCount).toBe(1); // TEST-NPV; Brønnøysundregistrene has no part in TEST-PORT
  });

  const NET = `query($f: PortfolioFilter, $asOf: LocalDate) { netPositions(filter: $f, asOf: $asOf) {
    fromYear toYear
    organisations { organisationId organisation { name } level allocatedCostNok ownBudgetCostNok paidNok plannedBenefitNok realisedBenefitNok plannedNetNok realisedNetNok flags }
    levels { level organisations allocatedCostNok ownBudgetCostNok paidNok plannedBenefitNok realisedBenefitNok }
    schemes { scheme paidNok share }
    matrix { payerLevel payerScheme beneficiaryLevel costNok plannedBenefitNok realisedBenefitNok }
    totals { allocatedCostNok ownBudgetCostNok schemePaidNok paidNok plannedBenefitNok realisedBenefitNok plannedNetNok realisedNetNok }
  } }`;

  it('flags an organisation that benefits without paying, counts the owner’s own budget, and builds the pays × benefits matrix', async () => {
    // The years 2023–2026 (within both initiatives' analysis periods, so each counts them all).
    const net = (
      await must(t.gql, NET, { f: { ministryId: org.fin, fromYear: 2023, toYear: 2026 }, asOf: AS_OF })
    ).netPositions;
    // Allocated (equal key, current runs 2024–2026): Oslo and Bergen 500 000 + 50 000 + 50 000 = 600 000 each.
    // Own budget (issue 14): TEST-PORT's cost items (2023: 300 000, 2024: 50 000) have no allocation run and
    // name no funding source, so its owner NAV pays them: 350 000.00. TEST-NPV's items are all allocated.
    // Received (time-weighted, see the NPV and summary tests): Brønnøysundregistrene B1 planned 100 273.97 +
    // 300 547.19 + 400 000 = 800 821.16, realised 80 219.55 + 290 711.35 + 208 273.97 = 579 204.87;
    // Bergen B2 planned 250 684.93 + 751 367.99 + 1 000 000 = 2 002 052.92, realised 200 549.09 + 664 175.43 +
    // 371 917.81 = 1 236 642.33; NAV B4 planned 300 068.31, realised 164 890.19. Oslo receives nothing:
    // PAYS_WITHOUT_BENEFIT.
    // NAV pays (350 000) and benefits: no flag (before issue 14 it was BENEFITS_WITHOUT_PAYING).
    // Brønnøysundregistrene owns TEST-NPV but pays nothing and its funding is a co-financing grant, not its
    // own budget: still BENEFITS_WITHOUT_PAYING. Order: by paid — 600 000, 600 000 (Bergen first: larger
    // planned benefit), 350 000, 0.
    expect(
      net.organisations.map((o: any) => [
        o.organisation.name,
        o.allocatedCostNok,
        o.ownBudgetCostNok,
        o.paidNok,
        o.plannedBenefitNok,
        o.realisedBenefitNok,
        o.flags,
      ]),
    ).toEqual([
      ['Bergen', '600000.00', '0.00', '600000.00', '2002052.92', '1236642.33', []],
      ['Oslo', '600000.00', '0.00', '600000.00', '0.00', '0.00', ['PAYS_WITHOUT_BENEFIT']],
      ['NAV (Arbeids- og velferdsetaten)', '0.00', '350000.00', '350000.00', '300068.31', '164890.19', []],
      [
        'Brønnøysundregistrene',
        '0.00',
        '0.00',
        '0.00',
        '800821.16',
        '579204.87',
        ['BENEFITS_WITHOUT_PAYING'],
      ],
    ]);
    // Bergen: 2 002 052.92 − 600 000 = 1 402 052.92 planned; 1 236 642.33 − 600 000 = 636 642.33 realised
    expect(net.organisations[0]).toMatchObject({ plannedNetNok: '1402052.92', realisedNetNok: '636642.33' });
    // NAV: 300 068.31 − 350 000 = −49 931.69 planned; 164 890.19 − 350 000 = −185 109.81 realised
    expect(net.organisations[2]).toMatchObject({ plannedNetNok: '-49931.69', realisedNetNok: '-185109.81' });
    expect(net.levels).toEqual([
      {
        level: 'CENTRAL',
        organisations: 2,
        allocatedCostNok: '0.00',
        ownBudgetCostNok: '350000.00',
        paidNok: '350000.00',
        plannedBenefitNok: '1100889.47', // 800 821.16 + 300 068.31
        realisedBenefitNok: '744095.06', // 579 204.87 + 164 890.19
      },
      {
        level: 'LOCAL',
        organisations: 2,
        allocatedCostNok: '1200000.00',
        ownBudgetCostNok: '0.00',
        paidNok: '1200000.00',
        plannedBenefitNok: '2002052.92',
        realisedBenefitNok: '1236642.33',
      },
    ]);
    expect(net.schemes).toEqual([]);
    // paid = 1 200 000 + 350 000 + 0 = 1 550 000.00 (= the cost items of 2023–2026: 1 000 000 + 100 000 +
    // 100 000 + 300 000 + 50 000); plannedNet = 3 102 942.39 − 1 550 000 = 1 552 942.39;
    // realisedNet = 1 980 737.39 − 1 550 000 = 430 737.39
    expect(net.totals).toEqual({
      allocatedCostNok: '1200000.00',
      ownBudgetCostNok: '350000.00',
      schemePaidNok: '0.00',
      paidNok: '1550000.00',
      plannedBenefitNok: '3102942.39',
      realisedBenefitNok: '1980737.39',
      plannedNetNok: '1552942.39',
      realisedNetNok: '430737.39',
    });
    // TEST-NPV: local government pays all 1 200 000; its cost follows the planned benefits, 800 821.16 central
    // and 2 002 052.92 local: 1 200 000 × 800 821.16 / 2 802 874.08 = 342 857.14… and × 2 002 052.92 /
    // 2 802 874.08 = 857 142.85…; the øre left goes to the larger remainder → 342 857.14 and 857 142.86. TEST-PORT: NAV (central) pays its 350 000 from its
    // own budget and the only benefit is NAV's, so all of it is central × central (before issue 14: "no payer").
    expect(net.matrix).toEqual([
      {
        payerLevel: 'CENTRAL',
        payerScheme: null,
        beneficiaryLevel: 'CENTRAL',
        costNok: '350000.00',
        plannedBenefitNok: '300068.31',
        realisedBenefitNok: '164890.19',
      },
      {
        payerLevel: 'LOCAL',
        payerScheme: null,
        beneficiaryLevel: 'CENTRAL',
        costNok: '342857.14',
        plannedBenefitNok: '800821.16',
        realisedBenefitNok: '579204.87',
      },
      {
        payerLevel: 'LOCAL',
        payerScheme: null,
        beneficiaryLevel: 'LOCAL',
        costNok: '857142.86',
        plannedBenefitNok: '2002052.92',
        realisedBenefitNok: '1236642.33',
      },
    ]);
  });

  it('never shows a finance officer another organisation’s allocated cost', async () => {
    // Oslo owns no initiative: it sees its own row only (it pays in TEST-NPV and in demo initiatives), and
    // every total, level and matrix cell is computed from that row alone.
    const net = (await must(oslo, NET, { asOf: AS_OF })).netPositions;
    expect(net.organisations.map((o: any) => o.organisation.name)).toEqual(['Oslo']);
    const own = net.organisations[0];
    expect(Number(own.allocatedCostNok)).toBeGreaterThan(600000);
    expect(net.totals.allocatedCostNok).toBe(own.allocatedCostNok);
    expect(net.levels).toEqual([
      expect.objectContaining({ level: 'LOCAL', organisations: 1, allocatedCostNok: own.allocatedCostNok }),
    ]);
    const matrixCost = net.matrix.reduce(
      (acc: bigint, c: any) => acc + BigInt(c.costNok.replace('.', '')),
      0n,
    );
    // The matrix's rows add up to every payment shown: Oslo's own (allocations and own budget) and the grant
    // schemes' of the initiatives it sees (visible to whoever reads the initiative).
    const schemes = net.schemes.reduce((acc: bigint, s: any) => acc + BigInt(s.paidNok.replace('.', '')), 0n);
    expect(net.totals.paidNok).toBe(
      ((BigInt(own.paidNok.replace('.', '')) + schemes) as bigint).toString().replace(/(\d\d)$/, '.$1'),
    );
    expect(matrixCost).toBe(BigInt(net.totals.paidNok.replace('.', '')));
    // Bergen owns DEMO-DIGIFIN-HELSESTASJON, so it sees that initiative's participants (canSeeFinancialDetail),
    // but not Oslo, its fellow payer in TEST-NPV.
    const bergenView = (await must(bergen, NET, { asOf: AS_OF })).netPositions;
    expect(bergenView.organisations.map((o: any) => o.organisation.name)).toContain('Bergen');
    expect(bergenView.organisations.map((o: any) => o.organisation.name)).not.toContain('Oslo');
    const bergenFin = (await must(bergen, NET, { f: { ministryId: org.fin }, asOf: AS_OF })).netPositions;
    expect(bergenFin.organisations.map((o: any) => o.organisation.name)).toEqual(['Bergen']);
    // The owner organisation sees every participant of its own initiative.
    const ownerView = (await must(owner, NET, { f: { ministryId: org.fin }, asOf: AS_OF })).netPositions;
    expect(ownerView.organisations.map((o: any) => o.organisation.name).sort()).toEqual([
      'Bergen',
      'Brønnøysundregistrene',
      'Oslo',
    ]);
  });

  const REPORT = `query($id: ID!, $year: Int!) { coFinancingReport(initiativeId: $id, year: $year) {
    year periodStart periodEnd dueDate isFinalReport asOf coFinancingGrantNok deviationThresholdPercent
    initiative { code }
    accounts { year category plannedNok actualNok deviationNok deviationPercent flagged }
    totalPlannedNok totalActualNok
    benefits { title isExternal plannedNok realisedNok externalInputMissing receivingOrganisation { name }
      realisation { rag percent } ownerReport { assessment comment reportedByName } }
    budgetTakeOut { takeOutPercent preProjectRunningCostNok plannedInternalNetNok realisedInternalNetNok plannedTakeOutNok realisedTakeOutNok }
  } }`;

  it('writes the co-financing annual report with deviations, benefit status, owners’ input and the take-out', async () => {
    const before = (await must(owner, REPORT, { id: ids.npv, year: 2025 })).coFinancingReport;
    expect(before).toMatchObject({
      year: 2025,
      periodStart: '2025-01-01',
      periodEnd: '2025-12-31',
      dueDate: '2026-03-01',
      isFinalReport: false,
      asOf: '2025-12-31',
      coFinancingGrantNok: '500000.00',
      deviationThresholdPercent: '10',
      initiative: { code: 'TEST-NPV' },
      // 2024: 1 150 000 against 1 000 000 = +15 % → flagged; 2025: 95 000 against 100 000 = −5 %.
      accounts: [
        {
          year: 2024,
          category: 'DEVELOPMENT',
          plannedNok: '1000000.00',
          actualNok: '1150000.00',
          deviationNok: '150000.00',
          deviationPercent: '15.00',
          flagged: true,
        },
        {
          year: 2024,
          category: null,
          plannedNok: '1000000.00',
          actualNok: '1150000.00',
          deviationNok: '150000.00',
          deviationPercent: '15.00',
          flagged: true,
        },
        {
          year: 2025,
          category: 'OPERATION',
          plannedNok: '100000.00',
          actualNok: '95000.00',
          deviationNok: '-5000.00',
          deviationPercent: '-5.00',
          flagged: false,
        },
        {
          year: 2025,
          category: null,
          plannedNok: '100000.00',
          actualNok: '95000.00',
          deviationNok: '-5000.00',
          deviationPercent: '-5.00',
          flagged: false,
        },
      ],
      totalPlannedNok: '1100000.00',
      totalActualNok: '1245000.00',
      // Internal budget-releasing benefits (B1, in the owner organisation) in 2025, time-weighted: planned
      // 300 547.19 (the line 100.27… → 200 licences, average 150.27… × 2 000), realised 290 711.35 (the line
      // from 80 on 2024-12-31 to 210 on 2025-12-31). Issue 15: the solution's running costs beyond the
      // pre-project level are netted too; TEST-NPV states no pre-project level (0), so its 2025 OPERATION
      // item counts whole: planned 100 000, actual 95 000. Net 300 547.19 − 100 000 = 200 547.19 and
      // 290 711.35 − 95 000 = 195 711.35; 50 % taken out: 100 273.595 → 100 273.60 and 97 855.675 → 97 855.68.
      budgetTakeOut: {
        takeOutPercent: '50',
        preProjectRunningCostNok: null,
        plannedInternalNetNok: '200547.19',
        realisedInternalNetNok: '195711.35',
        plannedTakeOutNok: '100273.60',
        realisedTakeOutNok: '97855.68',
      },
    });
    expect(
      before.benefits.map((b: any) => [
        b.title,
        b.isExternal,
        b.plannedNok,
        b.realisedNok,
        b.externalInputMissing,
      ]),
    ).toEqual([
      ['Avviklede lisenser', false, '300547.19', '290711.35', false],
      ['Saksbehandlingstimer i Bergen', true, '751367.99', '664175.43', true],
      ['Brukertilfredshet', false, null, null, false],
    ]);
    // The external benefit owner (Bergen) gives their input for 2025; a second submission needs the version.
    const SUBMIT = `mutation($i: SubmitBenefitOwnerReportInput!) { submitBenefitOwnerReport(input: $i) { id version assessment } }`;
    expect(
      errorCode(
        await oslo(SUBMIT, { i: { benefitId: ids.b2, year: 2025, assessment: 'AMBER', comment: 'x' } }),
      ),
    ).toBe('FORBIDDEN');
    const submitted = await bergen(SUBMIT, {
      i: {
        benefitId: ids.b2,
        year: 2025,
        assessment: 'AMBER',
        comment: 'Gevinsten kommer, men et halvt år senere enn planlagt.',
      },
    });
    expect(submitted.data.submitBenefitOwnerReport).toMatchObject({ version: 1, assessment: 'AMBER' });
    expect(
      errorCode(
        await bergen(SUBMIT, { i: { benefitId: ids.b2, year: 2025, assessment: 'GREEN', comment: 'Bedre' } }),
      ),
    ).toBe('CONFLICT');
    const after = (await must(owner, REPORT, { id: ids.npv, year: 2025 })).coFinancingReport;
    expect(after.benefits[1]).toMatchObject({
      externalInputMissing: false,
      receivingOrganisation: { name: 'Bergen' },
      ownerReport: { assessment: 'AMBER', reportedByName: 'Berit Økonomi (Bergen)' },
    });
    expect((await must(owner, REPORT, { id: ids.npv, year: 2026 })).coFinancingReport.isFinalReport).toBe(
      true,
    );
  });

  it('shows the co-financing report to the owner, the ministry’s reviewers and admins only', async () => {
    expect(errorCode(await oslo(REPORT, { id: ids.npv, year: 2025 }))).toBe('FORBIDDEN');
    expect(errorCode(await reviewer(REPORT, { id: ids.npv, year: 2025 }))).toBe('FORBIDDEN');
    expect((await t.gql(REPORT, { id: ids.npv, year: 2025 })).errors).toBeUndefined();
    const fiks = (
      await must(t.gql, `{ initiatives(filter: { search: "DEMO-DIGIFIN-FIKS" }) { nodes { id } } }`)
    ).initiatives.nodes[0].id;
    // KDD's reviewer may read FIKS's reports, but FIKS has no co-financing grant (DigiFin and KS's own
    // budget): no co-financing report (issue 15).
    expect((await reviewer(REPORT, { id: fiks, year: 2025 })).errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      problems: [expect.objectContaining({ field: 'initiativeId', reason: 'NOT_CO_FINANCED' })],
    });
    expect(errorCode(await owner(REPORT, { id: ids.npv, year: 2999 }))).toBe('BAD_USER_INPUT');
  });

  it('exports the co-financing report as a workbook, with the same access rules', async () => {
    const url = (id: string, year: string) =>
      `${t.url}/api/exports/co-financing-report.xlsx?initiativeId=${id}&year=${year}`;
    const response = await fetch(url(ids.npv, '2025'), {
      headers: { authorization: `Bearer ${owner.token}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/spreadsheetml/);
    expect(response.headers.get('content-disposition')).toContain('medfinansiering-TEST-NPV-2025.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Sammendrag',
      'Prosjektregnskap',
      'Gevinster',
      'Tilskudd mot regnskap',
      'Uttak',
    ]);
    const accounts = workbook.getWorksheet('Prosjektregnskap')!;
    expect(accounts.getRow(2).values).toEqual([
      undefined,
      2024,
      'Utvikling',
      1000000,
      1150000,
      150000,
      15,
      'Ja',
    ]);
    const summary = workbook.getWorksheet('Sammendrag')!;
    expect(summary.getRow(6).values).toEqual([
      undefined,
      'Rapporten gjelder',
      '2025 (2025-01-01 – 2025-12-31)',
    ]);
    const benefits = workbook.getWorksheet('Gevinster')!;
    expect(benefits.getRow(3).getCell(1).value).toBe('Saksbehandlingstimer i Bergen');
    expect(benefits.getRow(3).getCell(17).value).toBe(
      'Gevinsten kommer, men et halvt år senere enn planlagt.',
    );

    const forbidden = await fetch(url(ids.npv, '2025'), {
      headers: { authorization: `Bearer ${oslo.token}` },
    });
    expect(forbidden.status).toBe(403);
    expect(await forbidden.json()).toMatchObject({ code: 'FORBIDDEN' });
    const badYear = await fetch(url(ids.npv, 'x'), { headers: { authorization: `Bearer ${owner.token}` } });
    expect(badYear.status).toBe(400);
    expect(await badYear.json()).toMatchObject({ code: 'BAD_USER_INPUT', field: 'year' });
    const missing = await fetch(url('00000000-0000-4000-8000-000000000000', '2025'), {
      headers: { authorization: `Bearer ${owner.token}` },
    });
    expect(missing.status).toBe(404);
    expect((await fetch(url(ids.npv, '2025'))).status).toBe(401);
  });
});
