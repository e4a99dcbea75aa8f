import fc from 'fast-check';
import { monetisedValuesAtDates, realisation, type BenefitInput, type IndicatorValue } from './realisation';
import { costModelError } from '../testing/helpers';

// The benefit of realisation.spec.ts: Bergen's hours a year on manual registration, NOK 650 an hour.
const hours: BenefitInput = {
  baseline: { date: '2024-01-01', value: '12000' },
  direction: 'DECREASE',
  targets: [
    { date: '2025-01-01', value: '9000' },
    { date: '2026-01-01', value: '6000' },
  ],
  valuePerUnit: '650.00',
};

const DAY_MS = 86_400_000;
const dateOf = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
const START = Date.UTC(2023, 0, 1) / DAY_MS;

/** What realisation says about the money at each date. */
const reference = (benefit: BenefitInput, measurements: IndicatorValue[], dates: string[]) =>
  dates.map((asOf) => {
    const { plannedValue, realisedValue } = realisation(benefit, measurements, asOf);
    return { asOf, plannedValue, realisedValue };
  });

describe('monetisedValuesAtDates', () => {
  it('gives the planned and realised NOK of realisation at each date, year ends and all', () => {
    const measurements: IndicatorValue[] = [
      { date: '2024-06-30', value: '11000' },
      { date: '2025-06-30', value: 8000 },
      { date: '2026-12-31', value: '5800.5' },
    ];
    const dates = ['2023-12-31', '2024-12-31', '2025-07-02', '2025-12-31', '2026-12-31', '2027-12-31'];
    const values = monetisedValuesAtDates(hours, measurements, dates);
    expect(values).toEqual(reference(hours, measurements, dates));
    // 31 December 2024: 365 of 366 days towards 9 000 → planned 3 000 × 365/366 = 2 991.803… hours
    // × 650 = 1 944 672.13; measured 11 000 (30 June) → 1 000 hours × 650 = 650 000.00.
    expect(values[1]).toEqual({ asOf: '2024-12-31', plannedValue: '1944672.13', realisedValue: '650000.00' });
    // After the last target the plan holds at 6 000 hours saved: 3 900 000.00 a year; the latest measurement,
    // 5 800.5 (31 December 2026), is 6 199.5 hours saved × 650 = 4 029 675.00.
    expect(values[5]).toEqual({
      asOf: '2027-12-31',
      plannedValue: '3900000.00',
      realisedValue: '4029675.00',
    });
  });

  it('agrees with realisation for any plan, measurements and dates (property)', () => {
    const point = fc.record({
      day: fc.integer({ min: 0, max: 2000 }),
      value: fc.integer({ min: -5000, max: 50000 }),
    });
    fc.assert(
      fc.property(
        fc.constantFrom('INCREASE' as const, 'DECREASE' as const),
        fc.integer({ min: 0, max: 20000 }),
        fc.uniqueArray(point, { selector: (p) => p.day, maxLength: 4 }),
        fc.uniqueArray(point, { selector: (p) => p.day, maxLength: 6 }),
        fc.array(fc.integer({ min: 0, max: 2500 }), { maxLength: 8 }),
        fc.option(fc.constantFrom('1.00', '512.50', '0.01'), { nil: null }),
        (direction, baselineValue, targetPoints, measurementPoints, dateDays, valuePerUnit) => {
          const targets = [...targetPoints]
            .sort((a, b) => a.day - b.day)
            .map((p) => ({ date: dateOf(START + 10 + p.day), value: String(p.value) }));
          const benefit: BenefitInput = {
            baseline: { date: dateOf(START), value: String(baselineValue) },
            direction,
            targets,
            valuePerUnit,
          };
          const measurements = measurementPoints.map((p) => ({
            date: dateOf(START + p.day),
            value: String(p.value),
          }));
          const dates = dateDays.map((day) => dateOf(START + day));
          expect(monetisedValuesAtDates(benefit, measurements, dates)).toEqual(
            reference(benefit, measurements, dates),
          );
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('reports bad input as realisation does, naming the date', () => {
    expect(costModelError(() => monetisedValuesAtDates(hours, [], ['2025-02-30']))).toMatchObject({
      code: 'INVALID_INPUT',
      path: 'dates[0]',
    });
    expect(
      costModelError(() =>
        monetisedValuesAtDates({ ...hours, direction: 'UP' as never }, [], ['2025-01-01']),
      ),
    ).toMatchObject({ code: 'INVALID_INPUT', path: 'benefit.direction' });
    expect(
      costModelError(() =>
        monetisedValuesAtDates(
          hours,
          [
            { date: '2025-01-01', value: '1' },
            { date: '2025-01-01', value: '2' },
          ],
          ['2025-06-30'],
        ),
      ),
    ).toMatchObject({ code: 'INVALID_INPUT', path: 'measurements[1].date' });
    expect(monetisedValuesAtDates(hours, [], [])).toEqual([]);
  });
});
