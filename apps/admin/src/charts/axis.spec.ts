import { describe, expect, it } from '@jest/globals';
import { categoryAxisWidth, charactersIn, shorten, tickLabel } from './axis';

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
  it('fits 16 characters of 12 px text into a 130 px axis and 22 into 180 px', () => {
    // (130 − 8) / 7.5 = 16.27 → 16.
    expect(charactersIn(130)).toBe(16);
    // (180 − 8) / 7.5 = 22.93 → 22.
    expect(charactersIn(180)).toBe(22);
    // (20 − 8) / 7.5 = 1.6 → at least 4.
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

describe('tickLabel', () => {
  it('keeps two lines of a name with spaces: a ministry whole on a desktop card', () => {
    // 180 px: 22 a line, 44 in two; «Kommunal- og distriktsdepartementet» is 35 characters.
    expect(tickLabel('Kommunal- og distriktsdepartementet', 180)).toBe('Kommunal- og distriktsdepartementet');
  });

  it('cuts a code (no spaces) to one line', () => {
    // «DEMO-DIGIFIN-HELSESTASJON» is 25 characters; 180 px: 22 → 21 + «…».
    expect(tickLabel('DEMO-DIGIFIN-HELSESTASJON', 180)).toBe('DEMO-DIGIFIN-HELSESTA…');
    // A phone's 130 px: 16 → 15 + «…».
    expect(tickLabel('DEMO-DIGIFIN-HELSESTASJON', 130)).toBe('DEMO-DIGIFIN-HE…');
    expect(tickLabel('DEMO-DIGIFIN-FIKS', 180)).toBe('DEMO-DIGIFIN-FIKS');
  });
});
