import { type Message, renderMessage } from '@gevinst/domain';

/**
 * The errors of the API: a kind (`extensions.code`, the stable class a client branches on), the rule that
 * refused (`extensions.reason`, a message code of libs/domain's catalogue, with `extensions.params`) and,
 * for input errors, every field problem with its own code. Services throw these; they know nothing of
 * GraphQL or HTTP. The edges map them once: GraphQL (graphql-js takes `extensions` from the thrown error;
 * the language plugin writes the message in the language asked for) and HTTP (ExportErrorFilter: kind →
 * status).
 */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  FORBIDDEN: 'FORBIDDEN',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  TOO_MANY_REQUESTS: 'TOO_MANY_REQUESTS',
  TOO_COMPLEX: 'TOO_COMPLEX',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** What was wrong: a message code with parameters (libs/domain's catalogue writes it in each language). */
export type Problem = Message;

export interface FieldProblem {
  field: string;
  message: Problem;
}

/** A problem in English (the message of record: logs, audit, clients that ask for English). */
export function english(problem: Problem): string {
  return renderMessage(problem, 'en');
}

/** The code and parameters of a problem, for `extensions`. */
function codeOf(problem: Problem): { reason: string; params: unknown } {
  return { reason: problem.code, params: problem.params ?? {} };
}

export class AppError extends Error {
  override readonly name = 'AppError';
  /** What GraphQL answers in `extensions` (graphql-js takes it from the error thrown by a resolver). */
  readonly extensions: Record<string, unknown>;

  constructor(
    readonly code: ErrorCode,
    /** The rule that refused; for an input error with several problems, null (the problems say it). */
    readonly reason: Problem | null,
    readonly problems: readonly FieldProblem[] = [],
    extra: Record<string, unknown> = {},
  ) {
    super(
      reason !== null
        ? english(reason)
        : problems.map((problem) => `${problem.field}: ${english(problem.message)}`).join('; '),
    );
    this.extensions = {
      code,
      ...(reason !== null ? codeOf(reason) : {}),
      ...(problems.length
        ? {
            field: problems[0].field,
            problems: problems.map((problem) => ({
              field: problem.field,
              message: english(problem.message),
              ...codeOf(problem.message),
            })),
          }
        : {}),
      ...extra,
    };
  }
}

/** Invalid input: the message names the field and says what was wrong. */
export function badInput(field: string, message: Problem): AppError {
  return badInputMany([{ field, message }]);
}

export function badInputMany(problems: FieldProblem[]): AppError {
  return new AppError('BAD_USER_INPUT', null, problems);
}

export function notFound(entity: string, id: string): AppError {
  return new AppError('NOT_FOUND', { code: 'NOT_FOUND', params: { entity, id } }, [], { entity, id });
}

export function conflict(message: Problem, extensions: Record<string, unknown> = {}): AppError {
  return new AppError('CONFLICT', message, [], extensions);
}

export function forbidden(message: Problem = { code: 'NOT_ALLOWED', params: undefined }): AppError {
  return new AppError('FORBIDDEN', message);
}

export function unauthenticated(message: Problem = { code: 'SIGN_IN', params: undefined }): AppError {
  return new AppError('UNAUTHENTICATED', message);
}

/** An update sent with a version that is no longer current: nothing was changed. */
export function staleVersion(
  entity: string,
  currentVersion: number | undefined,
  sentVersion: number,
): AppError {
  return conflict(
    { code: 'STALE_VERSION', params: { entity, sentVersion, currentVersion: currentVersion ?? null } },
    { currentVersion, sentVersion },
  );
}

/** True for an error of the API's own (thrown by a service), whatever its kind. */
export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/** Collects field problems so one response can report every mistake in an input at once. */
export class InputProblems {
  private readonly problems: FieldProblem[] = [];

  /** Records `problem` (a message, or null when the value is fine) against `field`. */
  check(field: string, problem: Problem | null | undefined): this {
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
