import { median, percentile, summarise } from './stats.js';

describe('benchmark statistics', () => {
  it('takes the nearest-rank percentile', () => {
    const values = Array.from({ length: 20 }, (_, i) => i + 1); // 1 … 20
    expect(percentile(values, 95)).toBe(19);
    expect(percentile(values, 100)).toBe(20);
    expect(percentile(values, 50)).toBe(10);
    expect(percentile([7], 95)).toBe(7);
  });

  it('takes the median of odd and even counts', () => {
    expect(median([1, 2, 9])).toBe(2);
    expect(median([1, 2, 4, 9])).toBe(3);
  });

  it('summarises unsorted values without changing them', () => {
    const values = [30, 10, 20, 40, 100];
    expect(summarise(values)).toEqual({ n: 5, median: 30, p95: 100, min: 10, max: 100 });
    expect(values).toEqual([30, 10, 20, 40, 100]);
  });

  it('refuses no values', () => {
    expect(() => summarise([])).toThrow(RangeError);
  });
});
