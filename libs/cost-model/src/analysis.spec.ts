import fc from 'fast-check';
import { analyse, analysisPeriod, intersectYears, type AnalysisInput } from './analysis';
import { PriceIndex } from './price-index';
import { parseAmount } from './money';
import { costModelError } from '../testing/helpers';

/** SSB 03014 annual averages, 2015 = 100 (the rows of data/cpi.csv used here). */
const CPI = [
  { year: 2022, index: '122.8' },
  { year: 2023, index: '129.6' },
  { year: 2024, index: '133.6' },
];

describe('analysisPeriod', () => {
  it('starts at the first year anything happens and runs for the lifetime (default 10 years)', () => {
    // start date 2025, first cost 2024, first baseline 2026 → from 2024; 2024 + 10 − 1 = 2033
    expect(
      analysisPeriod({
        startYear: 2025,
        costYears: [2024, 2026],
        benefitStartYears: [2026],
        fallbackYear: 2030,
      }),
    ).toEqual({ fromYear: 2024, toYear: 2033, lifetimeYears: 10, lastCostYear: 2026 });
  });

  it('extends to the last cost year when that is after the lifetime', () => {
    // 2024 + 3 − 1 = 2026, but a cost item in 2028 → 2024–2028, five years
    expect(
      analysisPeriod({
        costYears: [2024, 2028],
        benefitStartYears: [],
        lifetimeYears: 3,
        fallbackYear: 2030,
      }),
    ).toEqual({ fromYear: 2024, toYear: 2028, lifetimeYears: 5, lastCostYear: 2028 });
  });

  it('takes toYear as the lifetime, and refuses it before the last cost year or with a lifetime', () => {
    expect(
      analysisPeriod({
        startYear: 2024,
        costYears: [2025],
        benefitStartYears: [],
        toYear: 2030,
        fallbackYear: 2026,
      }),
    ).toEqual({ fromYear: 2024, toYear: 2030, lifetimeYears: 7, lastCostYear: 2025 });
    const early = costModelError(() =>
      analysisPeriod({
        startYear: 2024,
        costYears: [2026],
        benefitStartYears: [],
        toYear: 2025,
        fallbackYear: 2026,
      }),
    );
    expect([early.path, early.problem.code]).toEqual(['options.toYear', 'BEFORE_LAST_COST_YEAR']);
    const both = costModelError(() =>
      analysisPeriod({
        costYears: [],
        benefitStartYears: [],
        toYear: 2030,
        lifetimeYears: 5,
        fallbackYear: 2026,
      }),
    );
    expect(both.problem.code).toBe('LIFETIME_OR_TO_YEAR');
    const zero = costModelError(() =>
      analysisPeriod({ costYears: [], benefitStartYears: [], lifetimeYears: 0, fallbackYear: 2026 }),
    );
    expect([zero.path, zero.problem.code]).toEqual(['options.lifetimeYears', 'LIFETIME_YEARS']);
    const long = costModelError(() =>
      analysisPeriod({ costYears: [2020, 2150], benefitStartYears: [], fallbackYear: 2026 }),
    );
    expect(long.problem.code).toBe('ANALYSIS_PERIOD_TOO_LONG');
  });

  it('falls back to asOf’s year when nothing has a year', () => {
    expect(analysisPeriod({ costYears: [], benefitStartYears: [], fallbackYear: 2026 })).toEqual({
      fromYear: 2026,
      toYear: 2035,
      lifetimeYears: 10,
      lastCostYear: null,
    });
  });

  it('intersects a period with a window', () => {
    expect(intersectYears({ fromYear: 2024, toYear: 2033 }, { fromYear: 2020, toYear: 2026 })).toEqual({
      fromYear: 2024,
      toYear: 2026,
    });
    expect(intersectYears({ fromYear: 2024, toYear: 2033 }, { fromYear: 2034, toYear: 2040 })).toBeNull();
  });
});

describe('PriceIndex', () => {
  const index = new PriceIndex(CPI);
  it('brings a nominal amount to the price-base year’s prices', () => {
    // 500 000 spent in 2022, in 2024 kroner: 500 000 × 133.6 / 122.8 = 543 973.941… → 543 973.94
    expect(index.toFixedPrices('500000.00', 2022, 2024)).toBe('543973.94');
    // and back: 543 973.94 × 122.8 / 133.6 = 66 799 999.832 / 133.6 = 499 999.998… → 500 000.00
    expect(index.toFixedPrices('543973.94', 2024, 2022)).toBe('500000.00');
  });
  it('uses the last published index for a later year and the first for an earlier one, marked estimated', () => {
    expect(index.of(2026)).toEqual({ year: 2026, index: '133.6', sourceYear: 2024, estimated: true });
    expect(index.of(2020)).toEqual({ year: 2020, index: '122.8', sourceYear: 2022, estimated: true });
    expect(index.of(2023)).toEqual({ year: 2023, index: '129.6', sourceYear: 2023, estimated: false });
    // 2025's 100 000 in 2024 prices: both years use 133.6 → unchanged
    expect(index.toFixedPrices('100000.00', 2025, 2024)).toBe('100000.00');
  });
  it('refuses an empty table, a year twice and an index of zero', () => {
    expect(costModelError(() => new PriceIndex([])).problem.code).toBe('PRICE_INDEX_EMPTY');
    expect(costModelError(() => new PriceIndex([CPI[0], CPI[0]])).problem.code).toBe(
      'PRICE_INDEX_YEAR_TWICE',
    );
    expect(costModelError(() => new PriceIndex([{ year: 2024, index: '0' }])).problem.code).toBe(
      'PRICE_INDEX_POSITIVE',
    );
  });
});

