/**
 * Property tests of the take-out: 5,000 random agencies each. Whatever the benefits, dis-benefits,
 * running costs and pre-project level, the take-out is never negative and never more than 50 % of the
 * gross internal benefit (rounded half away from zero to the øre, as the take-out is).
 */
import fc from 'fast-check';
import { divRoundHalfAwayFromZero } from './money';
import { takeOut } from './take-out';

const ore = fc.bigInt({ min: -10_000_000_000n, max: 10_000_000_000n });
const cost = fc.bigInt({ min: 0n, max: 10_000_000_000n });

const agency = fc.record({
  organisationId: fc.constantFrom('a', 'b', 'c'),
  benefits: fc.array(fc.record({ planned: ore, realised: ore }), { maxLength: 6 }),
  runningCosts: fc.array(fc.record({ planned: cost, actual: fc.option(cost, { nil: null }) }), {
    maxLength: 4,
  }),
  preProjectRunningCost: cost,
});

describe('takeOut properties', () => {
  it('is never negative and never more than 50 % of the gross internal benefit', () => {
    fc.assert(
      fc.property(fc.array(agency, { maxLength: 4 }), (agencies) => {
        const result = takeOut(agencies, 50);
        for (const [i, a] of result.agencies.entries()) {
          for (const side of ['planned', 'realised'] as const) {
            const f = a[side];
            const gross = agencies[i].benefits.reduce((acc, b) => (b[side] > 0n ? acc + b[side] : acc), 0n);
            expect(f.gross).toBe(gross);
            expect(f.takeOut >= 0n).toBe(true);
            expect(f.takeOut <= divRoundHalfAwayFromZero(gross * 50n, 100n)).toBe(true);
            expect(f.net).toBe(f.gross - f.disBenefits - f.runningCostIncrease);
            expect(f.runningCostIncrease >= 0n && f.disBenefits >= 0n).toBe(true);
          }
        }
        expect(result.planned.takeOut).toBe(result.agencies.reduce((acc, a) => acc + a.planned.takeOut, 0n));
      }),
      { numRuns: 5_000 },
    );
  });

  it('a higher running cost never raises the take-out', () => {
    fc.assert(
      fc.property(agency, cost, (a, extra) => {
        const base = takeOut([a], 50).agencies[0].planned.takeOut;
        const more = takeOut(
          [{ ...a, runningCosts: [...a.runningCosts, { planned: extra, actual: null }] }],
          50,
        ).agencies[0].planned.takeOut;
        expect(more <= base).toBe(true);
      }),
      { numRuns: 5_000 },
    );
  });
});
