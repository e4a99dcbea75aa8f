import { errorLogLevel, logsStack, pinoLevelOf, responseLogLevel } from './log-levels.js';

describe('log levels', () => {
  it('logs expected client errors at info, without a stack', () => {
    for (const code of [
      'UNAUTHENTICATED',
      'BAD_USER_INPUT',
      'FORBIDDEN',
      'NOT_FOUND',
      'CONFLICT',
      'GRAPHQL_PARSE_FAILED',
      'GRAPHQL_VALIDATION_FAILED',
    ]) {
      expect(errorLogLevel(code)).toBe('info');
      expect(logsStack(errorLogLevel(code))).toBe(false);
    }
  });

  it('logs throttling and limits at warn, without a stack', () => {
    expect(errorLogLevel('TOO_MANY_REQUESTS')).toBe('warn');
    expect(errorLogLevel('TOO_COMPLEX')).toBe('warn');
    expect(logsStack('warn')).toBe(false);
  });

  it('logs unexpected errors and unknown codes at error, with the stack', () => {
    for (const code of ['INTERNAL_SERVER_ERROR', 'DATABASE_UNAVAILABLE', 'SOMETHING_NEW', undefined, 42]) {
      expect(errorLogLevel(code)).toBe('error');
    }
    expect(logsStack('error')).toBe(true);
  });

  it('levels a response by its status', () => {
    expect(responseLogLevel(200, false)).toBe('info');
    expect(responseLogLevel(401, false)).toBe('info');
    expect(responseLogLevel(429, false)).toBe('warn');
    expect(responseLogLevel(503, false)).toBe('error');
    expect(responseLogLevel(200, true)).toBe('error');
  });

  it("reads NestJS's level names as pino's", () => {
    expect(pinoLevelOf('log')).toBe('info');
    expect(pinoLevelOf('verbose')).toBe('trace');
    expect(pinoLevelOf('warn')).toBe('warn');
    expect(pinoLevelOf('silent')).toBe('silent');
  });
});
