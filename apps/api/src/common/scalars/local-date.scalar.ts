import { type Message, msg } from '@gevinst/domain';
import { GraphQLScalarType, Kind } from 'graphql';
import { scalarError } from './scalar-error.js';

/** Returns null when `value` is a real calendar date written YYYY-MM-DD. */
export function localDateProblem(value: string): Message | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return msg('DATE_FORMAT', { got: `"${value}"` });
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return msg('NOT_A_CALENDAR_DATE', { date: value });
  }
  return null;
}

function parse(value: unknown): string {
  if (typeof value !== 'string') throw scalarError(msg('LOCAL_DATE_NOT_A_STRING'));
  const problem = localDateProblem(value);
  if (problem) throw scalarError(problem, 'LocalDate');
  return value;
}

/** A calendar date without time or time zone, e.g. "2026-11-23". */
export const LocalDateScalar = new GraphQLScalarType<string, string>({
  name: 'LocalDate',
  description: 'A calendar date without time or time zone, written YYYY-MM-DD (ISO 8601), e.g. "2026-11-23".',
  serialize: (value) => {
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    return String(value);
  },
  parseValue: parse,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw scalarError(msg('LOCAL_DATE_NOT_A_STRING'));
    return parse(ast.value);
  },
});
