import { type CostModelError, isCostModelError } from '@gevinst/cost-model';
import { type AppError, badInputMany } from './errors.js';

/**
 * Turns a cost-model error into BAD_USER_INPUT naming where it arose: `prefix` is the input field the
 * cost-model input came from (e.g. "spec"), joined with the library's own path.
 */
export function costModelInputError(error: CostModelError, prefix: string, context = ''): AppError {
  const lead = context ? `${context}: ` : '';
  if (error.issues?.length) {
    return badInputMany(
      error.issues.map((issue) => ({
        field: joinPath(prefix, issue.path),
        message: `${lead}${issue.message}`,
      })),
    );
  }
  const message = error.path === undefined ? error.message : error.message.slice(error.path.length + 2);
  const problems = [{ field: joinPath(prefix, error.path ?? ''), message: `${lead}${message}` }];
  const result = badInputMany(problems);
  Object.assign(result.extensions, { costModelCode: error.code });
  return result;
}

export function rethrowCostModel(error: unknown, prefix: string, context = ''): never {
  if (isCostModelError(error)) throw costModelInputError(error, prefix, context);
  throw error;
}

function joinPath(prefix: string, path: string): string {
  if (!path) return prefix;
  if (!prefix) return path;
  return path.startsWith('[') ? `${prefix}${path}` : `${prefix}.${path}`;
}
