import { writeFileSync } from 'node:fs';
import { type Gql, type TestApp, startTestApp } from './support/test-app.js';
import { initiativeIdsByCode, queryData } from './support/graphql.js';

/**
 * The worked examples of libs/cost-model/README.md ("Three demo initiatives, by hand"): for DEMO-DIGIFIN-FIKS,
 * DEMO-MEDFIN-TOLK and DEMO-LIV-BEDRIFT the README computes the funding plan, each year's benefit, the NPV
 * with its discount factors and the net position of three named organisations by hand; this spec checks that
 * the API returns exactly those figures (issue 14, "Done when"). With WALKTHROUGH_DUMP=<file> it also writes
 * what the API returned, to help write the README after a change to the demo.
 */
const AS_OF = '2026-06-30';

const INITIATIVE = `query($id: ID!, $asOf: LocalDate) { initiative(id: $id) {
  code name owner { name }
  fundingPlan { status total { plannedFunding receivedFunding plannedCost actualCost plannedBalance }
    years { year plannedFunding receivedFunding plannedCost actualCost plannedBalance status } }
  benefits { title category effectiveEffectStart valuePerUnit indicator { kind } receivingOrganisation { name } }
  economics(asOf: $asOf) {
    fromYear toYear priceBaseYear lifetimeYears totalPlannedCost totalProjectedCost totalPlannedBenefitNok
    npv npvPerBudgetKrone npvPerNokInvested paybackYear breakEvenBenefitShare
    benefitsByYear { year plannedNok realisedNok }
    npvByYear { year discountFactor cost benefit taxFinancingCost presentNet cumulativePresentNet }
    sensitivity { case npv change }
  }
} }`;
const NET = `query($f: PortfolioFilter, $asOf: LocalDate) { netPositions(filter: $f, asOf: $asOf) {
  fromYear toYear
  organisations { organisation { name } allocatedCostNok ownBudgetCostNok paidNok plannedBenefitNok plannedNetNok flags }
  schemes { scheme paidNok }
  totals { paidNok plannedBenefitNok plannedNetNok }
} }`;

/**
 * The figures libs/cost-model/README.md quotes and works through by hand ("Three demo initiatives, by
 * hand"), per initiative: the funding plan's years [year, planned funding, planned cost, balance, status];
 * the benefits per year [year, planned, realised]; the NPV table [year, discount factor, cost, benefit, tax
 * financing cost, present net, cumulative]; the headline figures; the sensitivity [case, NPV, change]; three
 * named organisations' net positions [name, allocated, own budget, paid, planned benefit, planned net,
 * flags]; the schemes that pay; and Σ paid (= the cost items).
 */
