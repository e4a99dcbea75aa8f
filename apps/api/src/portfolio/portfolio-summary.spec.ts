import {
  AdministrativeLevel,
  BenefitCategory,
  BenefitStatus,
  IndicatorDirection,
  RagStatus,
} from '@gevinst/domain';
import { BenefitCalculator, type BenefitPlan } from '../realisation/benefit-figures.js';
import { initiativeBenefitSums, initiativeContribution, summarise } from './portfolio-summary.js';
import { type InitiativeFactsRow, costYearsOf, initiativeFactsOf } from './portfolio.repository.js';

const asOf = '2025-06-30';
/** 10 units more from 1 January 2025 at 100 NOK a unit: 1,000.00 NOK planned in 2025 (the whole year at 10). */
const plan = (id: string, initiativeId: string, status = BenefitStatus.PLANNED): BenefitPlan => ({
  id,
  initiativeId,
  category: BenefitCategory.OTHER_PUBLIC_SECTOR,
  status,
  isDisBenefit: false,
  receivingOrganisationId: null,
  direction: IndicatorDirection.INCREASE,
  baselineDate: '2024-12-31',
  baselineValue: '0',
  valuePerUnit: '100.00',
  targets: [{ date: '2025-01-01', value: '10' }],
});
const measured = (id: string, initiativeId: string, value: string, status?: BenefitStatus) =>
  new BenefitCalculator(plan(id, initiativeId, status), [{ date: '2025-06-01', value }], asOf);

describe('costYearsOf', () => {
  it("reads initiativeFacts' cost text: year, planned and actual (empty: null), ascending", () => {
    expect(costYearsOf('i1', '2024:100.00:;2025:250.50:80.00;2026:-5.00:0.00')).toEqual([
      { initiative_id: 'i1', year: 2024, planned: '100.00', actual: null },
      { initiative_id: 'i1', year: 2025, planned: '250.50', actual: '80.00' },
      { initiative_id: 'i1', year: 2026, planned: '-5.00', actual: '0.00' },
    ]);
    expect(costYearsOf('i1', null)).toEqual([]);
  });
});

describe('initiativeFactsOf', () => {
  const row = {
    start_year: 2023,
    first_benefit: 2024,
    lifetime_years: null,
    stamp: 'v1|abc',
    costs: '2021:1.00:;2024:2.00:1.00;2030:3.00:',
  };
  it('takes the first and last cost years from the cost text, and the id from the row or apart', () => {
    const expected = {
      initiativeId: 'i1',
      startYear: 2023,
      firstBenefit: 2024,
      lifetimeYears: null,
      stamp: 'v1|abc',
      firstCostYear: 2021,
      lastCostYear: 2030,
      costText: row.costs,
    };
    const withId: InitiativeFactsRow = { ...row, initiative_id: 'i1' };
    expect(initiativeFactsOf(withId)).toEqual(expected);
    expect(initiativeFactsOf(row, 'i1')).toEqual(expected);
    expect(initiativeFactsOf({ ...row, costs: '2025:9.00:' }, 'i1')).toMatchObject({
      firstCostYear: 2025,
      lastCostYear: 2025,
    });
  });
  it('has no cost years without cost items', () => {
    expect(initiativeFactsOf({ ...row, costs: null }, 'i1')).toMatchObject({
      firstCostYear: null,
      lastCostYear: null,
      costText: null,
    });
  });
});

