import { jest } from '@jest/globals';
import { GraphQLError } from 'graphql';
import { logGraphQLError } from './error-logging.plugin.js';

function fakeLog() {
  return { info: jest.fn(), warn: jest.fn(), error: jest.fn() };
}

describe('logGraphQLError', () => {
  it('logs an expected error at info, in English, without the error object (no stack)', () => {
    const log = fakeLog();
    logGraphQLError(
      log,
      {
        message: 'Logg inn eller send en gyldig API-nøkkel',
        path: ['me'],
        extensions: { code: 'UNAUTHENTICATED', reason: 'SIGN_IN_WITH_BEARER', messageEn: 'Sign in' },
      },
      new GraphQLError('Sign in'),
      'Me',
    );
    expect(log.error).not.toHaveBeenCalled();
    expect(log.info).toHaveBeenCalledWith(
      {
        graphql: { operationName: 'Me', path: 'me', code: 'UNAUTHENTICATED', reason: 'SIGN_IN_WITH_BEARER' },
      },
      'GraphQL UNAUTHENTICATED at me: Sign in',
    );
  });

  it('logs throttling at warn', () => {
    const log = fakeLog();
    logGraphQLError(log, { message: 'Too many', extensions: { code: 'TOO_MANY_REQUESTS' } }, undefined, null);
    expect(log.warn).toHaveBeenCalledTimes(1);
    expect(log.warn.mock.calls[0][0]).not.toHaveProperty('err');
  });

  it('logs an unexpected error at error with the original error under graphql-js’s wrapper', () => {
    const log = fakeLog();
    const original = new Error('connection reset');
    const wrapped = new GraphQLError('connection reset', { originalError: original });
    logGraphQLError(
      log,
      {
        message: 'Internal server error',
        path: ['initiatives'],
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      },
      wrapped,
      undefined,
    );
    expect(log.error).toHaveBeenCalledTimes(1);
    const [fields, text] = log.error.mock.calls[0] as [{ err: Error }, string];
    expect(fields.err).toBe(original);
    expect(fields.err.stack).toContain('connection reset');
    expect(text).toBe('GraphQL INTERNAL_SERVER_ERROR at initiatives: Internal server error');
  });
});
