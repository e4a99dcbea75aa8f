import { msg } from '@gevinst/domain';
import { decimalProblem, normaliseDecimal, trimDecimal } from './decimal.js';

describe('decimal helpers', () => {
  it('accepts what numeric(20, 6) stores exactly and refuses the rest', () => {
    expect(decimalProblem('12000')).toBeNull();
    expect(decimalProblem('-0.125')).toBeNull();
    expect(decimalProblem('12345678901234.123456')).toBeNull();
    expect(decimalProblem('123456789012345')).toEqual(msg('DECIMAL_FORMAT', { got: '"123456789012345"' }));
    expect(decimalProblem('1.1234567')).toEqual(msg('DECIMAL_FORMAT', { got: '"1.1234567"' }));
    expect(decimalProblem('1e5')).not.toBeNull();
    expect(decimalProblem('')).not.toBeNull();
  });

  it('trims the zeros the database adds and spells every number one way', () => {
    expect(trimDecimal('12000.000000')).toBe('12000');
    expect(trimDecimal('-0.500000')).toBe('-0.5');
    expect(trimDecimal('0.000000')).toBe('0');
    expect(trimDecimal('-0.000000')).toBe('0');
    expect(trimDecimal('100')).toBe('100');
    expect(normaliseDecimal('0012.50')).toBe('12.5');
    expect(normaliseDecimal('-0.0')).toBe('0');
    expect(normaliseDecimal('-0012')).toBe('-12');
    expect(normaliseDecimal('100')).toBe('100');
    expect(normaliseDecimal('-3.000100')).toBe('-3.0001');
  });
});
