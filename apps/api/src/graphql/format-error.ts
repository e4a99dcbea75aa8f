import { Logger } from '@nestjs/common';
import type { GraphQLFormattedError } from 'graphql';
import {
  DATABASE_UNAVAILABLE_MESSAGE,
  isDatabaseUnavailable,
  originalError,
} from '../common/database-errors.js';

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

const logger = new Logger('GraphQL');

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
    const original = originalError(error);
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
