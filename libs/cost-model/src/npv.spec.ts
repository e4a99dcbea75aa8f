import { npv } from './npv';
import { costModelError } from '../testing/helpers';

describe('npv', () => {
  it('discounts a co-financed project with the R-109 rates and a 20 % tax financing cost', () => {
    // Base year 2025. Investment: NOK 10 000 000 in 2025 and 5 000 000 in 2026, paid from public budgets.
    // Benefits 2027–2036: NOK 3 000 000 a year, of which 1 000 000 a year are budget savings.
    // Tax financing: 20 % × net public spending: 2025: 0.2 × 10 000 000 = 2 000 000; 2026: 1 000 000;
    //   2027–2036: 0.2 × (0 − 1 000 000) = −200 000 (a gain).
    // 2026 (t = 1, factor 1/1.04): net −5 000 000 − 1 000 000 = −6 000 000 → −5 769 230.77.
    // 2027 (t = 2, factor 1/1.04² = 0.924556…): 3 000 000 + 200 000 = 3 200 000 → 2 958 579.88.
    const flows = [
      { year: 2025, cost: '10000000.00' },
      { year: 2026, cost: '5000000.00' },
      ...Array.from({ length: 10 }, (_, i) => ({
        year: 2027 + i,
        benefit: '3000000.00',
        budgetSaving: '1000000.00',
      })),
    ];
    const result = npv(flows, { baseYear: 2025 });
    expect(result).toMatchObject({
      npv: '7187371.64',
      presentValueCosts: '14807692.31',
      presentValueBenefits: '23396814.76',
      presentValueTaxFinancingCost: '1401750.81',
      presentValueInvestment: '14807692.31',
      // 7 187 371.64 / 14 807 692.31 = 0.48538…
      npvPerKrone: '0.4854',
      // Net burden on public budgets, present: 10 000 000 + 4 807 692.31 − Σ_{t=2..11} 1 000 000/1.04^t
      //   (each rounded: 924 556.21 + 888 996.36 + … = 7 798 938.26) = 7 008 754.05;
      //   NPV per budget krone = 7 187 371.64 / 7 008 754.05 = 1.02548… → 1.0255.
      presentValueNetPublicSpending: '7008754.05',
      npvPerBudgetKrone: '1.0255',
      // cumulative present net: −1 639 578.90 after 2032, +698 629.76 after 2033
      paybackYear: 2033,
    });
    expect(result.series[1]).toEqual({
      year: 2026,
      yearsFromBase: 1,
      discountFactor: '0.9615384615',
      cost: '5000000.00',
      benefit: '0.00',
      taxFinancingCost: '1000000.00',
      net: '-6000000.00',
      presentCost: '4807692.31',
      presentBenefit: '0.00',
      presentTaxFinancingCost: '961538.46',
      presentNet: '-5769230.77',
      cumulativePresentNet: '-17769230.77',
    });
    expect(result.series[2].presentNet).toBe('2958579.88');
    expect(result.series[2].taxFinancingCost).toBe('-200000.00');
    // the table adds up: Σ presentNet = npv
    const sum = result.series.reduce((total, row) => total + BigInt(row.presentNet.replace('.', '')), 0n);
    expect(sum).toBe(718737164n);
  });

  it('declines the rate to 3 % after year 40 and 2 % after year 75', () => {
    // factor(41) = 1 / (1.04^40 × 1.03) = 0.2022223735…; factor(76) = 1 / (1.04^40 × 1.03^35 × 1.02) = 0.0725710475…
    const result = npv(
      [
        { year: 2065, benefit: '1000000.00' },
        { year: 2100, benefit: '1000000.00' },
      ],
      { baseYear: 2024 },
    );
    expect(result.series.map((row) => [row.yearsFromBase, row.discountFactor, row.presentBenefit])).toEqual([
      [41, '0.2022223735', '202222.37'],
      [76, '0.0725710475', '72571.05'],
    ]);
    // nothing invested: no NPV per krone; benefits only: paid back from the first year
    expect(result.npvPerKrone).toBeNull();
    expect(result.paybackYear).toBe(2065);
  });

  it('takes the rates, breakpoints and tax financing cost as options', () => {
    // 4 % flat, no tax financing: 104.00 in year 1 is worth 100.00 today; the cost of 100.00 is not taxed.
    const result = npv(
      [
        { year: 2025, cost: '100.00' },
        { year: 2026, benefit: '104.00' },
      ],
      { baseYear: 2025, discountRates: [{ rate: '0.04' }], taxFinancingCost: '0' },
    );
    expect([result.npv, result.paybackYear, result.npvPerKrone]).toEqual(['0.00', 2025 + 1, '0.0000']);
  });

  it('applies tax financing only to the part of the cost paid from public budgets', () => {
    // cost 1 000 000, of which 400 000 public: tax financing 0.2 × 400 000 = 80 000
    const result = npv([{ year: 2025, cost: '1000000.00', publicCost: '400000.00' }], { baseYear: 2025 });
    expect(result.series[0].taxFinancingCost).toBe('80000.00');
    expect(result.npv).toBe('-1080000.00');
    expect(result.paybackYear).toBeNull();
  });

  it('adds flows of the same year together', () => {
    const result = npv(
      [
        { year: 2025, cost: '100.00' },
        { year: 2025, cost: '50.00', investment: '0.00' },
      ],
      { baseYear: 2025, taxFinancingCost: '0.2' },
    );
    expect(result.series).toHaveLength(1);
    expect([result.series[0].cost, result.series[0].taxFinancingCost, result.presentValueInvestment]).toEqual(
      ['150.00', '30.00', '100.00'],
    );
  });

  it('refuses inconsistent input with a path', () => {
    expect(costModelError(() => npv([{ year: 2024, cost: '1.00' }], { baseYear: 2025 })).path).toBe(
      'flows[0].year',
    );
    expect(
      costModelError(() => npv([{ year: 2025, cost: 100 as unknown as string }], { baseYear: 2025 })).path,
    ).toBe('flows[0].cost');
    expect(
      costModelError(() => npv([{ year: 2025, cost: '1.00', publicCost: '2.00' }], { baseYear: 2025 }))
        .message,
    ).toBe('flows[0].publicCost: publicCost is part of cost and cannot exceed it');
    expect(
      costModelError(() => npv([], { baseYear: 2025, discountRates: [{ throughYear: 40, rate: '0.04' }] }))
        .path,
    ).toBe('options.discountRates[0].throughYear');
  });
});
