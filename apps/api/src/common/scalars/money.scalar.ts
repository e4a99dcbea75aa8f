import { msg, nokAmountProblem, normaliseNok } from '@gevinst/domain';
import { GraphQLScalarType, Kind } from 'graphql';
import { scalarError } from './scalar-error.js';

function parse(value: unknown): string {
  const text = typeof value === 'number' && Number.isInteger(value) ? String(value) : value;
  if (typeof text !== 'string') {
    throw scalarError(msg('MONEY_NOT_A_STRING'));
  }
  const problem = nokAmountProblem(text, { allowNegative: true });
  if (problem) throw scalarError(problem, 'Money');
  return normaliseNok(text);
}

/**
 * An amount in Norwegian kroner as a decimal string with two decimals ("1234.50"), exact to the øre.
 * Never a floating-point number.
 */
export const MoneyScalar = new GraphQLScalarType<string, string>({
  name: 'Money',
  description:
    'An amount in Norwegian kroner (NOK) as a decimal string with two decimals, e.g. "1234.50". Exact to the øre.',
  serialize: (value) => normaliseNok(String(value)),
  parseValue: parse,
  parseLiteral: (ast) => {
    if (ast.kind === Kind.STRING) return parse(ast.value);
    if (ast.kind === Kind.INT) return parse(Number(ast.value));
    throw scalarError(msg('MONEY_LITERAL_NOT_A_STRING'));
  },
});
