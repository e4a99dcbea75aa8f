import { IndicatorDirection, RagStatus } from '@gevinst/domain';
import fc from 'fast-check';
import { realisation, realisationStatus, BenefitInput } from './realisation';
import { costModelError } from '../testing/helpers';

// Bergen kommune: hours a year spent on manual registration, lower is better, valued at NOK 650 an hour.
// Baseline 12 000 hours (1 January 2024); target 9 000 by 1 January 2025 and 6 000 by 1 January 2026.
const hours: BenefitInput = {
  baseline: { date: '2024-01-01', value: 12000 },
  direction: IndicatorDirection.DECREASE, // the domain enum, or its text 'DECREASE'
  targets: [
    { date: '2025-01-01', value: 9000 },
    { date: '2026-01-01', value: '6000' },
  ],
  valuePerUnit: '650.00',
};

describe('realisation', () => {
  it('interpolates the target linearly and compares the latest measurement with it', () => {
    // 2 July 2025 is 182 of the 365 days from 1 January 2025 to 1 January 2026:
    // target = 9 000 − 3 000 × 182 / 365 = 7 504.109589…; planned improvement = 12 000 − 7 504.109589 = 4 495.890411.
    // Latest measurement on or before 2 July: 8 000 hours (30 June) → improvement 12 000 − 8 000 = 4 000.
    // Realisation = 4 000 / 4 495.890411 = 88.97 % → AMBER (60 % ≤ 88.97 % < 90 %).
    // Realised value 4 000 × 650 = 2 600 000.00; planned 4 495.890410958… × 650 = 2 922 328.767… → 2 922 328.77.
    const result = realisation(
      hours,
      [
        { date: '2024-06-30', value: 11000 },
        { date: '2025-06-30', value: 8000 },
        { date: '2025-09-30', value: 7000 }, // after asOf: not used
      ],
      '2025-07-02',
    );
    expect(result).toEqual({
      asOf: '2025-07-02',
      targetToDate: '7504.109589',
      latestMeasurement: { date: '2025-06-30', value: '8000' },
      improvement: '4000',
      plannedImprovement: '4495.890411',
      realisationPercent: '88.97',
      status: RagStatus.AMBER,
      realisedValue: '2600000.00',
      plannedValue: '2922328.77',
    });
  });

  it('holds the last target after its date and the baseline before any target', () => {
    // After 1 January 2026 the target stays 6 000; planned improvement 6 000; measured 6 600 → 5 400 / 6 000 = 90 % → GREEN.
    const late = realisation(hours, [{ date: '2027-03-01', value: '6600' }], '2027-06-30');
    expect([late.targetToDate, late.plannedImprovement, late.realisationPercent, late.status]).toEqual([
      '6000',
      '6000',
      '90.00',
      'GREEN',
    ]);
    // On the baseline date nothing is planned yet: the percent and the status are null, not a division by zero.
    const early = realisation(hours, [{ date: '2024-01-01', value: 12100 }], '2024-01-01');
    expect([early.plannedImprovement, early.improvement, early.realisationPercent, early.status]).toEqual([
      '0',
      '-100',
      null,
      null,
    ]);
    // a benefit that went the wrong way counts negative: −100 hours × 650 = −65 000.00
    expect(early.realisedValue).toBe('-65000.00');
  });

  it('has no improvement before the first measurement', () => {
    const result = realisation(hours, [], '2025-01-01');
    expect([result.latestMeasurement, result.improvement, result.realisationPercent, result.status]).toEqual([
      null,
      null,
      null,
      null,
    ]);
    expect(result.plannedValue).toBe('1950000.00'); // 3 000 hours × 650
  });

  it.each([
    // INCREASE: share of applications made digitally, 40 % → 80 % over 2024; percent = (measured − 40) / 40
    ['80', '80', 'GREEN', '100.00'],
    ['84', '80', 'GREEN', '110.00'],
    ['76', '80', 'GREEN', '90.00'],
    ['75.9', '80', 'AMBER', '89.75'],
    ['64', '80', 'AMBER', '60.00'],
    ['63.9', '80', 'RED', '59.75'],
  ])('measured %s%% against a target of %s%% is %s', (measured, target, status, percent) => {
    const result = realisation(
      {
        baseline: { date: '2024-01-01', value: 40 },
        direction: 'INCREASE',
        targets: [{ date: '2024-12-31', value: target }],
      },
      [{ date: '2024-12-31', value: measured }],
      '2024-12-31',
    );
    expect([result.realisationPercent, result.status]).toEqual([percent, status]);
    expect(result.realisedValue).toBeNull(); // not monetised
  });

  it('takes the RAG thresholds as parameters', () => {
    const benefit: BenefitInput = {
      baseline: { date: '2024-01-01', value: 0 },
      direction: 'INCREASE',
      targets: [{ date: '2025-01-01', value: 100 }],
    };
    const measured = [{ date: '2025-01-01', value: 92 }];
    expect(realisation(benefit, measured, '2025-01-01').status).toBe('GREEN');
    expect(realisation(benefit, measured, '2025-01-01', { greenAt: 95, amberAt: '80' }).status).toBe('AMBER');
    expect(realisation(benefit, measured, '2025-01-01', { greenAt: 99, amberAt: 93 }).status).toBe('RED');
  });

  it('counts a dis-benefit negative and judges it by the same margin the other way', () => {
    // Caseworker hours (lower is better) are planned to rise from 1 000 to 1 200: a planned dis-benefit of
    // −200 hours, valued at −200 × 650 = −130 000.00. The status compares the harm with the plan: up to
    // 110 % of the planned harm is GREEN, up to 140 % AMBER, more is RED.
    const disBenefit: BenefitInput = {
      baseline: { date: '2024-01-01', value: 1000 },
      direction: 'DECREASE',
      targets: [{ date: '2025-01-01', value: 1200 }],
      valuePerUnit: '650',
    };
    const at = (value: number) => realisation(disBenefit, [{ date: '2025-01-01', value }], '2025-01-01');
    expect(at(1220)).toMatchObject({
      plannedImprovement: '-200',
      improvement: '-220',
      realisationPercent: '110.00',
      status: 'GREEN',
      realisedValue: '-143000.00',
      plannedValue: '-130000.00',
    });
    expect(at(1150).status).toBe('GREEN'); // less harm than planned
    expect(at(1250).status).toBe('AMBER'); // 125 %
    expect(at(1300).status).toBe('RED'); // 150 %
  });

  it('refuses bad dates, targets out of order and two measurements on one date', () => {
    expect(costModelError(() => realisation(hours, [], '2025-02-30')).message).toBe(
      'asOf: must be a date as "YYYY-MM-DD" (got "2025-02-30")',
    );
    const outOfOrder = { ...hours, targets: [{ date: '2023-12-31', value: 1 }] };
    expect(costModelError(() => realisation(outOfOrder, [], '2025-01-01')).message).toBe(
      'benefit.targets[0].date: must be after the baseline date',
    );
    const twice = [
      { date: '2025-01-01', value: 1 },
      { date: '2025-01-01', value: 2 },
    ];
    expect(costModelError(() => realisation(hours, twice, '2025-06-01')).code).toBe('INVALID_INPUT');
    expect(costModelError(() => realisation({ ...hours, valuePerUnit: '-5' }, [], '2025-06-01')).path).toBe(
      'benefit.valuePerUnit',
    );
  });
});