const README: Record<string, any> = {
  'DEMO-DIGIFIN-FIKS': {
    funding: [
      [2021, '3000000.00', '3000000.00', '0.00', 'FUNDED'],
      [2022, '6000000.00', '6000000.00', '0.00', 'FUNDED'],
      [2023, '3000000.00', '3000000.00', '0.00', 'FUNDED'],
      [2024, '111004060.00', '111004060.00', '0.00', 'FUNDED'],
      [2025, '4000000.00', '4000000.00', '0.00', 'FUNDED'],
      [2026, '4000000.00', '4000000.00', '0.00', 'FUNDED'],
      [2027, '4000000.00', '4000000.00', '0.00', 'FUNDED'],
    ],
    benefits: [
      [2021, '2210000.00', '158478.06'],
      [2022, '6630000.00', '475434.18'],
      [2023, '11050000.00', '792415.51'],
      [2024, '15476054.79', '4494256.95'],
      [2025, '19902093.01', '10815321.44'],
      [2026, '22100000.00', '6744109.59'],
      [2027, '22100000.00', null],
      [2028, '22100000.00', null],
      [2029, '22100000.00', null],
      [2030, '22100000.00', null],
    ],
    npvByYear: [
      [2021, '1.0000000000', '3000000.00', '2210000.00', '158000.00', '-948000.00', '-948000.00'],
      [2022, '0.9615384615', '6000000.00', '6630000.00', '-126000.00', '726923.08', '-221076.92'],
      [2023, '0.9245562130', '3000000.00', '11050000.00', '-1610000.00', '8931213.01', '8710136.09'],
      [2024, '0.8889963587', '111004060.00', '15476054.79', '19105601.04', '-101908858.54', '-93198722.45'],
      [2025, '0.8548041910', '4000000.00', '19902093.01', '-3180418.60', '16311810.91', '-76886911.54'],
      [2026, '0.8219271068', '4000000.00', '22100000.00', '-3620000.00', '17852256.76', '-59034654.78'],
      [2027, '0.7903145257', '4000000.00', '22100000.00', '-3620000.00', '17165631.50', '-41869023.28'],
      [2028, '0.7599178132', '4000000.00', '22100000.00', '-3620000.00', '16505414.90', '-25363608.38'],
      [2029, '0.7306902050', '4000000.00', '22100000.00', '-3620000.00', '15870591.25', '-9493017.13'],
      [2030, '0.7025867356', '4000000.00', '22100000.00', '-3620000.00', '15260183.90', '5767166.77'],
    ],
    figures: {
      fromYear: 2021,
      toYear: 2030,
      priceBaseYear: 2021,
      lifetimeYears: 10,
      npv: '5767166.77',
      npvPerBudgetKrone: null,
      npvPerNokInvested: '0.0448',
      paybackYear: 2030,
      breakEvenBenefitShare: '0.9640',
      totalPlannedCost: '135004060.00',
      totalProjectedCost: '12000000.00',
      totalPlannedBenefitNok: '165768147.80',
    },
    sensitivity: [
      ['BENEFITS_MINUS_20', '-26314122.63', '-32081289.40'],
      ['BENEFITS_PLUS_20', '37848456.18', '32081289.41'],
      ['COSTS_PLUS_20', '-25160689.26', '-30927856.03'],
      ['EFFECT_ONE_YEAR_LATE', '-18318273.71', '-24085440.48'],
    ],
    organisations: [
      [
        'KS – Kommunesektorens organisasjon',
        '0.00',
        '24000000.00',
        '24000000.00',
        '0.00',
        '-24000000.00',
        ['PAYS_WITHOUT_BENEFIT'],
      ],
      ['Oslo', '14354200.00', '0.00', '14354200.00', '90009854.01', '75655654.01', []],
      ['Brønnøy', '156520.00', '0.00', '156520.00', '0.00', '-156520.00', ['PAYS_WITHOUT_BENEFIT']],
    ],
    schemes: [],
    paid: '135004060.00',
  },
  'DEMO-MEDFIN-TOLK': {
    funding: [
      [2024, '12000000.00', '12000000.00', '0.00', 'FUNDED'],
      [2025, '13000000.00', '13000000.00', '0.00', 'FUNDED'],
      [2026, '3500000.00', '3500000.00', '0.00', 'FUNDED'],
      [2027, '2000000.00', '2000000.00', '0.00', 'FUNDED'],
    ],
    benefits: [
      [2024, '0.00', '0.00'],
      [2025, '7575600.82', '4662754.56'],
      [2026, '19117851.23', '5103108.45'],
      [2027, '20420000.00', null],
      [2028, '20420000.00', null],
      [2029, '20420000.00', null],
      [2030, '20420000.00', null],
      [2031, '20420000.00', null],
      [2032, '20420000.00', null],
      [2033, '20420000.00', null],
    ],
    npvByYear: [
      [2024, '1.0000000000', '12000000.00', '0.00', '2400000.00', '-14400000.00', '-14400000.00'],
      [2025, '0.9615384615', '13000000.00', '7575600.82', '2432568.81', '-7554776.91', '-21954776.91'],
      [2026, '0.9245562130', '3500000.00', '19117851.23', '240718.86', '14217023.26', '-7737753.65'],
      [2027, '0.8889963587', '2000000.00', '20420000.00', '-100000.00', '16464212.56', '8726458.91'],
      [2028, '0.8548041910', '800000.00', '20420000.00', '-340000.00', '17061891.65', '25788350.56'],
      [2029, '0.8219271068', '800000.00', '20420000.00', '-340000.00', '16405665.05', '42194015.61'],
      [2030, '0.7903145257', '800000.00', '20420000.00', '-340000.00', '15774677.94', '57968693.55'],
      [2031, '0.7599178132', '800000.00', '20420000.00', '-340000.00', '15167959.56', '73136653.11'],
      [2032, '0.7306902050', '800000.00', '20420000.00', '-340000.00', '14584576.50', '87721229.61'],
      [2033, '0.7025867356', '800000.00', '20420000.00', '-340000.00', '14023631.24', '101744860.85'],
    ],
    figures: {
      fromYear: 2024,
      toYear: 2033,
      priceBaseYear: 2024,
      lifetimeYears: 10,
      npv: '101744860.85',
      npvPerBudgetKrone: '6.1885',
      npvPerNokInvested: '3.0607',
      paybackYear: 2027,
      breakEvenBenefitShare: '0.2816',
      totalPlannedCost: '30500000.00',
      totalProjectedCost: '4800000.00',
      totalPlannedBenefitNok: '169633452.05',
    },
    sensitivity: [
      ['BENEFITS_MINUS_20', '73417777.02', '-28327083.83'],
      ['BENEFITS_PLUS_20', '130071944.65', '28327083.80'],
      ['COSTS_PLUS_20', '93766749.19', '-7978111.66'],
      ['EFFECT_ONE_YEAR_LATE', '82164542.33', '-19580318.52'],
    ],
    organisations: [
      [
        'Integrerings- og mangfoldsdirektoratet (IMDi)',
        '0.00',
        '14500000.00',
        '14500000.00',
        '0.00',
        '-14500000.00',
        ['PAYS_WITHOUT_BENEFIT'],
      ],
      ['Oslo', '358156.05', '0.00', '358156.05', '20633561.64', '20275405.59', []],
      [
        'NAV (Arbeids- og velferdsetaten)',
        '0.00',
        '0.00',
        '0.00',
        '148999890.41',
        '148999890.41',
        ['BENEFITS_WITHOUT_PAYING'],
      ],
    ],
    schemes: [['CO_FINANCING', '14000000.00']],
    paid: '30500000.00',
  },
  'DEMO-LIV-BEDRIFT': {
    funding: [
      [2021, '3000000.00', '3000000.00', '0.00', 'FUNDED'],
      [2022, '10000000.00', '10000000.00', '0.00', 'FUNDED'],
      [2023, '14000000.00', '14000000.00', '0.00', 'FUNDED'],
      [2024, '10000000.00', '10000000.00', '0.00', 'FUNDED'],
      [2025, '7500000.00', '7500000.00', '0.00', 'FUNDED'],
    ],
    benefits: [
      [2021, '3476775.35', '1272131.35'],
      [2022, '18076058.24', '6613987.85'],
      [2023, '35131857.30', '21781403.49'],
      [2024, '52626611.41', '44837371.39'],
      [2025, '65874131.63', '59324888.34'],
      [2026, '68700000.00', '31206842.58'],
      [2027, '68700000.00', null],
      [2028, '68700000.00', null],
      [2029, '68700000.00', null],
      [2030, '68700000.00', null],
    ],
    npvByYear: [
      [2021, '1.0000000000', '3000000.00', '3476775.35', '560727.87', '-83952.52', '-83952.52'],
      [2022, '0.9615384615', '10000000.00', '18076058.24', '1795820.90', '6038689.74', '5954737.22'],
      [2023, '0.9245562130', '14000000.00', '35131857.30', '2421492.54', '17298783.99', '23253521.21'],
      [2024, '0.8889963587', '10000000.00', '52626611.41', '1446925.28', '36608591.01', '59862112.22'],
      [2025, '0.8548041910', '7500000.00', '65874131.63', '759452.81', '49249268.93', '109111381.15'],
      [2026, '0.8219271068', '4500000.00', '68700000.00', '60000.00', '52718404.62', '161829785.77'],
      [2027, '0.7903145257', '4500000.00', '68700000.00', '60000.00', '50690773.68', '212520559.45'],
      [2028, '0.7599178132', '4500000.00', '68700000.00', '60000.00', '48741128.54', '261261687.99'],
      [2029, '0.7306902050', '4500000.00', '68700000.00', '60000.00', '46866469.75', '308128157.74'],
      [2030, '0.7025867356', '4500000.00', '68700000.00', '60000.00', '45063913.22', '353192070.96'],
    ],
    figures: {
      fromYear: 2021,
      toYear: 2030,
      priceBaseYear: 2021,
      lifetimeYears: 10,
      npv: '353192070.96',
      npvPerBudgetKrone: '10.5586',
      npvPerNokInvested: '6.0911',
      paybackYear: 2022,
      breakEvenBenefitShare: '0.1646',
      totalPlannedCost: '44500000.00',
      totalProjectedCost: '22500000.00',
      totalPlannedBenefitNok: '518685433.93',
    },
    sensitivity: [
      ['BENEFITS_MINUS_20', '268637345.48', '-84554725.48'],
      ['BENEFITS_PLUS_20', '437746796.46', '84554725.50'],
      ['COSTS_PLUS_20', '339275759.66', '-13916311.30'],
      ['EFFECT_ONE_YEAR_LATE', '289952814.53', '-63239256.43'],
    ],
    organisations: [
      ['Brønnøysundregistrene', '0.00', '25500000.00', '25500000.00', '166826687.88', '141326687.88', []],
      ['Skatteetaten', '0.00', '4000000.00', '4000000.00', '42314338.19', '38314338.19', []],
    ],
    schemes: [['CO_FINANCING', '15000000.00']],
    paid: '44500000.00',
  },
};

