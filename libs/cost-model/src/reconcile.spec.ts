import fc from 'fast-check';
import type { CostSharingKeySpec } from '@gevinst/domain';
import { allocate } from './allocate';
import { parseAmount } from './money';
import { keyFixesTotal, reconcile, reconcileAll, resolveReconciliation } from './reconcile';
import { municipalityParticipants } from '../testing/reference-data';

const DIGIFIN: CostSharingKeySpec = { method: 'PER_UNIT', driver: 'population', rate: '20.00' };

describe('reconcile: the DigiFin example, NOK 20 per inhabitant against a 100,000,000.00 cost item', () => {
  it('allocates 111,004,060.00 and differs by −11,004,060.00', () => {
    // Σ population of the 357 municipalities on 1 January 2024 = 5 550 203 (SSB);
    // 20 × 5 550 203 = 111 004 060.00 allocated; 100 000 000.00 − 111 004 060.00 = −11 004 060.00:
    // the participants would be charged 11 004 060.00 more than the cost item.
    const allocation = allocate(null, municipalityParticipants(), DIGIFIN);
    expect(reconcile('100000000.00', allocation, DIGIFIN, null)).toEqual({
      costItemAmount: '100000000.00',
      allocatedTotal: '111004060.00',
      difference: '-11004060.00',
      reconciles: false,
      keyFixesTotal: false,
    });
  });

  it('reconciles when the cost item is exactly what the key allocates', () => {
    // 111 004 060.00 − 111 004 060.00 = 0: the cost item was set from the key.
    const allocation = allocate(null, municipalityParticipants(), DIGIFIN);
    const result = reconcile('111004060.00', allocation, DIGIFIN, null);
    expect(result.difference).toBe('0.00');
    expect(result.reconciles).toBe(true);
    expect(result.keyFixesTotal).toBe(false);
  });

  it('shows a positive difference when the key allocates less than the cost item', () => {
    // NOK 15 per inhabitant: 15 × 5 550 203 = 83 253 045.00; 100 000 000.00 − 83 253 045.00 = 16 746 955.00
    // of the cost item is paid by nobody.
    const key: CostSharingKeySpec = { method: 'PER_UNIT', driver: 'population', rate: '15' };
    const result = reconcile('100000000.00', allocate(null, municipalityParticipants(), key), key, null);
    expect(result.allocatedTotal).toBe('83253045.00');
    expect(result.difference).toBe('16746955.00');
  });
});

describe('reconcile: keys that fix the total', () => {
  it('a population-proportional split of 100,000,000.00 reconciles to the øre', () => {
    // PROPORTIONAL splits exactly the total given (largest remainder): difference 0.
    const key: CostSharingKeySpec = { method: 'PROPORTIONAL', driver: 'population' };
    const result = reconcile(
      '100000000.00',
      allocate('100000000.00', municipalityParticipants(), key),
      key,
      '100000000.00',
    );
    expect(result).toEqual({
      costItemAmount: '100000000.00',
      allocatedTotal: '100000000.00',
      difference: '0.00',
      reconciles: true,
      keyFixesTotal: true,
    });
  });

  it('BANDS fixes the total when given one, and not without', () => {
    // Three participants in bands of 10 000.00 (≤ 5 000 inhabitants) and 20 000.00 (above):
    // without a total they pay 10 000 + 20 000 + 20 000 = 50 000.00; against a 60 000.00 cost item
    // the difference is 60 000.00 − 50 000.00 = 10 000.00. With the total the fees are weights and the
    // 60 000.00 is split 12 000 / 24 000 / 24 000: difference 0.
    const key: CostSharingKeySpec = {
      method: 'BANDS',
      driver: 'population',
      bands: [{ upTo: 5000, fee: '10000.00' }, { fee: '20000.00' }],
    };
    const participants = [
      { id: 'a', drivers: { population: 4000 } },
      { id: 'b', drivers: { population: 6000 } },
      { id: 'c', drivers: { population: 90000 } },
    ];
    const fees = reconcile('60000.00', allocate(null, participants, key), key, null);
    expect(fees).toMatchObject({ allocatedTotal: '50000.00', difference: '10000.00', keyFixesTotal: false });
    const split = reconcile('60000.00', allocate('60000.00', participants, key), key, '60000.00');
    expect(split).toMatchObject({ allocatedTotal: '60000.00', difference: '0.00', keyFixesTotal: true });
    expect(keyFixesTotal(key, null)).toBe(false);
    expect(keyFixesTotal(DIGIFIN, null)).toBe(false);
    expect(keyFixesTotal({ method: 'EQUAL' }, '1.00')).toBe(true);
  });
});

