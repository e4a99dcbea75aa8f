import { AllocationRunStatus } from '@gevinst/domain';
import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import '../graphql/enums.js';
import { MoneyScalar } from '../common/scalars/money.scalar.js';
import { AllocationReconciliation } from './allocation-reconciliation.enum.js';
import { declareMoneyAliases, useAmount } from '../common/money-alias.js';

@ObjectType('AllocationRun', {
  description: 'An immutable allocation of an initiative’s costs for one year. A newer run supersedes it.',
})
export class AllocationRunModel {
  @Field(() => ID, { description: "The allocation run's id." })
  id!: string;

  initiativeId!: string;

  @Field(() => Int, { description: 'The budget year allocated.' })
  year!: number;

  @Field(() => AllocationRunStatus, { description: 'CURRENT or SUPERSEDED.' })
  status!: `${AllocationRunStatus}`;

  @Field(() => GraphQLISODateTime, {
    description: 'When a newer run replaced this one; empty while current.',
    nullable: true,
  })
  supersededAt!: Date | null;

  @Field(() => ID, {
    description: 'The id of the run that replaced this one; empty while current.',
    nullable: true,
  })
  supersededByRunId!: string | null;

  @Field(() => GraphQLISODateTime, { description: 'When the allocation run was created.' })
  createdAt!: Date;

  /** Resolved (and access-checked) by AllocationRunResolver.createdByEmail. */
  createdByEmail!: string | null;

  /** Resolved (and access-checked) by AllocationRunResolver.inputs and, typed, runInputs. */
  inputs!: Record<string, unknown>;

  @Field(() => MoneyScalar, {
    description: 'Deprecated alias of plannedAmount (NOK).',
    deprecationReason: useAmount('plannedAmount'),
  })
  plannedTotal!: string;

  @Field(() => MoneyScalar, {
    description: 'Deprecated alias of actualAmount (NOK).',
    deprecationReason: useAmount('actualAmount'),
    nullable: true,
  })
  actualTotal!: string | null;

  @Field(() => MoneyScalar, {
    nullable: true,
    description:
      'NOK: the planned amount of the cost items the run allocated (after any SET_COST_ITEM_FROM_KEY). Null only for an old run whose cost items are unknown.',
  })
  costItemAmount!: string | null;

  @Field(() => MoneyScalar, {
    description:
      'NOK, signed: costItemAmount − allocatedTotal; non-zero only for a run made with ACCEPT_DIFFERENCE (or before reconciliation existed).',
  })
  difference!: string;

  /** allocatedTotal, reconciles and keyFixesTotal are resolved by AllocationRunResolver from the stored run. */

  @Field(() => AllocationReconciliation, {
    nullable: true,
    description: 'The choice the run was made with; null for runs made before the choice existed.',
  })
  reconciliation!: string | null;

  @Field(() => Int, { description: 'The number of allocation lines in the run.' })
  lineCount!: number;
}
declareMoneyAliases(AllocationRunModel, [
  {
    old: 'plannedTotal',
    amount: 'plannedAmount',
    description: 'NOK: the planned costs the run allocated (the sum of its lines’ planned amounts).',
  },
  {
    old: 'actualTotal',
    amount: 'actualAmount',
    nullable: true,
    description: 'NOK: the actual costs the run allocated; null when no actual cost was recorded.',
  },
]);
