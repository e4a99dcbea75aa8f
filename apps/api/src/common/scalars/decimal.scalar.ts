import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { decimalProblem } from '../decimal.js';

function parse(value: unknown): string {
  const text = typeof value === 'number' && Number.isSafeInteger(value) ? String(value) : value;
  if (typeof text !== 'string') {
    throw new GraphQLError('Decimal must be a decimal string such as "1250.5" (or a whole number)');
  }
  const problem = decimalProblem(text);
  if (problem) throw new GraphQLError(`Decimal ${problem}`);
  return text;
}

/**
 * An exact decimal number as a string ("1250.5", "-3", "0.04"): indicator values, percentages and rates.
 * Never a floating-point number.
 */
export const DecimalScalar = new GraphQLScalarType<string, string>({
  name: 'Decimal',
  description:
    'An exact decimal number as a string, e.g. "1250.5" or "0.04" (at most 14 digits before the point and 6 after). Never a floating-point number.',
  serialize: (value) => String(value),
  parseValue: parse,
  parseLiteral: (ast) => {
    if (ast.kind === Kind.STRING) return parse(ast.value);
    if (ast.kind === Kind.INT) return parse(Number(ast.value));
    throw new GraphQLError('Decimal must be a decimal string such as "1250.5"');
  },
});