describe('reconcileAll and resolveReconciliation: a run of two cost items', () => {
  // Item 0: 100 000 000.00 by NOK 20 per inhabitant (allocates 111 004 060.00, difference −11 004 060.00);
  // item 1: 2 000 000.00 split equally (allocates 2 000 000.00, difference 0).
  // Together: 102 000 000.00 against 113 004 060.00, difference −11 004 060.00.
  const perUnit = reconcile('100000000.00', { lines: [{ amount: '111004060.00' }] as never }, DIGIFIN, null);
  const equal = reconcile(
    '2000000.00',
    { lines: [{ amount: '2000000.00' }] as never },
    { method: 'EQUAL' },
    '2000000.00',
  );
  const parts = [perUnit, equal];

  it('adds up the amounts and differences; the keys fix the total only if each does', () => {
    expect(reconcileAll(parts)).toEqual({
      costItemAmount: '102000000.00',
      allocatedTotal: '113004060.00',
      difference: '-11004060.00',
      reconciles: false,
      keyFixesTotal: false,
    });
  });

  it('REQUIRE_EXACT refuses the run', () => {
    const resolved = resolveReconciliation(parts, 'REQUIRE_EXACT');
    expect(resolved.refused).toBe(true);
    expect(resolved.setCostItems).toEqual([]);
    expect(resolved.recorded.difference).toBe('-11004060.00');
  });

  it('SET_COST_ITEM_FROM_KEY sets item 0 to 111 004 060.00 and the run reconciles', () => {
    // After: 111 004 060.00 + 2 000 000.00 = 113 004 060.00 against 113 004 060.00 allocated, difference 0.
    const resolved = resolveReconciliation(parts, 'SET_COST_ITEM_FROM_KEY');
    expect(resolved.refused).toBe(false);
    expect(resolved.setCostItems).toEqual([{ index: 0, before: '100000000.00', after: '111004060.00' }]);
    expect(resolved.recorded).toEqual({
      costItemAmount: '113004060.00',
      allocatedTotal: '113004060.00',
      difference: '0.00',
      reconciles: true,
      keyFixesTotal: false,
    });
  });

  it('ACCEPT_DIFFERENCE records the difference and changes nothing', () => {
    const resolved = resolveReconciliation(parts, 'ACCEPT_DIFFERENCE');
    expect(resolved).toEqual({ refused: false, setCostItems: [], recorded: reconcileAll(parts) });
  });

  it('a run whose every item reconciles is made under any choice, unchanged', () => {
    for (const choice of ['REQUIRE_EXACT', 'SET_COST_ITEM_FROM_KEY', 'ACCEPT_DIFFERENCE'] as const)
      expect(resolveReconciliation([equal], choice)).toEqual({
        refused: false,
        setCostItems: [],
        recorded: equal,
      });
  });

  it('differences that cancel across items still need a choice', () => {
    // +5.00 on one item and −5.00 on another add up to 0, but each item is wrong on its own.
    const under = reconcile('10.00', { lines: [{ amount: '5.00' }] as never }, DIGIFIN, null);
    const over = reconcile('10.00', { lines: [{ amount: '15.00' }] as never }, DIGIFIN, null);
    expect(reconcileAll([under, over]).difference).toBe('0.00');
    expect(resolveReconciliation([under, over], 'REQUIRE_EXACT').refused).toBe(true);
  });
});

describe('reconcile: properties', () => {
  const ore = (amount: string) => parseAmount(amount, 'amount', { allowNegative: true });
  const members = fc
    .uniqueArray(fc.stringMatching(/^[a-z0-9]{1,5}$/), { minLength: 1, maxLength: 12 })
    .chain((ids) =>
      fc
        .array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: ids.length, maxLength: ids.length })
        .map((drivers) => ids.map((id, i) => ({ id, drivers: { d: drivers[i] + (i === 0 ? 1 : 0) } }))),
    );
  const amount = fc
    .bigInt({ min: 0n, max: 10n ** 13n })
    .map((o) => `${o / 100n}.${String(o % 100n).padStart(2, '0')}`);

  it('a key that fixes the total always reconciles with the amount it is given', () => {
    fc.assert(
      fc.property(
        members,
        amount,
        fc.constantFrom<CostSharingKeySpec>(
          { method: 'EQUAL' },
          { method: 'PROPORTIONAL', driver: 'd' },
          { method: 'BANDS', driver: 'd', bands: [{ upTo: 1000, fee: '100.00' }, { fee: '700.00' }] },
        ),
        (participants, total, key) => {
          const result = reconcile(total, allocate(total, participants, key), key, total);
          expect(result.keyFixesTotal).toBe(true);
          expect(result.difference).toBe('0.00');
          expect(result.reconciles).toBe(true);
        },
      ),
      { numRuns: 2_000 },
    );
  });

  it('allocated + difference = cost item amount, for per-unit keys at any rate', () => {
    fc.assert(
      fc.property(members, amount, fc.integer({ min: 0, max: 100_000 }), (participants, item, cents) => {
        const key: CostSharingKeySpec = { method: 'PER_UNIT', driver: 'd', rate: (cents / 100).toFixed(2) };
        const result = reconcile(item, allocate(null, participants, key), key, null);
        expect(ore(result.allocatedTotal) + ore(result.difference)).toBe(ore(item));
        expect(result.reconciles).toBe(result.difference === '0.00');
        expect(result.keyFixesTotal).toBe(false);
        // and the run, after SET_COST_ITEM_FROM_KEY, always reconciles
        expect(resolveReconciliation([result], 'SET_COST_ITEM_FROM_KEY').recorded.difference).toBe('0.00');
      }),
      { numRuns: 2_000 },
    );
  });
});
