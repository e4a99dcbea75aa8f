import { describe, expect, it } from '@jest/globals';
import { categoryAxisWidth, charactersIn, shorten } from './axis';

describe('categoryAxisWidth', () => {
  it('keeps 180 px on a desktop card and before the chart has been measured', () => {
    // 600 × 0.38 = 228 → capped at 180.
    expect(categoryAxisWidth(600)).toBe(180);
    expect(categoryAxisWidth(0)).toBe(180);
  });

  it('gives a phone-wide chart 38 % of its width for the names', () => {
    // A 390 px phone: 390 − 2 × 8 (page) − 2 × 16 (card) = 342 px; 342 × 0.38 = 129.96 → 130.
    expect(categoryAxisWidth(342)).toBe(130);
  });

  it('never goes below 72 px', () => {
    // 150 × 0.38 = 57 → raised to 72.
    expect(categoryAxisWidth(150)).toBe(72);
  });
});

describe('charactersIn and shorten', () => {
  it('fits about 18 characters of 12 px text into a 130 px axis', () => {
    // (130 − 8) / 6.6 = 18.48 → 18.
    expect(charactersIn(130)).toBe(18);
    // (180 − 8) / 6.6 = 26.06 → 26.
    expect(charactersIn(180)).toBe(26);
    // (20 − 8) / 6.6 = 1.8 → at least 4.
    expect(charactersIn(20)).toBe(4);
  });

  it('cuts a long ministry name with an ellipsis and keeps a short one', () => {
    // «Kommunal- og distriktsdepartementet» is 35 characters; 17 kept + «…» = 18.
    const cut = shorten('Kommunal- og distriktsdepartementet', 18);
    expect(cut).toBe('Kommunal- og dist…');
    expect([...cut]).toHaveLength(18);
    expect(shorten('Lokalt', 18)).toBe('Lokalt');
  });

  it('drops a trailing space before the ellipsis', () => {
    // «Uten livshendelse» (17 characters) to 6: its first 5 are «Uten », trimmed to «Uten», + «…».
    expect(shorten('Uten livshendelse', 6)).toBe('Uten…');
  });
});
