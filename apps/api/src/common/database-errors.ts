import { type Message, msg } from '@gevinst/domain';
import { pgErrorCode } from './errors.js';

/** What the API answers (DATABASE_UNAVAILABLE, HTTP 503) while the database cannot be reached. */
export const DATABASE_UNAVAILABLE: Message = msg('DATABASE_UNAVAILABLE');

/** SQLSTATEs and socket errors that mean the server cannot be reached or is going away. */
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

const CONNECTION_MESSAGES =
  /Connection terminated|ECONNREFUSED|ECONNRESET|timeout exceeded when trying to connect|the database system is (starting up|shutting down)|Client has encountered a connection error|terminating connection/i;

/** The innermost error behind GraphQL's and TypeORM's wrappers. */
export function originalError(error: unknown): unknown {
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

/** True for errors that mean the database cannot be reached (down, restarting, connection lost). */
export function isDatabaseUnavailable(error: unknown): boolean {
  const original = originalError(error);
  const code = pgErrorCode(original);
  const message = original instanceof Error ? original.message : '';
  return (code !== undefined && CONNECTION_ERRORS.has(code)) || CONNECTION_MESSAGES.test(message);
}