/**
 * The worked example (also in libs/cost-model/README.md): start 2024, lifetime 4 → 2024–2027.
 * Cost items: 2024 DEVELOPMENT 1 000 000 (booked 1 150 000), 2025 OPERATION 100 000 (booked 95 000).
 * Running cost after 2025: the OPERATION item of 2025, 100 000 a year in 2026 and 2027 (projected).
 * Benefits: a budget-releasing one, 100 000 in 2024 and 200 000 a year after; another 100 000 / 200 000
 * elsewhere in the public sector. R-109 4 %, tax financing 20 %.
 */
function example(overrides: Partial<AnalysisInput> = {}): AnalysisInput {
  const series = (first: string, then: string) =>
    [2024, 2025, 2026, 2027].map((year) => {
      const planned = year === 2024 ? first : then;
      return {
        year,
        planned,
        plannedToDate: year <= 2025 ? planned : '0.00',
        realised: year <= 2025 ? planned : null,
      };
    });
  return {
    period: { fromYear: 2024, toYear: 2027, lifetimeYears: 4, lastCostYear: 2025 },
    asOf: '2025-12-31',
    costs: [
      { year: 2024, category: 'DEVELOPMENT', planned: '1000000.00', actual: '1150000.00' },
      { year: 2025, category: 'OPERATION', planned: '100000.00', actual: '95000.00' },
    ],
    benefits: [
      { budgetReleasing: true, years: series('100000.00', '200000.00') },
      { budgetReleasing: false, years: series('100000.00', '200000.00') },
    ],
    priceIndex: CPI,
    ...overrides,
  };
}

