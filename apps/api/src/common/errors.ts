import { GraphQLError } from 'graphql';

/** The stable error codes clients can rely on, in `extensions.code`. */
export type ErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT' | 'FORBIDDEN' | 'UNAUTHENTICATED';

export interface FieldProblem {
  field: string;
  message: string;
}

/** Invalid input: the message names the field and says what was wrong. */
export function badInput(field: string, message: string): GraphQLError {
  return badInputMany([{ field, message }]);
}

export function badInputMany(problems: FieldProblem[]): GraphQLError {
  const message = problems.map((problem) => `${problem.field}: ${problem.message}`).join('; ');
  return new GraphQLError(message, {
    extensions: { code: 'BAD_USER_INPUT', field: problems[0]?.field, problems },
  });
}

export function notFound(entity: string, id: string): GraphQLError {
  return new GraphQLError(`${entity} ${id} was not found`, { extensions: { code: 'NOT_FOUND', entity, id } });
}

export function conflict(message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'CONFLICT', ...extensions } });
}

export function forbidden(message = 'You are not allowed to do this'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });
}

export function unauthenticated(message = 'Sign in or send a valid API token'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED' } });
}

/** An update sent with a version that is no longer current: nothing was changed. */
export function staleVersion(
  entity: string,
  currentVersion: number | undefined,
  sentVersion: number,
): GraphQLError {
  return conflict(
    `${entity} was changed by someone else: you sent version ${sentVersion}` +
      (currentVersion === undefined ? '' : `, the current version is ${currentVersion}`) +
      '. Reload it and apply your change again.',
    { currentVersion, sentVersion },
  );
}

/** Collects field problems so one response can report every mistake in an input at once. */
export class InputProblems {
  private readonly problems: FieldProblem[] = [];

  /** Records `problem` (a sentence, or null when the value is fine) against `field`. */
  check(field: string, problem: string | null | undefined): this {
    if (problem) this.problems.push({ field, message: problem });
    return this;
  }

  get any(): boolean {
    return this.problems.length > 0;
  }

  throwIfAny(): void {
    if (this.any) throw badInputMany(this.problems);
  }
}

/** A PostgreSQL error as thrown by pg or PGlite (they share the SQLSTATE `code`). */
export function pgErrorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const direct = (error as { code?: unknown }).code;
  if (typeof direct === 'string') return direct;
  const driverError = (error as { driverError?: { code?: unknown } }).driverError;
  return typeof driverError?.code === 'string' ? driverError.code : undefined;
}

export const PG_UNIQUE_VIOLATION = '23505';
export const PG_FOREIGN_KEY_VIOLATION = '23503';
export const PG_SERIALIZATION_FAILURE = '40001';
