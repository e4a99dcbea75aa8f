/** Test support: reading allocation results without floating point. */
import type { AllocationResult } from '../src/allocate';
import { CostModelError } from '../src/errors';
import { parseAmount } from '../src/money';

/** participantId → amount string */
export function amountsById(result: AllocationResult): Record<string, string> {
  return Object.fromEntries(result.lines.map((line) => [line.participantId, line.amount]));
}

/** Σ line amounts in øre */
export function sumOfLines(result: AllocationResult): bigint {
  return result.lines.reduce((sum, line) => sum + parseAmount(line.amount, line.participantId), 0n);
}

/** The CostModelError `run` throws (fails the test when it throws nothing or something else). */
export function costModelError(run: () => unknown): CostModelError {
  try {
    run();
  } catch (error) {
    if (error instanceof CostModelError) return error;
    throw error;
  }
  throw new Error('expected a CostModelError');
}