describe('the README’s three demo initiatives, figure by figure', () => {
  let t: TestApp;
  let admin: Gql;
  const ids: Record<string, string> = {};
  const read: Record<string, unknown> = {};

  const must = (query: string, variables?: Record<string, unknown>) => queryData(admin, query, variables);

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    admin = await t.as('admin@demo.gevinst.no');
    Object.assign(ids, await initiativeIdsByCode(admin));
    for (const code of ['DEMO-DIGIFIN-FIKS', 'DEMO-MEDFIN-TOLK', 'DEMO-LIV-BEDRIFT']) {
      const initiative = (await must(INITIATIVE, { id: ids[code], asOf: AS_OF })).initiative;
      const net = (await must(NET, { f: { initiativeIds: [ids[code]] }, asOf: AS_OF })).netPositions;
      read[code] = { initiative, net };
    }
    if (process.env.WALKTHROUGH_DUMP)
      writeFileSync(process.env.WALKTHROUGH_DUMP, JSON.stringify(read, null, 2));
  });
  afterAll(() => t.close());

  it.each(Object.keys(README))('%s: the API returns the README’s figures', (code) => {
    const { initiative, net } = read[code] as { initiative: any; net: any };
    const expected = README[code];
    const e = initiative.economics;
    expect(
      initiative.fundingPlan.years.map((y: any) => [
        y.year,
        y.plannedFunding,
        y.plannedCost,
        y.plannedBalance,
        y.status,
      ]),
    ).toEqual(expected.funding);
    expect(e.benefitsByYear.map((b: any) => [b.year, b.plannedNok, b.realisedNok])).toEqual(
      expected.benefits,
    );
    expect(
      e.npvByYear.map((y: any) => [
        y.year,
        y.discountFactor,
        y.cost,
        y.benefit,
        y.taxFinancingCost,
        y.presentNet,
        y.cumulativePresentNet,
      ]),
    ).toEqual(expected.npvByYear);
    expect(e).toMatchObject(expected.figures);
    expect(e.sensitivity.map((s: any) => [s.case, s.npv, s.change])).toEqual(expected.sensitivity);
    const names = new Set(expected.organisations.map((row: any[]) => row[0]));
    expect(
      net.organisations
        .filter((o: any) => names.has(o.organisation.name))
        .map((o: any) => [
          o.organisation.name,
          o.allocatedCostNok,
          o.ownBudgetCostNok,
          o.paidNok,
          o.plannedBenefitNok,
          o.plannedNetNok,
          o.flags,
        ]),
    ).toEqual(expected.organisations);
    expect(net.schemes.map((s: any) => [s.scheme, s.paidNok])).toEqual(expected.schemes);
    // Σ paid = the initiative's cost items (projected running cost is nobody's payment yet)
    expect(net.totals.paidNok).toBe(expected.paid);
    expect(net.totals.paidNok).toBe(e.totalPlannedCost);
  });

  it('values no demo benefit before its effect start: the digital health clinic books nothing in 2023', async () => {
    const helsestasjon = (
      await must(
        `query($id: ID!, $asOf: LocalDate) { initiative(id: $id) { economics(asOf: $asOf) { benefitsByYear { year plannedNok } } } }`,
        { id: ids['DEMO-DIGIFIN-HELSESTASJON'], asOf: AS_OF },
      )
    ).initiative.economics.benefitsByYear;
    expect(helsestasjon.find((b: any) => b.year === 2023)?.plannedNok ?? '0.00').toBe('0.00');
  });
});
