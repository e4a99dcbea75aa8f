/**
 * Property-based tests of compareKeys on random participants and keys that fix the total (EQUAL,
 * PROPORTIONAL by population, BASE_PLUS_PROPORTIONAL): every key's amounts add up to the same total, the
 * differences from the reference add up to 0, the summaries count every organisation once per key and
 * their nets add up to 0, and each amount is what allocate gave.
 */
import fc from 'fast-check';
import type { CostSharingKeySpec } from '@gevinst/domain';
import { allocate } from './allocate';
import { compareKeys } from './compare-keys';
import { parseAmount } from './money';

const RUNS = 2_000;

const memberArb = fc.record({
  population: fc.integer({ min: 1, max: 1_000_000 }),
  level: fc.constantFrom('LOCAL', 'REGIONAL', 'CENTRAL'),
  county: fc.option(fc.constantFrom('03', '11', '46', '50'), { nil: null }),
});

const caseArb = fc
  .record({
    members: fc.array(memberArb, { minLength: 1, maxLength: 25 }),
    totalOre: fc.bigInt({ min: 0n, max: 10_000_000_000n }),
    itemCount: fc.integer({ min: 1, max: 3 }),
    methods: fc.array(fc.constantFrom('EQUAL', 'PROPORTIONAL', 'BASE'), { minLength: 2, maxLength: 5 }),
    reference: fc.nat(),
  })
  .map((c) => ({ ...c, reference: c.reference % c.methods.length }));

const ore = (n: bigint) => `${n / 100n}.${String(n % 100n).padStart(2, '0')}`;

describe('compareKeys (properties)', () => {
  it('same total for every key, differences adding up to 0, every organisation summarised once', () => {
    fc.assert(
      fc.property(caseArb, ({ members, totalOre, itemCount, methods, reference }) => {
        const participants = members.map((m, i) => ({
          id: `org-${String(i).padStart(3, '0')}`,
          tieKey: String(900000000 + i),
          drivers: { population: m.population },
        }));
        const organisations = members.map((m, i) => ({ id: participants[i].id, ...m }));
        // The year's items: the total split into itemCount parts (the last takes the rest).
        const items = Array.from({ length: itemCount }, (_, i) =>
          i < itemCount - 1
            ? totalOre / BigInt(itemCount)
            : totalOre - (totalOre / BigInt(itemCount)) * BigInt(itemCount - 1),
        );
        const specs: CostSharingKeySpec[] = methods.map((m) =>
          m === 'EQUAL'
            ? { method: 'EQUAL' }
            : m === 'PROPORTIONAL'
              ? { method: 'PROPORTIONAL', driver: 'population' }
              : { method: 'BASE_PLUS_PROPORTIONAL', base: '0.00', driver: 'population' },
        );
        const allocations = specs.map((spec) => items.map((item) => allocate(ore(item), participants, spec)));
        const result = compareKeys(allocations, reference, organisations);
        for (const total of result.totals) expect(total).toBe(ore(totalOre));
        for (let k = 0; k < specs.length; k++) {
          const differences = result.rows.reduce(
            (sum, row) => sum + parseAmount(row.differences[k], 'd', { allowNegative: true }),
            0n,
          );
          expect(differences).toBe(0n);
          const amounts = result.rows.map((row) => parseAmount(row.amounts[k], 'a'));
          const expected = participants.map((_, i) =>
            allocations[k].reduce((sum, a) => sum + parseAmount(a.lines[i].amount, 'a'), 0n),
          );
          expect(amounts).toEqual(expected);
          if (k === reference) continue;
          for (const summary of [result.byLevel, result.byCounty]) {
            const groups = summary.filter((g) => g.keyIndex === k);
            expect(groups.reduce((n, g) => n + g.organisations, 0)).toBe(members.length);
            expect(groups.reduce((n, g) => n + g.gainers + g.losers + g.unchanged, 0)).toBe(members.length);
            expect(
              groups.reduce((sum, g) => sum + parseAmount(g.net, 'n', { allowNegative: true }), 0n),
            ).toBe(0n);
            for (const g of groups) {
              expect(parseAmount(g.gainersSum, 'g', { allowNegative: true }) <= 0n).toBe(true);
              expect(parseAmount(g.losersSum, 'l') >= 0n).toBe(true);
            }
          }
        }
      }),
      { numRuns: RUNS },
    );
  });
});
