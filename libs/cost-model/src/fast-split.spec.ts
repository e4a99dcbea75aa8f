/**
 * The fast path (whole numbers in doubles) must give exactly what the BigInt path gives: the same
 * amounts, the same explanations (in English and in Norwegian), on random keys, drivers and totals,
 * including totals and weights near the bounds where the fast path stops and the BigInt path takes over.
 */
import fc from 'fast-check';
import type { GroupKeySpec } from '@gevinst/domain';
import { explainSplit } from './explain';
import { fastSplitLines } from './fast-split';
import { planFor } from './key-plans';
import { floorDivSafe, formatOre, formatRatio, formatShare } from './money';
import { ExplanationLanguage, PHRASES } from './phrases';
import { splitTotal } from './split';

const RUNS = 10_000;

const driverArb = fc.oneof(
  fc.integer({ min: 0, max: 1_000 }),
  fc.integer({ min: 0, max: 5_000_000 }),
  fc
    .tuple(fc.integer({ min: 0, max: 99_999 }), fc.integer({ min: 0, max: 99 }))
    .map(([whole, hundredths]) => `${whole}.${String(hundredths).padStart(2, '0')}`),
);

const keyArb: fc.Arbitrary<GroupKeySpec> = fc.oneof(
  fc.constant<GroupKeySpec>({ method: 'EQUAL' }),
  fc.constant<GroupKeySpec>({ method: 'PROPORTIONAL', driver: 'd' }),
  fc.constant<GroupKeySpec>({ method: 'BASE_PLUS_PROPORTIONAL', driver: 'd', base: '12.34' }),
  fc
    .integer({ min: 0, max: 1_000_000 })
    .map((threshold): GroupKeySpec => ({ method: 'FREE_THRESHOLD', driver: 'd', threshold })),
  fc.constant<GroupKeySpec>({
    method: 'BANDS',
    driver: 'd',
    bands: [{ upTo: 1000, fee: '10.00' }, { upTo: 100000, fee: '25.50' }, { fee: '1000.00' }],
  }),
  // the shares are filled in per case from `shares` below
  fc.constant<GroupKeySpec>({ method: 'FIXED_SHARES', shares: {} }),
  fc.constant<GroupKeySpec>({ method: 'PROPORTIONAL', driver: 'population' }),
);

/** A percentage as agreed in a contract: "50", "33.3333", "0". */
const shareArb = fc.oneof(
  fc.integer({ min: 0, max: 100 }).map(String),
  fc
    .tuple(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 9_999 }))
    .map(([whole, fraction]) => `${whole}.${String(fraction).padStart(4, '0')}`),
);

const caseArb = fc.record({
  drivers: fc.array(driverArb, { minLength: 1, maxLength: 12 }),
  shares: fc.array(shareArb, { minLength: 12, maxLength: 12 }),
  key: keyArb,
  total: fc.oneof(
    fc.bigInt({ min: 0n, max: 100_000n }),
    fc.bigInt({ min: 0n, max: 10n ** 12n }),
    fc.bigInt({ min: 90_071_992_547_000n, max: 90_071_992_548_000n }), // around the fast path's limit
    fc.bigInt({ min: 0n, max: 10n ** 17n }),
  ),
});

/**
 * Compares the two paths on random cases with explanations in `language`, both for a line's own
 * explanation and for one that follows a TWO_LEVEL group's clause (a prefix; the line's words then do
 * not start the sentence).
 */
function fastPathEqualsBigIntPath(language: ExplanationLanguage): void {
  let compared = 0;
  fc.assert(
    fc.property(caseArb, fc.boolean(), ({ drivers, shares, key, total }, inGroup) => {
      const members = drivers.map((d, index) => ({
        participant: { id: `p${index % 7}-${index}`, drivers: { d, population: d } },
        index,
      }));
      const spec: GroupKeySpec =
        key.method === 'FIXED_SHARES'
          ? {
              ...key,
              shares: Object.fromEntries(members.map((m, i) => [m.participant.id, shares[i]])),
            }
          : key;
      const prefix = inGroup ? 'prefix: ' : '';
      let plan;
      try {
        plan = planFor(total, members, spec, '', PHRASES[language], !inGroup);
      } catch {
        return; // zero total driver or bases above the total: no split to compare
      }
      const fast = fastSplitLines(total, plan, prefix);
      if (fast === null) return;
      compared++;
      const general = explainSplit(
        total,
        plan,
        splitTotal(total, plan.input, null, null),
        { floor: null, cap: null },
        prefix,
      );
      const { amountTexts, ...rest } = fast;
      expect(rest).toEqual(general);
      expect(amountTexts).toEqual(general.amounts.map(formatOre));
    }),
    { numRuns: RUNS },
  );
  // a good part of the cases is within the fast path's bounds (the rest tests the fallback)
  expect(compared).toBeGreaterThan(RUNS / 3);
}

describe('fast path = BigInt path', () => {
  it('gives the same amounts and explanations', () => {
    fastPathEqualsBigIntPath('en');
  });

  it('gives the same amounts and explanations in Norwegian (nb)', () => {
    fastPathEqualsBigIntPath('nb');
  });

  it('writes shares exactly like the BigInt ratio', () => {
    const shareArb = fc
      .bigInt({ min: 1n, max: 200_000_000_000n })
      .chain((whole) => fc.tuple(fc.bigInt({ min: 0n, max: whole }), fc.constant(whole)));
    fc.assert(
      fc.property(shareArb, fc.integer({ min: 0, max: 10 }), ([part, whole], decimals) => {
        expect(formatShare(part, whole, decimals)).toBe(formatRatio(part, whole, decimals));
      }),
      { numRuns: RUNS },
    );
    expect(formatShare(1n, 3n, 10)).toBe('0.3333333333');
    expect(formatShare(2n, 3n, 10)).toBe('0.6666666667');
    expect(formatShare(5n, 5n, 10)).toBe('1.0000000000');
    expect(formatShare(0n, 0n, 10)).toBe('0.0000000000');
  });

  it('divides safe integers exactly, even where a double quotient rounds up to a whole number', () => {
    // (2^53 − 2) / (2^27 − 1): the double quotient is close to a whole number; the remainder fixes it.
    const a = 2 ** 53 - 2 - (2 ** 27 - 1);
    const b = 2 ** 27 - 1;
    const q = floorDivSafe(a, b);
    const r = a - q * b;
    expect(BigInt(q) * BigInt(b) + BigInt(r)).toBe(BigInt(a));
    expect(r >= 0 && r < b).toBe(true);
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 26 }),
        fc.integer({ min: 0, max: 2 ** 26 }),
        (divisor, k) => {
          const dividend = Math.min(divisor * k + (k % divisor), Number.MAX_SAFE_INTEGER - divisor);
          const quotient = floorDivSafe(dividend, divisor);
          const remainder = dividend - quotient * divisor;
          expect(BigInt(quotient) * BigInt(divisor) + BigInt(remainder)).toBe(BigInt(dividend));
          expect(remainder >= 0 && remainder < divisor).toBe(true);
        },
      ),
      { numRuns: RUNS },
    );
  });
});