describe('analyse', () => {
  it('computes the worked example by hand: period, projected running costs, NPV, NPV per budget krone', () => {
    const result = analyse(example());
    // Discount factors 1/1.04^t: 1, 0.9615384615, 0.9245562130, 0.8889963587.
    // 2024: cost 1 000 000, benefit 200 000, saving 100 000; tax 20 % × (1 000 000 − 100 000) = 180 000;
    //   present net −980 000.
    // 2025: tax 20 % × (100 000 − 200 000) = −20 000; 384 615.38 − 96 153.85 + 19 230.77 = 307 692.30.
    // 2026 (projected 100 000): 369 822.49 − 92 455.62 + 18 491.12 = 295 857.99.
    // 2027 (projected 100 000): 355 598.54 − 88 899.64 + 17 779.93 = 284 478.83.
    // NPV = −980 000 + 307 692.30 + 295 857.99 + 284 478.83 = −91 970.88.
    // Net burden on public budgets (cost − budget saving), present: 900 000 − 96 153.85 − 92 455.62
    //   − 88 899.64 = 622 490.89; NPV per budget krone = −91 970.88 / 622 490.89 = −0.14774… → −0.1477.
    expect(result).toMatchObject({
      fromYear: 2024,
      toYear: 2027,
      lifetimeYears: 4,
      priceBaseYear: 2024,
      baseYear: 2024,
      projectedRunningCost: '100000.00',
      npv: {
        npv: '-91970.88',
        presentValueNetPublicSpending: '622490.89',
        npvPerBudgetKrone: '-0.1477',
        paybackYear: null,
      },
      totals: {
        plannedCost: '1100000.00',
        projectedCost: '200000.00',
        actualCostNominal: '1245000.00',
        // 2025 has no published index yet: 133.6 (2024's) is used, so 95 000 stays 95 000
        actualCostFixed: '1245000.00',
        plannedBenefit: '1400000.00', // 200 000 + 3 × 400 000
        plannedBenefitToDate: '600000.00',
        realisedBenefit: '600000.00',
      },
    });
    expect(result.npv.series.map((row) => [row.year, row.discountFactor, row.presentNet])).toEqual([
      [2024, '1.0000000000', '-980000.00'],
      [2025, '0.9615384615', '307692.30'],
      [2026, '0.9245562130', '295857.99'],
      [2027, '0.8889963587', '284478.83'],
    ]);
    expect(result.years.map((row) => [row.year, row.plannedCost, row.projectedCost, row.projected])).toEqual([
      [2024, '1000000.00', '0.00', false],
      [2025, '100000.00', '0.00', false],
      [2026, '0.00', '100000.00', true],
      [2027, '0.00', '100000.00', true],
    ]);
  });

  it('gives the sensitivity rows and the break-even benefit share', () => {
    const result = analyse(example());
    // Benefits × 0.8: 2024 net = 160 000 − 1 000 000 − 20 % × (1 000 000 − 80 000) = −1 024 000;
    //   2025–2027 benefit 320 000, saving 160 000, tax 20 % × (100 000 − 160 000) = −12 000:
    //   2025: 307 692.31 − 96 153.85 + 11 538.46 = 223 076.92; 2026: 295 857.99 − 92 455.62 + 11 094.67
    //   = 214 497.04; 2027: 284 478.83 − 88 899.64 + 10 667.96 = 206 247.15 → NPV −380 178.89.
    // Costs × 1.2: each year's cost and its tax financing rise by 20 %: the change is about
    //   −0.2 × 1.2 × (1 000 000 + 96 153.85 + 92 455.62 + 88 899.64) = −0.24 × 1 277 509.11 = −306 602.19,
    //   −306 602.18 with each year's figures rounded to the øre.
    // One year late: 2024 gets no benefit, 2025–2027 get 200 000 / 400 000 / 400 000: NPV −523 509.34.
    // Without benefits NPV(0) = −1 533 010.93; share = 1 533 010.93 / (1 533 010.93 − 91 970.88)
    //   = 1 533 010.93 / 1 441 040.05 = 1.06382… → 1.0638 (more than the plan is needed).
    expect(result.sensitivity).toEqual([
      { case: 'BENEFITS_MINUS_20', npv: '-380178.89', change: '-288208.01' },
      { case: 'BENEFITS_PLUS_20', npv: '196237.13', change: '288208.01' },
      { case: 'COSTS_PLUS_20', npv: '-398573.06', change: '-306602.18' },
      { case: 'EFFECT_ONE_YEAR_LATE', npv: '-523509.34', change: '-431538.46' },
    ]);
    expect(result.breakEvenBenefitShare).toBe('1.0638');
  });

  it('counts the residual value as a benefit in the last year and expresses actuals in the price base', () => {
    // Residual 800 000 in 2027: present 800 000 × 0.8889963587 = 711 197.09 → NPV −91 970.88 + 711 197.09
    //   = 619 226.21. Price base 2023: the 2024 actual 1 150 000 × 129.6 / 133.6 = 1 115 568.86…
    //   → 1 115 568.86; 2025 (index 133.6, estimated) 95 000 × 129.6 / 133.6 = 92 155.688… → 92 155.69.
    const result = analyse(example({ options: { residualValue: '800000.00', priceBaseYear: 2023 } }));
    expect(result.npv.npv).toBe('619226.21');
    expect(result.years[3].residualValue).toBe('800000.00');
    expect(result.years.map((row) => row.actualCostFixed)).toEqual(['1115568.86', '92155.69', null, null]);
    expect(result.years[1].priceIndex).toEqual({
      year: 2025,
      index: '133.6',
      sourceYear: 2024,
      estimated: true,
    });
    expect(result.totals.actualCostFixed).toBe('1207724.55');
  });

  it('refuses a cost outside the period and a base year after the first flow', () => {
    const outside = costModelError(() =>
      analyse(example({ costs: [{ year: 2030, category: 'OTHER', planned: '1.00', actual: null }] })),
    );
    expect(outside.problem.code).toBe('FLOW_OUTSIDE_PERIOD');
    const late = costModelError(() => analyse(example({ options: { baseYear: 2025 } })));
    expect([late.path, late.problem.code]).toEqual(['options.baseYear', 'BASE_YEAR_AFTER_FIRST_FLOW']);
  });

  it('property: the NPV at the break-even share of the benefits is zero to within the rounding', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 50_000_000 }),
        fc.integer({ min: 100_000, max: 5_000_000 }),
        fc.integer({ min: 1, max: 8 }),
        (cost, benefit, lifetime) => {
          const years = Array.from({ length: lifetime }, (_, i) => 2024 + i);
          const series = (scale: number) =>
            years.map((year) => {
              const planned = ((benefit * scale) / 100).toFixed(2);
              return { year, planned, plannedToDate: '0.00', realised: null };
            });
          const input = (scale: number): AnalysisInput => ({
            period: { fromYear: 2024, toYear: 2023 + lifetime, lifetimeYears: lifetime, lastCostYear: 2024 },
            asOf: '2023-06-30',
            costs: [{ year: 2024, category: 'DEVELOPMENT', planned: (cost / 100).toFixed(2), actual: null }],
            benefits: [{ budgetReleasing: false, years: series(scale) }],
            priceIndex: CPI,
          });
          const result = analyse(input(1));
          if (result.breakEvenBenefitShare === null) return;
          // Benefits × share (to four decimals): each year's discounted figures round to the øre (up to
          // about 2 øre a year, times the share as the scaled series is rounded again), plus the share's
          // own rounding (at most 0.00005 × the benefits).
          const share = Number(result.breakEvenBenefitShare);
          const at = parseAmount(analyse(input(share)).npv.npv, 'npv', { allowNegative: true });
          const tolerance =
            BigInt(lifetime) * 2n * BigInt(2 + Math.ceil(share)) +
            BigInt(Math.ceil((benefit * lifetime) / 10_000)) +
            1n;
          expect(at < 0n ? -at : at).toBeLessThanOrEqual(tolerance);
        },
      ),
    );
  });
});
