import fc from 'fast-check';
import { type ValuationInput, yearlyValues } from './valuation';

/** Hours saved a year, 500 NOK an hour, from 0 on 1 January 2025 to 1000 on 1 January 2026. */
const ramp: ValuationInput = {
  baseline: { date: '2025-01-01', value: 0 },
  direction: 'INCREASE',
  targets: [{ date: '2026-01-01', value: 1000 }],
  valuePerUnit: '500',
};

const byYear = (values: ReturnType<typeof yearlyValues>) =>
  Object.fromEntries(values.map((v) => [v.year, [v.planned, v.plannedToDate, v.realised]]));

describe('time-weighted benefit valuation (RATE)', () => {
  it('values a ramp at its average over the year, not its year-end level', () => {
    // 2025: the improvement rises linearly 0 → 1000 h over the 365 days: ∫ = 365 × 1000 / 2 = 182 500 h·days;
    // / 365 = 500 h on average × 500 NOK = 250 000.00 NOK (the year-end rate would give 500 000.00).
    // 2026: flat at 1000 h all year: 1000 × 500 = 500 000.00. asOf 2027-06-30: both years are past.
    const values = yearlyValues(ramp, [], 2025, 2026, '2027-06-30');
    expect(byYear(values)).toEqual({
      2025: [25000000n, 25000000n, 0n],
      2026: [50000000n, 50000000n, 0n],
    });
  });

  it('divides a leap year by 366 days', () => {
    // Flat at 1000 h from 1 January 2024 (a leap year): ∫ = 1000 × 366; / 366 = 1000 × 500 = 500 000.00.
    // Ramp over 2024, 0 → 1000 on 2025-01-01: ∫ = 366 × 1000 / 2; / 366 = 500 h → 250 000.00.
    const flat: ValuationInput = {
      ...ramp,
      baseline: { date: '2023-06-01', value: 0 },
      effectStart: '2023-12-31',
      targets: [{ date: '2024-01-01', value: 1000 }],
    };
    expect(yearlyValues(flat, [], 2024, 2024, '2030-01-01')[0].planned).toBe(50000000n);
    const leapRamp: ValuationInput = {
      ...ramp,
      baseline: { date: '2024-01-01', value: 0 },
      targets: [{ date: '2025-01-01', value: 1000 }],
    };
    expect(yearlyValues(leapRamp, [], 2024, 2024, '2030-01-01')[0].planned).toBe(25000000n);
  });

  it('books nothing before the effect start, and ramps from it to the first target', () => {
    // Baseline 2024-01-01, effect start 2025-07-02 (day 182 of 2025), target 1000 h on 2026-01-01 (183 days
    // later). 2024: nothing (left out). 2025: ∫ = 183 × 1000 / 2 = 91 500 h·days; / 365 = 250.684931… h ×
    // 500 = 125 342.4657… → 125 342.47 NOK. 2026: 500 000.00.
    const late: ValuationInput = {
      ...ramp,
      baseline: { date: '2024-01-01', value: 0 },
      effectStart: '2025-07-02',
    };
    const values = yearlyValues(late, [], 2024, 2026, '2030-01-01');
    expect(values.map((v) => v.year)).toEqual([2025, 2026]);
    expect(values[0].planned).toBe(12534247n);
    expect(values[1].planned).toBe(50000000n);
  });

  it('counts a dis-benefit negative', () => {
    // DECREASE is better, but the plan goes from 100 to 140 (40 more hours a year) at 500 NOK: flat from
    // 2025-01-01, −40 × 500 = −20 000.00 a year.
    const harm: ValuationInput = {
      baseline: { date: '2024-12-31', value: 100 },
      direction: 'DECREASE',
      effectStart: '2024-12-31',
      targets: [{ date: '2025-01-01', value: 140 }],
      valuePerUnit: '500',
    };
    // 2025: the path is −40 from 1 January: ∫ = −40 × 365; / 365 = −40 × 500 = −20 000.00
    expect(yearlyValues(harm, [], 2025, 2025, '2030-01-01')[0].planned).toBe(-2000000n);
  });

  it('accrues planned and realised to asOf in its year, and has no realised figure after it', () => {
    // asOf 2025-03-31: days 1 January … 31 March = 90. Planned ∫ over [0, 90) of 1000 × t / 365 =
    // 1000 × 90² / (2 × 365) = 11 095.890… h·days; / 365 = 30.399… h × 500 = 15 199.85 NOK.
    // Measured 200 h on 2025-03-01 (day 59): realised path 0 → 200 over 59 days, then 200 up to asOf:
    // ∫ = 59 × 200 / 2 + 31 × 200 = 5 900 + 6 200 = 12 100 h·days; / 365 × 500 = 16 575.34 NOK.
    const values = yearlyValues(ramp, [{ date: '2025-03-01', value: 200 }], 2025, 2026, '2025-03-31');
    expect(byYear(values)).toEqual({
      2025: [25000000n, 1519985n, 1657534n],
      2026: [50000000n, 0n, null],
    });
  });

  it('draws sparse measurements as straight lines between them, and dense ones follow the path', () => {
    // One measurement a year: 600 h on 2026-01-01. 2025: 0 → 600 over 365 days: ∫ = 365 × 300; / 365 = 300 h
    // × 500 = 150 000.00. 2026 (asOf 2026-12-31): held at 600 all year = 300 000.00.
    const sparse = yearlyValues(ramp, [{ date: '2026-01-01', value: 600 }], 2025, 2026, '2026-12-31');
    expect(sparse.map((v) => v.realised)).toEqual([15000000n, 30000000n]);
    // Monthly measurements exactly on the plan give the planned figure for 2025 (to the øre, ± rounding of
    // the chords: the plan is a straight line, so the chords are the line itself).
    const monthly = Array.from({ length: 12 }, (_, m) => {
      const date = new Date(Date.UTC(2025, m + 1, 1));
      const day = (date.getTime() - Date.UTC(2025, 0, 1)) / 86_400_000;
      return { date: date.toISOString().slice(0, 10), value: ((1000 * day) / 365).toFixed(6) };
    });
    const dense = yearlyValues(ramp, monthly, 2025, 2025, '2026-06-30');
    expect(Number(dense[0].realised! - dense[0].planned)).toBeLessThanOrEqual(1);
    expect(Number(dense[0].realised! - dense[0].planned)).toBeGreaterThanOrEqual(-1);
  });

  it('counts no measurement taken before the effect start', () => {
    // A measurement of 900 h on 2025-03-01 before the effect start 2025-07-01 counts nothing; nothing since.
    const late = { ...ramp, effectStart: '2025-07-01' };
    const values = yearlyValues(late, [{ date: '2025-03-01', value: 900 }], 2025, 2025, '2025-12-31');
    expect(values[0].realised).toBe(0n);
  });

  it('is empty for a benefit without a value per unit', () => {
    expect(yearlyValues({ ...ramp, valuePerUnit: null }, [], 2025, 2026, '2026-01-01')).toEqual([]);
  });
});

