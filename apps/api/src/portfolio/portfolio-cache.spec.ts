import type { PortfolioSummaryModel } from './portfolio-summary.model.js';
import { PortfolioCache } from './portfolio-cache.js';

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
