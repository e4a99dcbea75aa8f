import { describe, expect, it } from '@jest/globals';
import { periodLabel } from './periods';

describe('periodLabel', () => {
  it.each([
    ['2026-03-01', '2026-03-31', 'nb', 'mars 2026'],
    ['2026-03-01', '2026-03-31', 'en', 'March 2026'],
    ['2024-02-01', '2024-02-29', 'nb', 'februar 2024'],
    ['2026-07-01', '2026-09-30', 'nb', '3. kvartal 2026'],
    ['2026-07-01', '2026-09-30', 'en', 'Q3 2026'],
    ['2026-01-01', '2026-06-30', 'nb', '1. halvår 2026'],
    ['2026-07-01', '2026-12-31', 'en', 'Second half of 2026'],
    ['2025-01-01', '2025-12-31', 'nb', '2025'],
    // a benefit measured once: from its start to its last target, as dates
    ['2025-01-01', '2026-06-15', 'nb', '01.01.2025–15.06.2026'],
    ['2025-01-01', '2026-06-15', 'en', '01.01.2025–15.06.2026'],
  ])('%s–%s in %s is «%s»', (start, end, language, label) => {
    expect(periodLabel(start, end, language)).toBe(label);
  });
});
