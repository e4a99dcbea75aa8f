import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { formatGraphQLError } from './format-error.js';

/** A database error as TypeORM wraps it (QueryFailedError with the driver's SQLSTATE). */
function databaseError(code: string, message: string): GraphQLError {
  const driverError = Object.assign(new Error(message), { code });
  const failed = Object.assign(new Error(message), { driverError, code });
  return new GraphQLError(message, { originalError: failed, path: ['createCostItem'] });
}

const formatted = (error: GraphQLError): GraphQLFormattedError => ({
  message: error.message,
  path: ['createCostItem'],
  extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['Error: at /work/app/src/x.ts:1:1'] },
});

describe('formatGraphQLError', () => {
  const hide = formatGraphQLError(true);

  it('turns a numeric overflow into BAD_USER_INPUT naming the field, without SQL or stack', () => {
    const error = databaseError('22003', 'numeric field overflow');
    const result = hide(formatted(error), error);
    expect(result.message).toBe('A number is too large for the field it is stored in');
    expect(result.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'NUMBER_TOO_LARGE',
      params: {},
      field: 'createCostItem',
    });
  });

  it('turns a statement timeout into TOO_COMPLEX', () => {
    const error = databaseError('57014', 'canceling statement due to statement timeout');
    const result = hide(formatted(error), error);
    expect(result.extensions).toMatchObject({ code: 'TOO_COMPLEX', reason: 'STATEMENT_TIMEOUT' });
    expect(JSON.stringify(result)).not.toContain('canceling');
  });

  it('hides the message, file paths and stack of any other error', () => {
    const error = new GraphQLError('boom at /work/app/src/secret.ts', { originalError: new Error('boom') });
    const result = hide(formatted(error), error);
    expect(result).toEqual({
      message: 'Internal server error',
      locations: undefined,
      path: ['createCostItem'],
      extensions: { code: 'INTERNAL_SERVER_ERROR', reason: 'INTERNAL_ERROR', params: {} },
    });
  });

  it('keeps client messages but drops their stack when internals are hidden', () => {
    const error = new GraphQLError('plannedAmount: must not be negative', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const result = hide(
      { message: error.message, extensions: { code: 'BAD_USER_INPUT', stacktrace: ['at x.ts'] } },
      error,
    );
    expect(result.extensions).toEqual({ code: 'BAD_USER_INPUT' });
  });

  it('shows the stack only when internals are not hidden (NODE_ENV=development set explicitly)', () => {
    const error = new GraphQLError('boom', { originalError: new Error('boom') });
    expect(formatGraphQLError(false)(formatted(error), error).extensions?.stacktrace).toBeDefined();
  });
});
