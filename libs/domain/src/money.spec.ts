import fc from 'fast-check';
import { renderMessage } from './messages';
import { MAX_NOK_INTEGER_DIGITS, nokAmountProblem, normaliseNok } from './money';

/** The problem of `value` in English, as the API writes it. */
function problem(...args: Parameters<typeof nokAmountProblem>): string | null {
  const message = nokAmountProblem(...args);
  return message && renderMessage(message, 'en');
}

describe('NOK amounts', () => {
  it('accepts what numeric(15, 2) can hold: 13 digits before the point, 2 after', () => {
    expect(MAX_NOK_INTEGER_DIGITS).toBe(13);
    expect(nokAmountProblem('9999999999999.99')).toBeNull();
    expect(nokAmountProblem('-9999999999999.99', { allowNegative: true })).toBeNull();
    // Leading zeros do not count: 000…01 is 1.
    expect(nokAmountProblem('00000000000000001.50')).toBeNull();
    expect(normaliseNok('00000000000000001.5')).toBe('1.50');
  });

  it('refuses a 14th digit before the point instead of letting the database overflow', () => {
    expect(problem('10000000000000.00')).toMatch(/at most 9999999999999\.99/);
    expect(nokAmountProblem('999999999999999.00')).toEqual({
      code: 'NOK_AMOUNT_TOO_LARGE',
      params: { digits: 13, got: '"999999999999999.00"' },
    });
    expect(problem('999999999999999.00')).toBe(
      'must be at most 9999999999999.99 in absolute value (13 digits before the decimal point; got "999999999999999.00")',
    );
    expect(problem('-10000000000000', { allowNegative: true })).toMatch(/at most/);
  });

  it('keeps the other rules', () => {
    expect(nokAmountProblem('12,5')).toEqual({ code: 'NOK_AMOUNT', params: { got: '"12,5"' } });
    expect(problem('12,5')).toBe(
      'must be a NOK amount with at most two decimals, such as "1234.50" (got "12,5")',
    );
    expect(problem('1.234')).toMatch(/at most two decimals/);
    expect(nokAmountProblem('-1.00')).toEqual({ code: 'NOT_NEGATIVE', params: { got: '"-1.00"' } });
    expect(problem('-1.00')).toBe('must not be negative (got "-1.00")');
  });
});

describe('normaliseNok', () => {
  /** The rewriting normaliseNok does for any amount (its definition, without the shortcut for normal ones). */
  const rewritten = (value: string) => {
    const negative = value.startsWith('-');
    const [whole, fraction = ''] = (negative ? value.slice(1) : value).split('.');
    const result = `${whole.replace(/^0+(?=\d)/, '')}.${fraction.padEnd(2, '0')}`;
    return negative && result !== '0.00' ? `-${result}` : result;
  };

  it('gives every valid amount two decimals and no leading zero, normal ones unchanged', () => {
    const examples: [string, string][] = [
      ['0.00', '0.00'],
      ['-0.00', '0.00'],
      ['-0', '0.00'],
      ['-0.50', '-0.50'],
      ['12.5', '12.50'],
      ['007.10', '7.10'],
      ['1234.56', '1234.56'],
    ];
    for (const [value, normal] of examples) expect(normaliseNok(value)).toBe(normal);
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.stringMatching(/^\d{1,15}$/),
        fc.constantFrom('', '.', '.0', '.5', '.05', '.50', '.99'),
        (negative, whole, fraction) => {
          const value = `${negative ? '-' : ''}${whole}${fraction === '.' ? '' : fraction}`;
          expect(normaliseNok(value)).toBe(rewritten(value));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
