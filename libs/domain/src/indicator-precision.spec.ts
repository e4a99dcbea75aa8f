import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { decimalsOf, indicatorDecimals, MAX_INDICATOR_DECIMALS } from './indicator-precision';

describe('indicator precision', () => {
  it('is the most decimals among the entered values', () => {
    // baseline 4000 saker, target 3000 saker: whole numbers, so 3284.931507 shows as 3 285.
    expect(indicatorDecimals(['4000', '3000'])).toBe(0);
    // baseline 12.5 minutes, target 8.25 minutes, a measurement of 10: two decimals.
    expect(indicatorDecimals(['12.5', '8.25', '10'])).toBe(2);
    expect(indicatorDecimals([null, undefined, ''])).toBe(0);
  });

  it('reads the decimals of one value as written', () => {
    expect(decimalsOf('12.50')).toBe(2);
    expect(decimalsOf('12,5')).toBe(1);
    expect(decimalsOf(4000)).toBe(0);
    expect(decimalsOf('-0.125')).toBe(3);
    expect(decimalsOf('not a number')).toBe(0);
  });

  it('never exceeds the API’s six decimals and never falls below any value’s own (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(100000), fc.nat(9)), { minLength: 1, maxLength: 8 }), (pairs) => {
        const values = pairs.map(([whole, digits]) =>
          digits ? `${whole}.${'5'.repeat(digits)}` : `${whole}`,
        );
        const decimals = indicatorDecimals(values);
        expect(decimals).toBeLessThanOrEqual(MAX_INDICATOR_DECIMALS);
        for (const [, digits] of pairs) expect(decimals).toBeGreaterThanOrEqual(Math.min(digits, 6));
      }),
    );
  });
});
