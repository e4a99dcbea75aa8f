import { copyField, copyRow } from './copy-format.js';
import { periodEnds, spreadExactly } from './distributions.js';
import { Rng } from './prng.js';

const draws = (rng: Rng, n: number) => Array.from({ length: n }, () => rng.uint32());

describe('Rng', () => {
  it('gives the same numbers for the same seed and labels, different ones otherwise', () => {
    expect(draws(Rng.root(42), 5)).toEqual(draws(Rng.root(42), 5));
    expect(draws(Rng.root(42), 5)).not.toEqual(draws(Rng.root(43), 5));
    expect(draws(Rng.root(42).fork('initiative', 1), 5)).toEqual(
      draws(Rng.root(42).fork('initiative', 1), 5),
    );
    expect(draws(Rng.root(42).fork('initiative', 1), 5)).not.toEqual(
      draws(Rng.root(42).fork('initiative', 2), 5),
    );
  });

  it('forks streams that do not depend on how much the parent drew', () => {
    const a = Rng.root(7);
    const b = Rng.root(7);
    draws(b, 100);
    expect(draws(a.fork('x'), 3)).toEqual(draws(b.fork('x'), 3));
  });

  it('keeps int() within its bounds and reaches both ends', () => {
    const rng = Rng.root(1);
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) {
      const value = rng.int(3, 7);
      expect(value).toBeGreaterThanOrEqual(3);
      expect(value).toBeLessThanOrEqual(7);
      seen.add(value);
    }
    expect([...seen].sort()).toEqual([3, 4, 5, 6, 7]);
    expect(() => rng.int(5, 4)).toThrow(RangeError);
  });

  it('makes version-4 UUIDs', () => {
    const rng = Rng.root(3);
    const ids = Array.from({ length: 200 }, () => rng.uuid());
    for (const id of ids)
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('samples without repeating and picks by weight', () => {
    const rng = Rng.root(5);
    const sample = rng.sample([1, 2, 3, 4, 5, 6], 4);
    expect(new Set(sample).size).toBe(4);
    let heavy = 0;
    for (let i = 0; i < 1000; i++)
      if (
        rng.weighted([
          ['a', 9],
          ['b', 1],
        ] as const) === 'a'
      )
        heavy++;
    expect(heavy).toBeGreaterThan(850);
    expect(heavy).toBeLessThan(950);
  });
});

describe('spreadExactly', () => {
  it('splits a total exactly in proportion to the weights', () => {
    expect(spreadExactly(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(spreadExactly(20_000, [2.6, 1, 0.7, 1.6]).reduce((a, b) => a + b, 0)).toBe(20_000);
    expect(spreadExactly(0, [1, 2])).toEqual([0, 0]);
  });

  it('never gives a part more than its weight when the weights are capacities and the total fits', () => {
    const capacities = [0, 1, 5, 12, 120, 3];
    const parts = spreadExactly(130, capacities);
    expect(parts.reduce((a, b) => a + b, 0)).toBe(130);
    parts.forEach((part, i) => expect(part).toBeLessThanOrEqual(capacities[i]));
  });
});

describe('periodEnds', () => {
  it('lists the period ends after the baseline up to a date', () => {
    expect(periodEnds('MONTHLY' as never, '2021-05-01', '2021-08-15')).toEqual([
      '2021-05-31',
      '2021-06-30',
      '2021-07-31',
    ]);
    expect(periodEnds('QUARTERLY' as never, '2021-06-30', '2022-01-01')).toEqual([
      '2021-09-30',
      '2021-12-31',
    ]);
    expect(periodEnds('HALF_YEARLY' as never, '2020-02-10', '2021-06-30')).toEqual([
      '2020-06-30',
      '2020-12-31',
      '2021-06-30',
    ]);
    expect(periodEnds('YEARLY' as never, '2019-12-31', '2022-03-01')).toEqual(['2020-12-31', '2021-12-31']);
    expect(periodEnds('ONCE' as never, '2019-03-01', '2026-10-31')).toEqual(['2019-12-31']);
    expect(periodEnds('MONTHLY' as never, '2026-10-31', '2026-10-31')).toEqual([]);
  });
});

describe('COPY text format', () => {
  it('writes NULL, booleans and numbers, and escapes the special characters', () => {
    expect(copyField(null)).toBe('\\N');
    expect(copyField(true)).toBe('t');
    expect(copyField(12)).toBe('12');
    expect(copyField('a\tb\nc\\d\re')).toBe('a\\tb\\nc\\\\d\\re');
    expect(copyRow(['x', null, false])).toBe('x\t\\N\tf\n');
  });
});
