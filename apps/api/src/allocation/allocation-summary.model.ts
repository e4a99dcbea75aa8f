import { Field, Int, ObjectType } from '@nestjs/graphql';
import { MoneyScalar } from '../common/scalars/money.scalar.js';
import { AllocationSummaryItemModel } from './allocation-summary-item.model.js';

@ObjectType('AllocationSummary', {
  description: 'What an organisation is allocated in a year across initiatives (current runs only).',
})
export class AllocationSummaryModel {
  @Field(() => Int)
  year!: number;

  @Field(() => MoneyScalar, { description: 'Planned amounts, summed.' })
  total!: string;

  @Field(() => MoneyScalar, {
    nullable: true,
    description: 'Actual amounts, summed; null when no line has an actual amount (not recorded).',
  })
  actualTotal!: string | null;

  @Field(() => [AllocationSummaryItemModel])
  byInitiative!: AllocationSummaryItemModel[];
}