describe('PERIOD_TOTAL indicators', () => {
  it("values a year's total at the plan on 31 December, and realised at that year's measurement", () => {
    // Cases handled in the year: baseline 1 000 (2024), target 1 400 for 2026 (dated 2026-12-31), 300 NOK a
    // case. 2025-12-31 is 364 of the 729 days from 2025-01-01 to 2026-12-31 after the effect start
    // 2025-01-01: planned improvement 400 × 364 / 729 = 199.725651… × 300 = 59 917.70 NOK. 2026: 400 × 300
    // = 120 000.00. Measured 1 150 on 2025-12-31: 150 × 300 = 45 000.00.
    const cases: ValuationInput = {
      baseline: { date: '2024-12-31', value: 1000 },
      direction: 'INCREASE',
      effectStart: '2025-01-01',
      targets: [{ date: '2026-12-31', value: 1400 }],
      valuePerUnit: '300',
      kind: 'PERIOD_TOTAL',
    };
    const values = yearlyValues(cases, [{ date: '2025-12-31', value: 1150 }], 2025, 2026, '2026-06-30');
    expect(values[0]).toEqual({ year: 2025, planned: 5991770n, plannedToDate: 5991770n, realised: 4500000n });
    // 2026 to date (asOf 30 June: 181 of 365 days): 120 000.00 × 181 / 365 = 59 506.85; no 2026 measurement.
    expect(values[1]).toEqual({ year: 2026, planned: 12000000n, plannedToDate: 5950685n, realised: 0n });
  });
});