describe('realisationStatus', () => {
  it('is the status of realisation, for any plan, measurements, date and thresholds', () => {
    const date = (day: number) =>
      new Date(Date.UTC(2020, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
    fc.assert(
      fc.property(
        fc.integer({ min: -5000, max: 5000 }),
        fc.constantFrom('INCREASE' as const, 'DECREASE' as const),
        fc.array(
          fc.record({
            after: fc.integer({ min: 1, max: 400 }),
            value: fc.integer({ min: -9000, max: 9000 }),
          }),
          {
            maxLength: 4,
          },
        ),
        fc.uniqueArray(fc.integer({ min: 0, max: 2500 }), { maxLength: 6 }),
        fc.integer({ min: 0, max: 2600 }),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 0, max: 100 }),
        (baseline, direction, steps, measurementDays, asOfDay, a, b) => {
          let day = 0;
          const benefit: BenefitInput = {
            baseline: { date: date(0), value: baseline },
            direction,
            targets: steps.map((step) => ({ date: date((day += step.after)), value: step.value })),
          };
          const measurements = measurementDays.map((d, i) => ({
            date: date(d),
            value: ((i * 937) % 4001) - 2000,
          }));
          const options = { greenAt: Math.max(a, b), amberAt: Math.min(a, b) };
          expect(realisationStatus(benefit, measurements, date(asOfDay), options)).toBe(
            realisation(benefit, measurements, date(asOfDay), options).status,
          );
        },
      ),
      { numRuns: 500 },
    );
  });

  it('refuses what realisation refuses, with the same code and message', () => {
    const cases: [readonly { date: string; value: number | string }[], string][] = [
      [
        [
          { date: '2024-06-01', value: 11000 },
          { date: '2024-06-01', value: 10000 },
        ],
        '2025-01-01',
      ],
      [[{ date: '2024-06-01', value: 'x' }], '2025-01-01'],
      [[{ date: '2024-06-31', value: 1 }], '2025-01-01'],
      [[], '2025-13-01'],
    ];
    for (const [measurements, asOf] of cases) {
      const expected = costModelError(() => realisation(hours, measurements, asOf));
      const got = costModelError(() => realisationStatus(hours, measurements, asOf));
      expect([got.code, got.message]).toEqual([expected.code, expected.message]);
    }
  });
});
