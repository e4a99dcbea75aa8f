import { registerEnumType } from '@nestjs/graphql';

/**
 * What an allocation run does when its keys do not allocate exactly its cost items' planned amounts (a key
 * without a fixed total: PER_UNIT, or BANDS without a total). The rule is libs/cost-model's
 * resolveReconciliation; the values are its ReconciliationChoice.
 */
export enum AllocationReconciliation {
  REQUIRE_EXACT = 'REQUIRE_EXACT',
  SET_COST_ITEM_FROM_KEY = 'SET_COST_ITEM_FROM_KEY',
  ACCEPT_DIFFERENCE = 'ACCEPT_DIFFERENCE',
}

registerEnumType(AllocationReconciliation, {
  name: 'AllocationReconciliation',
  description:
    'How a run resolves a difference between its cost items and what their keys allocate (difference = cost items − allocated).',
  valuesMap: {
    REQUIRE_EXACT: {
      description:
        'The default: a run whose allocation differs from its cost items is refused (BAD_USER_INPUT naming both amounts and the difference); nothing is written.',
    },
    SET_COST_ITEM_FROM_KEY: {
      description:
        'Each cost item that differs first gets the planned amount its key allocates (in the same transaction, audited as a CostItem update with before and after); the run then reconciles.',
    },
    ACCEPT_DIFFERENCE: {
      description: 'The run is made and the difference is recorded on it (AllocationRun.difference).',
    },
  },
});