describe('valuation invariants', () => {
  const date = (day: number) => new Date(Date.UTC(2020, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
  const arbitraryBenefit = fc.record({
    baselineDay: fc.integer({ min: 0, max: 1500 }),
    effectDelay: fc.integer({ min: 0, max: 1500 }),
    targets: fc.array(
      fc.record({ after: fc.integer({ min: 0, max: 1200 }), value: fc.integer({ min: -5000, max: 5000 }) }),
      {
        minLength: 1,
        maxLength: 4,
      },
    ),
    measurements: fc.array(
      fc.record({ day: fc.integer({ min: 0, max: 4000 }), value: fc.integer({ min: -5000, max: 5000 }) }),
      {
        maxLength: 6,
      },
    ),
    vpu: fc.integer({ min: 1, max: 2000 }),
    kind: fc.constantFrom('RATE' as const, 'PERIOD_TOTAL' as const),
  });
  type Drawn = typeof arbitraryBenefit extends fc.Arbitrary<infer T> ? T : never;
  const build = (b: Drawn, vpu = b.vpu) => {
    const effect = b.baselineDay + b.effectDelay;
    let day = effect;
    const targets = b.targets.map((t) => ({ date: date((day += t.after + 1)), value: t.value }));
    const input: ValuationInput = {
      baseline: { date: date(b.baselineDay), value: 0 },
      direction: 'INCREASE',
      effectStart: date(effect),
      targets,
      valuePerUnit: String(vpu),
      kind: b.kind,
    };
    const measurements = [...b.measurements]
      .sort((x, y) => x.day - y.day)
      .filter((m, i, all) => i === 0 || all[i - 1].day !== m.day)
      .map((m) => ({ date: date(m.day), value: m.value }));
    return { input, measurements, effect };
  };

  it('never books benefit in a year that ends before the effect start', () => {
    fc.assert(
      fc.property(arbitraryBenefit, (b) => {
        const { input, measurements, effect } = build(b);
        const effectYear = new Date(Date.UTC(2020, 0, 1) + effect * 86_400_000).getUTCFullYear();
        const values = yearlyValues(input, measurements, 2019, 2035, '2032-06-30');
        return values.every((v) => v.year >= effectYear);
      }),
    );
  });

  it('books nothing of the part of a year before the effect start (a RATE with the effect on 1 July of a flat plan)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10000 }), fc.integer({ min: 2021, max: 2030 }), (level, year) => {
        // From 1 July, the plan is at `level` at once (a target on the effect start): the year books
        // level × days from 1 July / days of the year — never the first half.
        const input: ValuationInput = {
          baseline: { date: `${year - 1}-01-01`, value: 0 },
          direction: 'INCREASE',
          effectStart: `${year}-07-01`,
          targets: [{ date: `${year}-07-01`, value: level }],
          valuePerUnit: '1',
        };
        const [value] = yearlyValues(input, [], year, year, `${year + 1}-01-01`);
        const days = (Date.UTC(year + 1, 0, 1) - Date.UTC(year, 0, 1)) / 86_400_000;
        const after = (Date.UTC(year + 1, 0, 1) - Date.UTC(year, 6, 1)) / 86_400_000;
        // øre: level × after / days × 100, rounded half away from zero
        const expected = (BigInt(level) * BigInt(after) * 100n * 2n + BigInt(days)) / (2n * BigInt(days));
        return value.planned === expected;
      }),
    );
  });

  it('values every full year of a constant plan at exactly level × value per unit', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -10000, max: 10000 }),
        fc.integer({ min: 1, max: 5000 }),
        (level, vpu) => {
          const input: ValuationInput = {
            baseline: { date: '2019-06-01', value: 0 },
            direction: 'INCREASE',
            effectStart: '2019-12-31',
            targets: [{ date: '2020-01-01', value: level }],
            valuePerUnit: String(vpu),
          };
          return yearlyValues(input, [], 2020, 2026, '2030-01-01').every(
            (v) => v.planned === BigInt(level) * BigInt(vpu) * 100n,
          );
        },
      ),
    );
  });

  it('grows planned NOK with the value per unit (for a plan that improves)', () => {
    fc.assert(
      fc.property(arbitraryBenefit, fc.integer({ min: 1, max: 500 }), (b, extra) => {
        const positive = { ...b, targets: b.targets.map((t) => ({ ...t, value: Math.abs(t.value) })) };
        const low = build(positive);
        const high = build(positive, positive.vpu + extra);
        const a = yearlyValues(low.input, [], 2019, 2035, '2032-06-30');
        const c = yearlyValues(high.input, [], 2019, 2035, '2032-06-30');
        return a.every((v, i) => c[i].planned >= v.planned);
      }),
    );
  });
});

