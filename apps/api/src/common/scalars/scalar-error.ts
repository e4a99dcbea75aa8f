import { isMessage, renderMessage } from '@gevinst/domain';
import { GraphQLError } from 'graphql';
import type { Problem } from '../errors.js';

/**
 * A custom scalar's refusal of a value, saying its rule as a code. graphql-js wraps it (`Variable "$x"
 * got invalid value …; <this message>`) and keeps its extensions, so the code travels as `reason` and
 * `params`; there is no `code`, so graphql-js and Apollo classify it as before (BAD_USER_INPUT for a
 * variable, GRAPHQL_VALIDATION_FAILED for a literal).
 *
 * With `scalar`, the message is the scalar's name followed by a problem of the value ("Money must be a NOK
 * amount …"), in every language: `extensions.scalar` names it, and the language plugin writes the
 * problem after it.
 */
export function scalarError(problem: Problem, scalar?: string): GraphQLError {
  const english = typeof problem === 'string' ? problem : renderMessage(problem, 'en');
  return new GraphQLError(scalar === undefined ? english : `${scalar} ${english}`, {
    extensions: isMessage(problem)
      ? { reason: problem.code, params: problem.params ?? {}, ...(scalar === undefined ? {} : { scalar }) }
      : {},
  });
}
