import { BenefitCategory, BenefitStatus, IndicatorDirection } from '@gevinst/domain';
import { BenefitCalculator } from '../realisation/benefit-figures.js';
import type { PortfolioSummaryModel } from './portfolio-summary.model.js';
import { PortfolioCache } from './portfolio-cache.js';
import { initiativeBenefitSums } from './portfolio-summary.js';

const summary = (n: number) => ({ initiativeCount: n }) as PortfolioSummaryModel;

describe('PortfolioCache', () => {
  it('answers with a kept summary only at the change count it was computed at', () => {
    const cache = new PortfolioCache();
    expect(cache.summary('k', '7')).toBeUndefined();
    cache.keepSummary('k', '7', summary(1));
    expect(cache.summary('k', '7')).toEqual(summary(1));
    expect(cache.summary('other', '7')).toBeUndefined();
    // A change anywhere since: computed again, and the stale one is gone.
    expect(cache.summary('k', '8')).toBeUndefined();
    expect(cache.summary('k', '7')).toBeUndefined();
  });

  it('keeps the 200 most recently used summaries', () => {
    const cache = new PortfolioCache();
    for (let i = 0; i < 200; i++) cache.keepSummary(`k${i}`, '1', summary(i));
    expect(cache.summary('k0', '1')).toEqual(summary(0)); // used: now the most recent
    cache.keepSummary('k200', '1', summary(200));
    expect(cache.summary('k1', '1')).toBeUndefined();
    expect(cache.summary('k0', '1')).toEqual(summary(0));
    expect(cache.summary('k200', '1')).toEqual(summary(200));
  });
});

const asOf = '2025-06-30';
/** One benefit of initiative `initiativeId`, `value` units planned from 2025 at 100 NOK a unit. */
const calculator = (initiativeId: string, value: string) =>
  new BenefitCalculator(
    {
      id: `${initiativeId}-b`,
      initiativeId,
      category: BenefitCategory.OTHER_PUBLIC_SECTOR,
      status: BenefitStatus.PLANNED,
      isDisBenefit: false,
      receivingOrganisationId: null,
      direction: IndicatorDirection.INCREASE,
      baselineDate: '2024-12-31',
      baselineValue: '0',
      valuePerUnit: '100.00',
      targets: [{ date: '2025-01-01', value }],
    },
    [],
    asOf,
  );

describe('PortfolioCache.benefitSumsOf', () => {
  const range = { fromYear: 2025, toYear: 2026 };
  /** The plans as the database would give them now, and every load asked for. */
  let value: Record<string, string>;
  let loads: { ids: string[]; fromYear: number }[];
  const load = (ids: string[], fromYear: number) => {
    loads.push({ ids, fromYear });
    return Promise.resolve(ids.map((id) => calculator(id, value[id])));
  };
  beforeEach(() => {
    value = { a: '10', b: '20' };
    loads = [];
  });

  it('loads only the initiatives whose stamp changed (or not seen), from the earliest year counted', async () => {
    const cache = new PortfolioCache();
    const first = await cache.benefitSumsOf(
      [
        { id: 'a', stamp: 'a1', range },
        { id: 'b', stamp: 'b1', range: { fromYear: 2023, toYear: 2026 } },
      ],
      asOf,
      load,
    );
    expect(loads).toEqual([{ ids: ['a', 'b'], fromYear: 2023 }]);
    expect(first.get('a')).toEqual(initiativeBenefitSums([calculator('a', '10')], range));

    // Unchanged stamps: nothing loaded, the same sums.
    const again = await cache.benefitSumsOf(
      [
        { id: 'a', stamp: 'a1', range },
        { id: 'b', stamp: 'b1', range: { fromYear: 2023, toYear: 2026 } },
      ],
      asOf,
      load,
    );
    expect(loads).toHaveLength(1);
    expect(again.get('b')).toBe(first.get('b'));

    // b changed: only b is loaded, and its new figures are given.
    value.b = '30';
    const changed = await cache.benefitSumsOf(
      [
        { id: 'a', stamp: 'a1', range },
        { id: 'b', stamp: 'b2', range },
      ],
      asOf,
      load,
    );
    expect(loads[1]).toEqual({ ids: ['b'], fromYear: 2025 });
    expect(changed.get('a')).toBe(first.get('a'));
    expect(changed.get('b')).toEqual(initiativeBenefitSums([calculator('b', '30')], range));
  });

  it('computes again for a range or a date not kept', async () => {
    const cache = new PortfolioCache();
    await cache.benefitSumsOf([{ id: 'a', stamp: 'a1', range }], asOf, load);
    await cache.benefitSumsOf([{ id: 'a', stamp: 'a1', range: null }], asOf, load);
    await cache.benefitSumsOf([{ id: 'a', stamp: 'a1', range }], '2025-07-01', load);
    // No year counted: the readings of asOf's year suffice.
    expect(loads.map((l) => l.fromYear)).toEqual([2025, 2025, 2025]);
    expect(loads).toHaveLength(3);
    // Both ranges and both dates are kept.
    await cache.benefitSumsOf([{ id: 'a', stamp: 'a1', range: null }], asOf, load);
    await cache.benefitSumsOf([{ id: 'a', stamp: 'a1', range }], asOf, load);
    expect(loads).toHaveLength(3);
  });
});