describe("the README's worked example (Bergen's registration hours)", () => {
  it('gives the figures README.md computes by hand', () => {
    const bergen: ValuationInput = {
      baseline: { date: '2024-01-01', value: 12000 },
      direction: 'DECREASE',
      targets: [
        { date: '2025-01-01', value: 9000 },
        { date: '2026-01-01', value: 6000 },
      ],
      valuePerUnit: '650',
    };
    const measurements = [
      { date: '2024-12-31', value: 9500 },
      { date: '2025-06-30', value: 8000 },
    ];
    const values = yearlyValues(bergen, measurements, 2024, 2026, '2025-07-02');
    expect(values).toEqual([
      // 2024 (366 days): ramp 0 → 3 000 h, average 1 500 h × 650 = 975 000.00; realised: 0 → 2 500 h on
      // 31 December (day 365), then the line on towards 4 000 h on 30 June 2025 (181 days later) for the last
      // day: 2 500 → 2 508.287…: (365 × 2 500 / 2 + (2 500 + 2 508.287…) / 2) / 366 × 650 = 814 727.30
      { year: 2024, planned: 97500000n, plannedToDate: 97500000n, realised: 81472730n },
      // 2025: ramp 3 000 → 6 000 h, average 4 500 × 650 = 2 925 000.00; to date (183 days through 2 July):
      // (3 000 × 183 + 3 000 × 183² / (2 × 365)) / 365 × 650 = 1 222 758.68; realised: the line from 2 500 h
      // (31 Dec 2024) to 4 000 h (30 June 2025, day 180) is 2 508.287… h on 1 January, then held at 4 000 h
      // to 2 July: ((2 508.287… + 4 000) × 180 / 2 + 4 000 × 3) / 365 × 650 = 1 064 478.92
      { year: 2025, planned: 292500000n, plannedToDate: 122275868n, realised: 106447892n },
      // 2026: flat at 6 000 h × 650 = 3 900 000.00; not yet begun on 2 July 2025
      { year: 2026, planned: 390000000n, plannedToDate: 0n, realised: null },
    ]);
  });
});

