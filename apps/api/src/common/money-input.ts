import { msg } from '@gevinst/domain';
import { InputProblems } from './errors.js';

/** One money input field: its `…Amount` name, and whether one of the two names must be given. */
export interface MoneyInputName {
  amount: `${string}Amount`;
  /** The field was required before it had two names: now one of the two is (MONEY_INPUT_REQUIRED). */
  required?: true;
}

/**
 * The `…Amount` names of the money input fields that were named otherwise, per input type: old name → new
 * name (issue 19, docs/api-changes.md). Both names are accepted; the old one is nullable, and
 * `deprecateOldMoneyInputs` (graphql/money-names.ts) deprecates it with "Use <new name>.". The services
 * read the old name (the internal property) after `readMoneyInput`, which moves the new name's value
 * there. A new money input is named `…Amount` from the start and does not belong here.
 */
export const MONEY_INPUT_NAMES = {
  BasePlusProportionalKeySpecInput: { base: { amount: 'baseAmount', required: true } },
  CreateCoFinancingApplicationInput: {
    requestedGrant: { amount: 'requestedGrantAmount', required: true },
    totalCost: { amount: 'totalCostAmount', required: true },
  },
  CreateBenefitInput: { valuePerUnit: { amount: 'valuePerUnitAmount' } },
  CreateInitiativeInput: {
    preProjectRunningCost: { amount: 'preProjectRunningCostAmount' },
    residualValue: { amount: 'residualValueAmount' },
  },
  FeeBandInput: { fee: { amount: 'feeAmount', required: true } },
  KeySpecInput: { cap: { amount: 'capAmount' }, floor: { amount: 'floorAmount' } },
  UpdateCoFinancingApplicationInput: {
    requestedGrant: { amount: 'requestedGrantAmount', required: true },
    totalCost: { amount: 'totalCostAmount', required: true },
  },
  UpdateBenefitInput: { valuePerUnit: { amount: 'valuePerUnitAmount' } },
  UpdateInitiativeInput: {
    preProjectRunningCost: { amount: 'preProjectRunningCostAmount' },
    residualValue: { amount: 'residualValueAmount' },
  },
} as const satisfies Record<string, Record<string, MoneyInputName>>;

export type MoneyInputType = keyof typeof MONEY_INPUT_NAMES;

/**
 * Reads the money fields of `input` (of the GraphQL input type `type`) under either name: the value given
 * under the `…Amount` name is moved to the old name, the property the services read, and the new name is
 * removed; so a second call finds nothing to move. Records against `problems` (at `path` + the new name):
 * both names given with different values (MONEY_INPUT_BOTH_NAMES; null and a figure differ, so an update
 * cannot clear and set at once), and a required field given under neither name (MONEY_INPUT_REQUIRED).
 * The values are the Money scalar's, normalised to øre, so "100" and "100.00" are the same figure.
 */
export function readMoneyInput(
  input: object,
  type: MoneyInputType,
  problems: InputProblems,
  path = '',
): void {
  const record = input as Record<string, unknown>;
  const names = MONEY_INPUT_NAMES[type] as Record<string, MoneyInputName>;
  for (const [old, { amount, required }] of Object.entries(names)) {
    const at = path ? `${path}.${amount}` : amount;
    const oldValue = record[old];
    const newValue = record[amount];
    if (newValue !== undefined) {
      if (oldValue !== undefined && oldValue !== newValue) {
        problems.check(at, msg('MONEY_INPUT_BOTH_NAMES', { old, amount }));
      }
      record[old] = newValue;
      delete record[amount];
    }
    if (required && (record[old] === undefined || record[old] === null)) {
      problems.check(at, msg('MONEY_INPUT_REQUIRED', { old, amount }));
    }
  }
}

/** readMoneyInput of a top-level input: its problems refused at once as BAD_USER_INPUT. */
export function acceptMoneyInput(input: object, type: MoneyInputType): void {
  const problems = new InputProblems();
  readMoneyInput(input, type, problems);
  problems.throwIfAny();
}
