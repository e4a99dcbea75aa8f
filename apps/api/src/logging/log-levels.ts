import type { LogLevelSetting } from '../config/app-config.js';

/**
 * Which log level an error gets, by the code it leaves the API with (`extensions.code`).
 *
 * - Expected client errors — the caller sent something we refuse or cannot answer: not signed in (the
 *   sign-in page's `me`), bad input, not found, a conflict, forbidden (DenialAuditService warns about
 *   those separately, rate-limited), an invalid GraphQL document — are `info`, without a stack: they are
 *   the API working as designed.
 * - Throttling and limits (too many requests, a query too complex or too slow) are `warn`: expected, but
 *   worth noticing when they pile up.
 * - Everything else (INTERNAL_SERVER_ERROR, DATABASE_UNAVAILABLE, a code we do not know) is unexpected:
 *   `error`, with the stack of the original error, so the log line is enough to find the bug.
 */
export type ErrorLogLevel = 'info' | 'warn' | 'error';

const EXPECTED_CLIENT_ERRORS = new Set([
  'UNAUTHENTICATED',
  'BAD_USER_INPUT',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

const THROTTLING = new Set(['TOO_MANY_REQUESTS', 'TOO_COMPLEX']);

export function errorLogLevel(code: unknown): ErrorLogLevel {
  if (typeof code !== 'string') return 'error';
  if (EXPECTED_CLIENT_ERRORS.has(code)) return 'info';
  if (THROTTLING.has(code)) return 'warn';
  return 'error';
}

/** Whether a log line for an error of this level carries the stack: only unexpected errors do. */
export function logsStack(level: ErrorLogLevel): boolean {
  return level === 'error';
}

/** pino's level for an HTTP response (pino-http's request-completed line). */
export function responseLogLevel(statusCode: number, failed: boolean): ErrorLogLevel {
  if (failed || statusCode >= 500) return 'error';
  if (statusCode === 429) return 'warn';
  return 'info';
}

/** LOG_LEVEL (config/app-config.ts) as pino understands it: `log` is pino's `info`, `verbose` its `trace`. */
export type PinoLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export function pinoLevelOf(setting: LogLevelSetting): PinoLevel {
  if (setting === 'log') return 'info';
  if (setting === 'verbose') return 'trace';
  return setting;
}
