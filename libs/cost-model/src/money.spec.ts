import {
  divRoundHalfAwayFromZero,
  formatOre,
  formatRatio,
  formatTruncated,
  parseAmount,
  parseDecimal,
} from './money';
import { largestRemainder } from './largest-remainder';
import { CostModelError } from './errors';

describe('NOK amounts as øre', () => {
  it('parses strings with up to two decimals into øre', () => {
    expect(parseAmount('1234.56', 'x')).toBe(123456n);
    expect(parseAmount('1234.5', 'x')).toBe(123450n);
    expect(parseAmount('7', 'x')).toBe(700n);
    expect(parseAmount('-3.05', 'x', { allowNegative: true })).toBe(-305n);
    // 15 digits of kroner: 999 999 999 999 999.99 NOK is 99 999 999 999 999 999 øre, beyond 2^53 ≈ 9.007e15
    expect(parseAmount('999999999999999.99', 'x')).toBe(99999999999999999n);
  });

  it('refuses floats, three decimals, exponents and negatives (unless allowed), naming the path', () => {
    for (const bad of ['1.005', '1e5', '', ' 1', '1,50', '0x10', 12.5, null, undefined]) {
      expect(() => parseAmount(bad, 'total')).toThrow(CostModelError);
    }
    expect(() => parseAmount('12.345', 'total')).toThrow(/^total: must be a NOK amount .*\(got "12.345"\)/);
    expect(() => parseAmount('-1.00', 'cap')).toThrow('cap: must not be negative (got "-1.00")');
  });

  it('formats øre with exactly two decimals', () => {
    expect(formatOre(1435420000n)).toBe('14354200.00');
    expect(formatOre(5n)).toBe('0.05');
    expect(formatOre(0n)).toBe('0.00');
    expect(formatOre(-5n)).toBe('-0.05');
    expect(formatOre(-12345n)).toBe('-123.45');
  });
});

describe('exact decimals', () => {
  it('reads numbers at their shortest spelling and strings exactly', () => {
    expect(parseDecimal(0.1)).toEqual({ units: 1n, scale: 1 });
    expect(parseDecimal('2.50')).toEqual({ units: 25n, scale: 1 });
    expect(parseDecimal(1e21)).toEqual({ units: 10n ** 21n, scale: 0 });
    expect(parseDecimal(1.5e-7)).toEqual({ units: 15n, scale: 8 });
    expect(parseDecimal('-4')).toEqual({ units: -4n, scale: 0 });
    expect(parseDecimal(Number.NaN)).toBeNull();
    expect(parseDecimal(Number.POSITIVE_INFINITY)).toBeNull();
    expect(parseDecimal('1e5')).toBeNull();
    expect(parseDecimal('abc')).toBeNull();
  });
});

describe('rounding half away from zero', () => {
  it.each([
    [5n, 2n, 3n], // 2.5 → 3
    [-5n, 2n, -3n], // -2.5 → -3
    [7n, 3n, 2n], // 2.333… → 2
    [8n, 3n, 3n], // 2.666… → 3
    [-8n, 3n, -3n],
    [1n, -2n, -1n], // -0.5 → -1
    [0n, 7n, 0n],
  ])('%s / %s → %s', (numerator, denominator, expected) => {
    expect(divRoundHalfAwayFromZero(numerator, denominator)).toBe(expected);
  });

  it('writes ratios with a fixed number of decimals', () => {
    // 1 / 3 = 0.33333… → 0.3333; 2 / 3 = 0.66666… → 0.6667
    expect(formatRatio(1n, 3n, 4)).toBe('0.3333');
    expect(formatRatio(2n, 3n, 4)).toBe('0.6667');
    expect(formatRatio(1n, 1n, 2)).toBe('1.00');
  });

  it('shows exact quotients cut with an ellipsis in explanations', () => {
    expect(formatTruncated(10000n, 300n, 4, 2)).toBe('33.3333…');
    expect(formatTruncated(1435420000n, 100n, 4, 2)).toBe('14354200.00');
    expect(formatTruncated(125125n, 1000n, 4, 2)).toBe('125.125');
  });
});

describe('largest remainder', () => {
  const items = (...weights: number[]) =>
    weights.map((weight, i) => ({
      id: String.fromCharCode(97 + i),
      weight: BigInt(weight),
      driver: BigInt(weight),
    }));

  it('splits 100 øre three ways as 34, 33, 33 with the tie to the smaller id', () => {
    // quota 33.33… each, all rounded down to 33 (99); 1 øre left; equal remainders and weights → "a"
    const split = largestRemainder(100n, items(1, 1, 1));
    expect(split.amounts).toEqual([34n, 33n, 33n]);
    expect(split.leftover).toBe(1n);
  });

  it('gives the left-over øre to the largest remainders first', () => {
    // 10 øre by 1:2:4 (Σ7): quotas 1.428…, 2.857…, 5.714… → 1, 2, 5 (8); remainders 3/7, 6/7, 5/7 → b, then c
    expect(largestRemainder(10n, items(1, 2, 4)).amounts).toEqual([1n, 3n, 6n]);
  });

  it('breaks equal remainders by the larger weight, then the larger driver', () => {
    // 2 øre by 1:3 (Σ4): quotas 0.5 and 1.5 → 0 and 1; equal remainders (½ each) → the larger weight, b
    expect(largestRemainder(2n, items(1, 3)).amounts).toEqual([0n, 2n]);
    // 5 øre by 2:2:6 (Σ10): quotas 1, 1, 3 exact → nothing left over
    expect(largestRemainder(5n, items(2, 2, 6)).amounts).toEqual([1n, 1n, 3n]);
    // equal weights, different drivers: the larger driver wins the øre
    const split = largestRemainder(1n, [
      { id: 'a', weight: 1n, driver: 5n },
      { id: 'b', weight: 1n, driver: 9n },
    ]);
    expect(split.amounts).toEqual([0n, 1n]);
  });
});
