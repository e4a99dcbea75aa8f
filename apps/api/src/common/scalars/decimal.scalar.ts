import { msg } from '@gevinst/domain';
import { GraphQLScalarType, Kind } from 'graphql';
import { decimalProblem } from '../decimal.js';
import { scalarError } from './scalar-error.js';

function parse(value: unknown): string {
  const text = typeof value === 'number' && Number.isSafeInteger(value) ? String(value) : value;
  if (typeof text !== 'string') {
    throw scalarError(msg('DECIMAL_NOT_A_STRING'));
  }
  const problem = decimalProblem(text);
  if (problem) throw scalarError(problem, 'Decimal');
  return text;
}

/**
 * An exact decimal number as a string ("1250.5", "-3", "0.04"): indicator values, percentages and rates.
 * Never a floating-point number.
 */
export const DecimalScalar = new GraphQLScalarType<string, string>({
  name: 'Decimal',
  description:
    'An exact decimal number as a string with a dot, e.g. "1250.5" or "0.04": shares, rates, discount factors, driver and indicator values. Input takes at most 14 digits before the point and 6 after; an output may carry more decimals where its field says so (a share has 10). Never a floating-point number.',
  serialize: (value) => String(value),
  parseValue: parse,
  parseLiteral: (ast) => {
    if (ast.kind === Kind.STRING) return parse(ast.value);
    if (ast.kind === Kind.INT) return parse(Number(ast.value));
    throw scalarError(msg('DECIMAL_LITERAL_NOT_A_STRING'));
  },
});
