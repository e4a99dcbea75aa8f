import { Kind } from 'graphql';
import { LocalDateScalar, localDateProblem } from './local-date.scalar.js';
import { MoneyScalar } from './money.scalar.js';

describe('LocalDate scalar', () => {
  it('accepts real calendar dates only', () => {
    expect(localDateProblem('2024-02-29')).toBeNull(); // leap year
    expect(localDateProblem('2023-02-29')).toBe('2023-02-29 is not a calendar date');
    expect(localDateProblem('23.11.2026')).toMatch(/YYYY-MM-DD/);
    expect(LocalDateScalar.parseValue('2026-11-23')).toBe('2026-11-23');
    expect(() => LocalDateScalar.parseLiteral({ kind: Kind.INT, value: '20261123' })).toThrow(/YYYY-MM-DD/);
  });
});

describe('Money scalar', () => {
  it('normalises to two decimals and never goes through floating point', () => {
    expect(MoneyScalar.parseValue('1234.5')).toBe('1234.50');
    expect(MoneyScalar.parseValue(20)).toBe('20.00');
    // The largest amount numeric(15, 2) holds; one digit more is refused (security finding 6: it used to
    // reach the database and fail as an internal error).
    expect(() => MoneyScalar.parseLiteral({ kind: Kind.STRING, value: '99999999999999.99' })).toThrow(
      /at most 9999999999999\.99/,
    );
    expect(MoneyScalar.parseLiteral({ kind: Kind.STRING, value: '9999999999999.99' })).toBe(
      '9999999999999.99',
    );
    expect(MoneyScalar.serialize('14354200.00')).toBe('14354200.00');
  });
  it('refuses floats, more than two decimals and non-numbers', () => {
    expect(() => MoneyScalar.parseValue(0.1)).toThrow(/decimal string/);
    expect(() => MoneyScalar.parseValue('1.005')).toThrow(/at most two decimals/);
    expect(() => MoneyScalar.parseValue('12,50')).toThrow(/at most two decimals/);
    expect(() => MoneyScalar.parseLiteral({ kind: Kind.FLOAT, value: '1.5' })).toThrow(/decimal string/);
  });
});