describe('exact to the øre: every figure equals an oracle computed day by day in fractions', () => {
  // An oracle computed another way than valuation.ts: the path's value at each whole day as a fraction
  // (linear between the points, which lie on whole days), each day [d, d + 1) its own trapezoid
  // (v(d) + v(d + 1)) / 2 — exact, because the path bends only on whole days — summed day by day over the
  // year, divided by the year's days, times the value per unit, rounded once half away from zero. For
  // PERIOD_TOTAL: the path's value on 31 December, its share of the year to asOf, and the latest measurement
  // dated in the year.
  type Fraction = [bigint, bigint];
  const gcd = (x: bigint, y: bigint): bigint => {
    let [a, b] = [x < 0n ? -x : x, y < 0n ? -y : y];
    while (b) [a, b] = [b, a % b];
    return a;
  };
  const norm = ([n, d]: Fraction): Fraction => {
    const g = gcd(n, d) || 1n;
    return [n / g, d / g];
  };
  const add = (x: Fraction, y: Fraction): Fraction => norm([x[0] * y[1] + y[0] * x[1], x[1] * y[1]]);
  /** "-12.345" → [-12345, 1000] */
  const fraction = (text: string): Fraction => {
    const [whole, part = ''] = text.split('.');
    const negative = whole.startsWith('-');
    const units = BigInt(whole.replace('-', '') + part) * (negative ? -1n : 1n);
    return norm([units, 10n ** BigInt(part.length)]);
  };
  const dayOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
  /** the path's value at day t: 0 before the first point, linear between points, flat after the last */
  const at = (points: { day: number; value: Fraction }[], t: number): Fraction => {
    if (!points.length || t < points[0].day) return [0n, 1n];
    let i = points.length - 1;
    while (points[i].day > t) i--;
    const p = points[i];
    const q = points[i + 1];
    if (!q) return p.value;
    const slope: Fraction = [
      q.value[0] * p.value[1] - p.value[0] * q.value[1],
      p.value[1] * q.value[1] * BigInt(q.day - p.day),
    ];
    return add(p.value, [slope[0] * BigInt(t - p.day), slope[1]]);
  };
  const roundHalfAway = ([n, d]: Fraction): bigint => {
    const magnitude = ((n < 0n ? -n : n) * 2n + d) / (2n * d);
    return n < 0n ? -magnitude : magnitude;
  };
  const decimalText = fc
    .tuple(fc.integer({ min: -500_000, max: 500_000 }), fc.constantFrom(0, 1, 2, 3))
    .map(([units, scale]) => {
      const negative = units < 0;
      const digits = String(Math.abs(units)).padStart(scale + 1, '0');
      const text = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
      return negative ? `-${text}` : text;
    });
  const date = (day: number) => new Date(Date.UTC(2020, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);

  it('planned, planned to date and realised, for plans and measurements with decimals', () => {
    fc.assert(
      fc.property(
        fc.record({
          baselineDay: fc.integer({ min: 0, max: 900 }),
          effectDelay: fc.integer({ min: 0, max: 400 }),
          baseline: decimalText,
          direction: fc.constantFrom('INCREASE' as const, 'DECREASE' as const),
          targets: fc.array(fc.record({ after: fc.integer({ min: 0, max: 500 }), value: decimalText }), {
            minLength: 1,
            maxLength: 4,
          }),
          measurements: fc.array(fc.record({ day: fc.integer({ min: 0, max: 2500 }), value: decimalText }), {
            maxLength: 40,
          }),
          kind: fc.constantFrom('RATE' as const, 'PERIOD_TOTAL' as const),
          vpu: fc
            .tuple(fc.integer({ min: 1, max: 200_000 }), fc.constantFrom(0, 2, 3))
            .map(([units, scale]) => (units / 10 ** scale).toFixed(scale)),
          asOfDay: fc.integer({ min: 0, max: 3000 }),
        }),
        (b) => {
          const effect = b.baselineDay + b.effectDelay;
          let day = effect;
          const targets = b.targets.map((t) => ({ date: date((day += t.after + 1)), value: t.value }));
          const measurements = [...b.measurements]
            .sort((x, y) => x.day - y.day)
            .filter((m, i, all) => i === 0 || all[i - 1].day !== m.day)
            .map((m) => ({ date: date(m.day), value: m.value }));
          const asOf = date(b.asOfDay);
          const input: ValuationInput = {
            baseline: { date: date(b.baselineDay), value: b.baseline },
            direction: b.direction,
            effectStart: date(effect),
            targets,
            valuePerUnit: b.vpu,
            kind: b.kind,
          };
          const sign = b.direction === 'INCREASE' ? 1n : -1n;
          const base = fraction(b.baseline);
          const improvement = (text: string): Fraction => {
            const v = fraction(text);
            return norm([(v[0] * base[1] - base[0] * v[1]) * sign, v[1] * base[1]]);
          };
          const effectDay = dayOf(date(effect));
          const start = { day: effectDay, value: [0n, 1n] as Fraction };
          const planned = [
            start,
            ...targets.map((t) => ({ day: dayOf(t.date), value: improvement(t.value) })),
          ];
          const realisedPath = [
            start,
            ...measurements
              .filter((m) => dayOf(m.date) > effectDay)
              .map((m) => ({ day: dayOf(m.date), value: improvement(m.value) })),
          ];
          const sum = (points: typeof planned, from: number, to: number): Fraction => {
            let total: Fraction = [0n, 1n];
            for (let d = from; d < to; d++) {
              const both = add(at(points, d), at(points, d + 1));
              total = add(total, [both[0], both[1] * 2n]);
            }
            return total;
          };
          const vpu = fraction(b.vpu);
          const ore = (integral: Fraction, days: number) =>
            roundHalfAway(norm([integral[0] * vpu[0] * 100n, integral[1] * BigInt(days) * vpu[1]]));
          const asOfDay = dayOf(asOf);
          const asOfYear = new Date(asOfDay * 86_400_000).getUTCFullYear();
          const values = yearlyValues(input, measurements, 2020, 2028, asOf);
          for (const value of values) {
            const a = Date.UTC(value.year, 0, 1) / 86_400_000;
            const end = Date.UTC(value.year + 1, 0, 1) / 86_400_000;
            const days = end - a;
            let plannedOre: bigint;
            let toDate: bigint;
            let realised: bigint | null;
            if (b.kind === 'RATE') {
              plannedOre = ore(sum(planned, a, end), days);
              toDate =
                value.year < asOfYear
                  ? plannedOre
                  : value.year > asOfYear
                    ? 0n
                    : ore(sum(planned, a, asOfDay + 1), days);
              realised =
                value.year > asOfYear ? null : ore(sum(realisedPath, a, Math.min(end, asOfDay + 1)), days);
            } else {
              const total = at(planned, end - 1);
              plannedOre = ore(total, 1);
              toDate =
                value.year < asOfYear
                  ? plannedOre
                  : value.year > asOfYear
                    ? 0n
                    : ore([total[0] * BigInt(asOfDay + 1 - a), total[1]], days);
              const inYear = realisedPath.filter(
                (p, i) => i > 0 && p.day >= a && p.day < end && p.day <= asOfDay,
              );
              realised =
                value.year > asOfYear ? null : inYear.length ? ore(inYear[inYear.length - 1].value, 1) : 0n;
            }
            expect([value.year, value.planned, value.plannedToDate, value.realised]).toEqual([
              value.year,
              plannedOre,
              toDate,
              realised,
            ]);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
