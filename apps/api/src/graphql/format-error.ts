import { Logger } from '@nestjs/common';
import type { GraphQLFormattedError } from 'graphql';
import { pgErrorCode } from '../common/errors.js';

/** Codes whose messages are written for the client and may be shown as they are. */
const CLIENT_CODES = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
  'TOO_COMPLEX',
  'DATABASE_UNAVAILABLE',
  'TOO_MANY_REQUESTS',
]);

const CONNECTION_ERRORS = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  '57P01',
  '57P02',
  '57P03',
  '08006',
  '08001',
  '08003',
]);

const logger = new Logger('GraphQL');

export const DATABASE_UNAVAILABLE_MESSAGE = 'The database is unavailable right now. Try again shortly.';

/** True for errors that mean the database cannot be reached (down, restarting, connection lost). */
export function isDatabaseUnavailable(error: unknown): boolean {
  const original = originalOf(error);
  const code = pgErrorCode(original);
  const message = original instanceof Error ? original.message : '';
  return (
    (code !== undefined && CONNECTION_ERRORS.has(code)) ||
    /Connection terminated|ECONNREFUSED|ECONNRESET|timeout exceeded when trying to connect|the database system is (starting up|shutting down)|Client has encountered a connection error|terminating connection/i.test(
      message,
    )
  );
}

function originalOf(error: unknown): unknown {
  let current: unknown = error;
  while (
    typeof current === 'object' &&
    current !== null &&
    'originalError' in current &&
    current.originalError
  )
    current = current.originalError;
  return current;
}

/**
 * Shapes every error leaving the API: client errors keep their message and code; database outages get a
 * clear DATABASE_UNAVAILABLE; anything else is logged and reported as INTERNAL_SERVER_ERROR without
 * internals. Stack traces are included only outside production.
 */
export function formatGraphQLError(production: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code as string | undefined;
    const strip = ({ extensions, ...rest }: GraphQLFormattedError): GraphQLFormattedError => {
      if (!production || !extensions) return { ...rest, extensions };
      const { stacktrace: _stacktrace, ...safe } = extensions;
      return { ...rest, extensions: safe };
    };
    if (code && CLIENT_CODES.has(code)) return strip(formatted);
    const original = originalOf(error);
    const message = original instanceof Error ? original.message : '';
    if (isDatabaseUnavailable(original)) {
      return strip({
        ...formatted,
        message: DATABASE_UNAVAILABLE_MESSAGE,
        extensions: { ...formatted.extensions, code: 'DATABASE_UNAVAILABLE' },
      });
    }
    logger.error(
      `Unexpected error at ${formatted.path?.join('.') ?? 'request'}: ${message || formatted.message}`,
    );
    return strip({
      message: 'Internal server error',
      locations: formatted.locations,
      path: formatted.path,
      extensions: {
        code: 'INTERNAL_SERVER_ERROR',
        ...(production ? {} : { stacktrace: formatted.extensions?.stacktrace }),
      },
    });
  };
}
