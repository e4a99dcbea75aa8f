import { CostCategory } from '@gevinst/domain';
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { MoneyScalar } from '../common/scalars/money.scalar.js';
import { DecimalScalar } from '../common/scalars/decimal.scalar.js';
import type { InitiativeModel } from '../initiative/initiative.model.js';

@ObjectType('AllocationLine', { description: 'One organisation’s share of one cost item in a run.' })
export class AllocationLineModel {
  @Field(() => ID, { description: "The allocation line's id." })
  id!: string;

  runId!: string;

  initiativeId!: string;

  organisationId!: string;

  keyVersionId!: string;

  @Field(() => Int, { description: 'The budget year.' })
  year!: number;

  @Field(() => ID, { description: 'The id of the cost item allocated.' })
  costItemId!: string;

  @Field(() => CostCategory, { description: 'The category of the cost item.' })
  costCategory!: CostCategory;

  @Field(() => MoneyScalar, { description: 'The planned amount in NOK.' })
  plannedAmount!: string;

  @Field(() => MoneyScalar, { description: 'The actual amount in NOK; empty until known.', nullable: true })
  actualAmount!: string | null;

  @Field(() => DecimalScalar, {
    description: 'The line’s fraction of the cost item’s planned amount (10 decimals).',
  })
  share!: string;

  /** Resolved with its language by AllocationLineResolver.explanation. */
  explanation!: string;

  explanationNb!: string | null;

  /** Attached when the allocation lines list read it with the page (AllocationResolver.allocations). */
  initiative?: InitiativeModel;
}
