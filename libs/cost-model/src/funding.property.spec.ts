/**
 * Property tests of the funding plan: the figures recomputed here with BigInt sums of the generated øre,
 * without the library's parsing.
 */
import fc from 'fast-check';
import {
  type FundingCostRow,
  type FundingFigures,
  type FundingSchemeCode,
  type FundingSourceRow,
  FUNDING_SCHEME_ORDER,
  fundingPlan,
} from './funding';

const RUNS = 1_000;
const nok = (ore: bigint): string => `${ore / 100n}.${String(ore % 100n).padStart(2, '0')}`;
const ore = (text: string): bigint => {
  const negative = text.startsWith('-');
  const [whole, fraction] = text.replace('-', '').split('.');
  const value = BigInt(whole) * 100n + BigInt(fraction);
  return negative ? -value : value;
};

const yearArb = fc.integer({ min: 2020, max: 2026 });
const schemeArb = fc.constantFrom<FundingSchemeCode>(...FUNDING_SCHEME_ORDER);
const amountArb = fc.oneof(fc.bigInt({ min: 0n, max: 10_000n }), fc.bigInt({ min: 0n, max: 10n ** 14n }));

const sourceArb: fc.Arbitrary<FundingSourceRow> = fc.record({
  year: yearArb,
  scheme: schemeArb,
  organisationId: fc.constantFrom(null, 'a', 'b'),
  planned: amountArb.map(nok),
  received: fc.option(amountArb.map(nok)),
});
const costArb: fc.Arbitrary<FundingCostRow> = fc.record({
  year: yearArb,
  scheme: fc.option(schemeArb),
  planned: amountArb.map(nok),
  actual: fc.option(amountArb.map(nok)),
});

const FIELDS = ['plannedFunding', 'receivedFunding', 'plannedCost'] as const;

/** Σ of a figure over parts (actualCost: null counts 0, the sum null when every part is null). */
function sumOf(parts: FundingFigures[], field: (typeof FIELDS)[number] | 'actualCost'): string | null {
  const values = parts.map((p) => p[field]).filter((v): v is string => v !== null);
  if (field === 'actualCost' && !values.length) return null;
  return nok(values.reduce((sum, v) => sum + ore(v), 0n));
}

function checkBalances(f: FundingFigures): void {
  const planned = ore(f.plannedFunding) - ore(f.plannedCost);
  expect(ore(f.plannedBalance)).toBe(planned);
  expect(f.status).toBe(planned === 0n ? 'FUNDED' : planned < 0n ? 'UNDERFUNDED' : 'OVERFUNDED');
  if (f.actualCost === null) {
    expect(f.receivedBalance).toBeNull();
    expect(f.receivedStatus).toBeNull();
  } else {
    const received = ore(f.receivedFunding) - ore(f.actualCost);
    expect(ore(f.receivedBalance!)).toBe(received);
    expect(f.receivedStatus).toBe(received === 0n ? 'FUNDED' : received < 0n ? 'UNDERFUNDED' : 'OVERFUNDED');
  }
}

describe('fundingPlan (properties)', () => {
  it('sums the years to the totals and the schemes to their year, with balance = funding − cost in øre', () => {
    fc.assert(
      fc.property(
        fc.array(sourceArb, { maxLength: 12 }),
        fc.array(costArb, { maxLength: 12 }),
        (sources, costs) => {
          const plan = fundingPlan(sources, costs);
          for (const field of [...FIELDS, 'actualCost'] as const) {
            expect(sumOf(plan.years, field)).toBe(plan.years.length ? plan.total[field] : sumOf([], field));
            for (const year of plan.years) expect(sumOf(year.schemes, field)).toBe(year[field]);
            expect(sumOf(plan.total.schemes, field)).toBe(
              plan.years.length ? plan.total[field] : sumOf([], field),
            );
          }
          for (const figures of [
            plan.total,
            ...plan.total.schemes,
            ...plan.years,
            ...plan.years.flatMap((y) => y.schemes),
          ])
            checkBalances(figures);
          // The totals are the inputs' own sums.
          expect(ore(plan.total.plannedFunding)).toBe(sources.reduce((s, r) => s + ore(r.planned), 0n));
          expect(ore(plan.total.plannedCost)).toBe(costs.reduce((s, r) => s + ore(r.planned), 0n));
          // The sources by organisation sum to the funding too.
          expect(plan.sources.reduce((s, r) => s + ore(r.planned), 0n)).toBe(ore(plan.total.plannedFunding));
          expect(plan.sources.reduce((s, r) => s + ore(r.received), 0n)).toBe(
            ore(plan.total.receivedFunding),
          );
        },
      ),
      { numRuns: RUNS },
    );
  });
});
