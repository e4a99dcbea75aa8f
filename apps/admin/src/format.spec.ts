import { describe, expect, it } from '@jest/globals';
import {
  formatAxisNumber,
  formatCompactNok,
  formatDate,
  formatInteger,
  formatNok,
  formatNokInput,
  parseNokInput,
  sumNok,
} from './format';

/** Intl uses no-break spaces in nb-NO; compare with ordinary spaces for readability. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('formatNok', () => {
  it('formats decimal strings the Norwegian way', () => {
    expect(plain(formatNok('1234567.89'))).toBe('1 234 567,89 kr');
    expect(plain(formatNok('0'))).toBe('0,00 kr');
    expect(plain(formatNok('12.5'))).toBe('12,50 kr');
    expect(plain(formatNok(1500))).toBe('1 500,00 kr');
  });

  it('keeps every øre of amounts beyond float precision', () => {
    expect(plain(formatNok('123456789012345.67'))).toBe('123 456 789 012 345,67 kr');
  });

  it('leaves blanks blank and non-numbers alone', () => {
    expect(formatNok(null)).toBe('');
    expect(formatNok(undefined)).toBe('');
    expect(formatNok('')).toBe('');
    expect(formatNok('abc')).toBe('abc');
  });
});

describe('formatInteger', () => {
  it('groups thousands', () => {
    expect(plain(formatInteger(709037))).toBe('709 037');
    expect(plain(formatInteger('1234'))).toBe('1 234');
    expect(formatInteger(null)).toBe('');
  });
});

describe('formatDate', () => {
  it('rearranges calendar dates without time-zone shifts', () => {
    expect(formatDate('2026-11-23')).toBe('23.11.2026');
    expect(formatDate('2026-01-01')).toBe('01.01.2026');
  });

  it('shows timestamps as the date in Norway', () => {
    expect(formatDate('2026-11-22T23:30:00Z')).toBe('23.11.2026');
    expect(formatDate(new Date('2026-06-30T22:30:00Z'))).toBe('01.07.2026');
  });

  it('returns blanks and unparsable values as they are', () => {
    expect(formatDate(null)).toBe('');
    expect(formatDate('not a date')).toBe('not a date');
  });
});

describe('parseNokInput', () => {
  it.each([
    ['1 234,50', '1234.50'],
    ['1\u00a0234,5', '1234.50'],
    ['1234.5', '1234.50'],
    ['1234', '1234.00'],
    ['kr 99', '99.00'],
    ['250 000 kr', '250000.00'],
    ['0,01', '0.01'],
  ])('reads %p as %p', (input, expected) => {
    expect(parseNokInput(input)).toBe(expected);
  });

  it.each(['', 'abc', '1,234.50', '12,345', '-5', '1.2.3'])('rejects %p', (input) => {
    expect(parseNokInput(input)).toBeNull();
  });
});

describe('sumNok', () => {
  it('adds decimal strings exactly', () => {
    expect(sumNok(['0.10', '0.20'])).toBe('0.30');
    expect(sumNok(['1234.5', '0.55', null, undefined])).toBe('1235.05');
    expect(sumNok(['100', '-250.25'])).toBe('-150.25');
    expect(sumNok([])).toBe('0.00');
  });
});

describe('formatNokInput', () => {
  it.each([
    ['6000000.00', '6 000 000'],
    ['1234.5', '1 234,50'],
    ['1234.05', '1 234,05'],
    ['0', '0'],
    ['0.01', '0,01'],
    ['', ''],
  ])('shows %p as %p for editing', (value, expected) => {
    expect(plain(formatNokInput(value))).toBe(expected);
  });

  it('reads back to the same amount', () => {
    for (const value of ['6000000.00', '1234.50', '0.01', '987654321.99'])
      expect(parseNokInput(formatNokInput(value))).toBe(value);
  });

  it('leaves what is not a decimal as it is', () => {
    expect(formatNokInput('1 234,50')).toBe('1 234,50');
  });
});

describe('formatAxisNumber (every chart tick)', () => {
  it('writes one axis in one unit, chosen by its largest value', () => {
    // An axis up to 30 000 000: every tick in «mill.»: 850 000 / 1 000 000 = 0,85 → «0,85 mill.».
    expect(plain(formatAxisNumber(850_000, 30_000_000))).toBe('0,85 mill.');
    expect(plain(formatAxisNumber(250_000, 1_000_000))).toBe('0,25 mill.');
    expect(plain(formatAxisNumber(30_000_000, 30_000_000))).toBe('30 mill.');
    expect(formatAxisNumber(0, 30_000_000)).toBe('0');
    // An axis below a million: plain numbers with nb-NO spaces, never «850k».
    expect(plain(formatAxisNumber(850_000, 900_000))).toBe('850 000');
    expect(plain(formatAxisNumber(12.5, 40))).toBe('12,5');
    // 2 500 000 000 / 10^9 = 2,5 → «2,5 mrd.».
    expect(plain(formatAxisNumber(2_500_000_000))).toBe('2,5 mrd.');
    // nb-NO writes the minus sign as U+2212.
    expect(plain(formatAxisNumber(-1_500_000, 3_000_000))).toBe('\u22121,5 mill.');
  });

  it('is the format of the amount axes too', () => {
    expect(formatCompactNok).toBe(formatAxisNumber);
  });
});