describe('initiativeBenefitSums', () => {
  it("adds up the benefits' figures per year and their statuses; a cancelled benefit is only counted", () => {
    const range = { fromYear: 2024, toYear: 2026 };
    const full = measured('b1', 'i1', '10');
    const half = measured('b2', 'i1', '5');
    const cancelled = measured('b3', 'i1', '10', BenefitStatus.CANCELLED);
    const sums = initiativeBenefitSums([full, half, cancelled], range);

    expect(sums.benefits).toBe(3);
    expect(sums.years.map((year) => year.year)).toEqual([2024, 2025, 2026]);
    // 1,000.00 NOK planned in 2025 and 2026 for each benefit not cancelled (2024: the day of the ramp-up).
    expect(sums.years.map((year) => year.planned).slice(1)).toEqual([200_000n, 200_000n]);
    // Exactly what the two calculators give, year by year (a realised null after asOf's year counts 0).
    const expected = [full, half].map((c) => c.years(2024, 2026));
    sums.years.forEach((year, i) => {
      expect(year.planned).toBe(expected[0][i].planned + expected[1][i].planned);
      expect(year.plannedToDate).toBe(expected[0][i].plannedToDate + expected[1][i].plannedToDate);
      expect(year.realised).toBe((expected[0][i].realised ?? 0n) + (expected[1][i].realised ?? 0n));
    });
    expect(sums.years[1].realised).toBeGreaterThan(0n);
    const statuses = [full.current().status, half.current().status];
    expect(sums.rag.green + sums.rag.amber + sums.rag.red + sums.rag.notAssessed).toBe(2);
    expect(sums.worst).toBe(
      statuses.includes(RagStatus.RED)
        ? RagStatus.RED
        : statuses.includes(RagStatus.AMBER)
          ? RagStatus.AMBER
          : RagStatus.GREEN,
    );
  });

  it('counts no year without a range (statuses only), and nothing without benefits', () => {
    const sums = initiativeBenefitSums([measured('b1', 'i1', '10')], null);
    expect(sums.years).toEqual([]);
    expect(sums.benefits).toBe(1);
    expect(sums.worst).not.toBeNull();
    expect(initiativeBenefitSums([], { fromYear: 2025, toYear: 2025 })).toEqual({
      benefits: 0,
      rag: { green: 0, amber: 0, red: 0, notAssessed: 0 },
      worst: null,
      years: [{ year: 2025, planned: 0n, plannedToDate: 0n, realised: 0n }],
    });
  });
});

describe('initiativeContribution and summarise', () => {
  it("adds each initiative's costs within its range and benefit sums into the totals, the years and the breakdowns", () => {
    const initiatives = ['i1', 'i2'].map((id, n) => ({
      id,
      code: `C-${n}`,
      name: id,
      owner_id: 'o',
      ministry_id: 'm',
      life_event: null,
      owner_level: AdministrativeLevel.CENTRAL,
    }));
    const range = { fromYear: 2025, toYear: 2026 };
    const i1 = initiativeContribution(
      costYearsOf('i1', '2024:7.00:7.00;2025:100.00:40.00;2026:50.00:'),
      initiativeBenefitSums([measured('b1', 'i1', '10')], range),
      range,
    );
    // 2024 is outside the range: not counted.
    expect(i1.model.plannedCostNok).toBe('150.00');
    expect(i1.years.map((year) => year.actualCost)).toEqual([4000n, null]);
    const i2 = initiativeContribution(costYearsOf('i2', '2025:1.00:'), undefined, {
      fromYear: 2025,
      toYear: 2025,
    });
    expect(
      initiativeContribution(costYearsOf('i3', '2025:1.00:'), undefined, null).model.plannedCostNok,
    ).toBe('0.00');

    const summary = summarise({
      asOf,
      initiatives,
      range,
      contributions: new Map([
        ['i1', i1],
        ['i2', i2],
      ]),
    });
    expect(summary.initiativeCount).toBe(2);
    expect(summary.benefitCount).toBe(1);
    expect(summary.plannedCostNok).toBe('151.00');
    expect(summary.actualCostNok).toBe('40.00');
    expect(summary.plannedBenefitNok).toBe('2000.00');
    expect(summary.byYear.map((year) => [year.year, year.plannedCostNok, year.actualCostNok])).toEqual([
      [2025, '101.00', '40.00'],
      [2026, '50.00', null],
    ]);
    expect(summary.byYear[1].realisedBenefitNok).toBeNull();
    // i2 has no benefit: not assessed.
    expect(summary.byInitiative[1].initiativeRag.notAssessed).toBe(1);
    expect(summary.byInitiative[0]).toEqual({ initiativeId: 'i1', code: 'C-0', name: 'i1', ...i1.model });
    expect(summary.byMinistry).toHaveLength(1);
  });
});
