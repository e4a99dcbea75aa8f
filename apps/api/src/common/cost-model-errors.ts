import { type CostModelError, isCostModelError } from '@gevinst/cost-model';
import type { Message } from '@gevinst/domain';
import { type AppError, badInputMany } from './errors.js';

/**
 * Where a cost-model problem arose, when the field alone does not say it: wraps the library's problem in
 * a message of the caller's (a cost item's allocation, for instance).
 */
export type CostModelContext = (problem: Message) => Message;

/**
 * Turns a cost-model error into BAD_USER_INPUT naming where it arose: `prefix` is the input field the
 * cost-model input came from (e.g. "spec"), joined with the library's own path. Each problem is the
 * library's own message code (`problem`), so the language plugin writes it in the language asked for.
 */
export function costModelInputError(
  error: CostModelError,
  prefix: string,
  context: CostModelContext = (problem) => problem,
): AppError {
  if (error.issues?.length) {
    return badInputMany(
      error.issues.map((issue) => ({
        field: joinPath(prefix, issue.path),
        message: context(issue.problem),
      })),
    );
  }
  const problems = [{ field: joinPath(prefix, error.path ?? ''), message: context(error.problem) }];
  const result = badInputMany(problems);
  Object.assign(result.extensions, { costModelCode: error.code });
  return result;
}

export function rethrowCostModel(error: unknown, prefix: string, context?: CostModelContext): never {
  if (isCostModelError(error)) throw costModelInputError(error, prefix, context);
  throw error;
}

function joinPath(prefix: string, path: string): string {
  if (!path) return prefix;
  if (!prefix) return path;
  return path.startsWith('[') ? `${prefix}${path}` : `${prefix}.${path}`;
}
