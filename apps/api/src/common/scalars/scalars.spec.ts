import { msg } from '@gevinst/domain';
import { GraphQLError, Kind } from 'graphql';
import { LocalDateScalar, localDateProblem } from './local-date.scalar.js';
import { MoneyScalar } from './money.scalar.js';

describe('LocalDate scalar', () => {
  it('accepts real calendar dates only', () => {
    expect(localDateProblem('2024-02-29')).toBeNull(); // leap year
    expect(localDateProblem('2023-02-29')).toEqual(msg('NOT_A_CALENDAR_DATE', { date: '2023-02-29' }));
    expect(localDateProblem('23.11.2026')).toEqual(msg('DATE_FORMAT', { got: '"23.11.2026"' }));
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

describe('a scalar’s refusal', () => {
  function refusal(parse: () => unknown): GraphQLError {
    try {
      parse();
    } catch (error) {
      return error as GraphQLError;
    }
    throw new Error('expected the value to be refused');
  }

  it('says its rule as a code, without a kind of error (graphql-js and Apollo give that)', () => {
    const error = refusal(() => LocalDateScalar.parseValue(20261123));
    expect(error.message).toBe('LocalDate must be a string written YYYY-MM-DD');
    expect(error.extensions).toEqual({ reason: 'LOCAL_DATE_NOT_A_STRING', params: {} });
  });

  it('names the scalar before a problem of the value, in the message and in extensions.scalar', () => {
    const error = refusal(() => LocalDateScalar.parseValue('2026-02-30'));
    expect(error.message).toBe('LocalDate 2026-02-30 is not a calendar date');
    expect(error.extensions).toEqual({
      reason: 'NOT_A_CALENDAR_DATE',
      params: { date: '2026-02-30' },
      scalar: 'LocalDate',
    });
  });
});
