/**
 * Reconciling an allocation with its cost item (issue 14, point 5).
 *
 * Definitions (docs/api.md "Reconciliation", libs/cost-model/README.md):
 * - A key *fixes the total* when `allocate` is given a total: every such split hands out exactly that
 *   total, to the øre, by the largest-remainder rule (or refuses). PER_UNIT never takes a total (rate ×
 *   driver per participant) and BANDS without a total charges each participant its band's fee; their
 *   allocated total is the sum of the lines, whatever the cost item says.
 * - The *difference* is the cost item's amount less the allocated total, in øre, signed: positive when
 *   the key allocates less than the cost item (part of the cost is not paid by anybody), negative when it
 *   allocates more (participants are charged more than the cost). allocated + difference = cost item.
 * - An allocation *reconciles* when the difference is zero.
 * A run with a difference is made only on an explicit choice (ReconciliationChoice).
 */
import type { CostSharingKeySpec } from '@gevinst/domain';
import type { AllocationResult } from './allocate';
import { formatOre, parseAmount } from './money';

export interface Reconciliation {
  /** NOK, two decimals: what the cost item (or items) says the cost is. */
  costItemAmount: string;
  /** NOK, two decimals: the sum of the allocation's lines. */
  allocatedTotal: string;
  /** NOK, two decimals, signed: costItemAmount − allocatedTotal. */
  difference: string;
  /** Whether the difference is zero. */
  reconciles: boolean;
  /** Whether the key (as used) always allocates exactly the amount it is given. */
  keyFixesTotal: boolean;
}

/**
 * Whether `allocate(total, participants, key)` always allocates exactly `total`: true whenever a total is
 * given (PER_UNIT never takes one; BANDS may go without one and then sums its fees).
 */
export function keyFixesTotal(key: Pick<CostSharingKeySpec, 'method'>, total: string | null): boolean {
  return key.method !== 'PER_UNIT' && total !== null && total !== undefined;
}

/**
 * The reconciliation of one allocation with the cost item it allocates.
 * @param costItemAmount the cost item's amount (NOK, two decimals)
 * @param allocation what `allocate` returned
 * @param key the key used, and `total` the total given to `allocate` (null for none)
 */
export function reconcile(
  costItemAmount: string,
  allocation: Pick<AllocationResult, 'lines'>,
  key: Pick<CostSharingKeySpec, 'method'>,
  total: string | null,
): Reconciliation {
  const item = parseAmount(costItemAmount, 'costItemAmount', { allowNegative: true });
  let allocated = 0n;
  allocation.lines.forEach((line, index) => {
    allocated += parseAmount(line.amount, `lines[${index}].amount`, { allowNegative: true });
  });
  return figures(item, allocated, keyFixesTotal(key, total));
}

/**
 * The reconciliation of several allocations together (a run's cost items): amounts and differences add
 * up; the key fixes the total only if every key does.
 */
export function reconcileAll(parts: readonly Reconciliation[]): Reconciliation {
  let item = 0n;
  let allocated = 0n;
  let fixes = true;
  parts.forEach((part, index) => {
    item += parseAmount(part.costItemAmount, `parts[${index}].costItemAmount`, { allowNegative: true });
    allocated += parseAmount(part.allocatedTotal, `parts[${index}].allocatedTotal`, { allowNegative: true });
    fixes &&= part.keyFixesTotal;
  });
  return figures(item, allocated, fixes);
}

function figures(item: bigint, allocated: bigint, fixes: boolean): Reconciliation {
  const difference = item - allocated;
  return {
    costItemAmount: formatOre(item),
    allocatedTotal: formatOre(allocated),
    difference: formatOre(difference),
    reconciles: difference === 0n,
    keyFixesTotal: fixes,
  };
}

/**
 * How a run resolves a difference between its cost items and the allocation:
 * - REQUIRE_EXACT (the default): a difference refuses the run;
 * - SET_COST_ITEM_FROM_KEY: each cost item's planned amount becomes what its key allocates;
 * - ACCEPT_DIFFERENCE: the run is made and the difference is recorded on it.
 */
export type ReconciliationChoice = 'REQUIRE_EXACT' | 'SET_COST_ITEM_FROM_KEY' | 'ACCEPT_DIFFERENCE';

export const RECONCILIATION_CHOICES: readonly ReconciliationChoice[] = [
  'REQUIRE_EXACT',
  'SET_COST_ITEM_FROM_KEY',
  'ACCEPT_DIFFERENCE',
];

export interface ResolvedReconciliation {
  /**
   * Whether the run must be refused: there is a difference and the choice is REQUIRE_EXACT. The caller
   * reports `recorded`'s amounts and difference and the two ways to resolve it.
   */
  refused: boolean;
  /** The cost items whose planned amount is set from the key (index into the given parts), if any. */
  setCostItems: { index: number; before: string; after: string }[];
  /** What the run records: the cost items' amount after any change, and the difference it accepts. */
  recorded: Reconciliation;
}

/**
 * What a run does with its parts' reconciliations (one per cost item) under `choice`. A part that
 * reconciles is never changed; a run whose every part reconciles is made whatever the choice.
 */
export function resolveReconciliation(
  parts: readonly Reconciliation[],
  choice: ReconciliationChoice,
): ResolvedReconciliation {
  const together = reconcileAll(parts);
  if (parts.every((part) => part.reconciles)) return { refused: false, setCostItems: [], recorded: together };
  switch (choice) {
    case 'SET_COST_ITEM_FROM_KEY': {
      const setCostItems = parts.flatMap((part, index) =>
        part.reconciles ? [] : [{ index, before: part.costItemAmount, after: part.allocatedTotal }],
      );
      const after = parts.map((part) => ({
        ...part,
        costItemAmount: part.allocatedTotal,
        difference: '0.00',
        reconciles: true,
      }));
      return { refused: false, setCostItems, recorded: reconcileAll(after) };
    }
    case 'ACCEPT_DIFFERENCE':
      return { refused: false, setCostItems: [], recorded: together };
    default:
      return { refused: true, setCostItems: [], recorded: together };
  }
}
