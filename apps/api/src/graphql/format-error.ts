import { type Message, msg } from '@gevinst/domain';
import type { GraphQLFormattedError } from 'graphql';
import { DATABASE_UNAVAILABLE, isDatabaseUnavailable, originalError } from '../common/database-errors.js';
import { reasonOf } from '../common/edge-error.js';
import { english, pgErrorCode } from '../common/errors.js';

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

/** PostgreSQL's numeric_value_out_of_range: a number too large for its column. */
const PG_NUMERIC_OVERFLOW = '22003';
/** PostgreSQL's query_canceled: here the statement timeout (STATEMENT_TIMEOUT_MS). */
const PG_QUERY_CANCELED = '57014';

/**
 * Database errors that the caller caused, as client errors: a number too large for its column (the
 * input validators refuse these first; this is the safety net) and a statement stopped by the timeout.
 */
export const DATABASE_CLIENT_ERRORS: Record<string, { code: string; message: Message }> = {
  [PG_NUMERIC_OVERFLOW]: { code: 'BAD_USER_INPUT', message: msg('NUMBER_TOO_LARGE') },
  [PG_QUERY_CANCELED]: { code: 'TOO_COMPLEX', message: msg('STATEMENT_TIMEOUT') },
};

const INTERNAL_ERROR = msg('INTERNAL_ERROR');

/**
 * Shapes every error leaving the API: client errors keep their message and code; database outages get a
 * clear DATABASE_UNAVAILABLE; anything else is reported as INTERNAL_SERVER_ERROR without internals
 * (ErrorLoggingPlugin logs it). Stack traces are included only when `hideInternals` is false (NODE_ENV=development set
 * explicitly).
 */
export function formatGraphQLError(hideInternals: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code as string | undefined;
    const strip = ({ extensions, ...rest }: GraphQLFormattedError): GraphQLFormattedError => {
      if (!hideInternals || !extensions) return { ...rest, extensions };
      const { stacktrace: _stacktrace, ...safe } = extensions;
      return { ...rest, extensions: safe };
    };
    if (code && CLIENT_CODES.has(code)) return strip(formatted);
    const original = originalError(error);
    if (isDatabaseUnavailable(original)) {
      return strip({
        ...formatted,
        message: english(DATABASE_UNAVAILABLE),
        extensions: {
          ...formatted.extensions,
          code: 'DATABASE_UNAVAILABLE',
          ...reasonOf(DATABASE_UNAVAILABLE),
        },
      });
    }
    const clientError = DATABASE_CLIENT_ERRORS[pgErrorCode(original) ?? ''];
    if (clientError) {
      // The field is the GraphQL path's last name (the mutation's input), never a column or a SQL text.
      return strip({
        message: english(clientError.message),
        locations: formatted.locations,
        path: formatted.path,
        extensions: {
          code: clientError.code,
          ...reasonOf(clientError.message),
          ...(formatted.path ? { field: String(formatted.path[formatted.path.length - 1]) } : {}),
        },
      });
    }
    // Logged (at ERROR, with the stack and the request id) by logging/ErrorLoggingPlugin.
    return strip({
      message: english(INTERNAL_ERROR),
      locations: formatted.locations,
      path: formatted.path,
      extensions: {
        code: 'INTERNAL_SERVER_ERROR',
        ...reasonOf(INTERNAL_ERROR),
        ...(hideInternals ? {} : { stacktrace: formatted.extensions?.stacktrace }),
      },
    });
  };
}
