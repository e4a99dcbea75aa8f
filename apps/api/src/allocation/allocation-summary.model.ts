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

  @Field(() => MoneyScalar)
  actualTotal!: string;

  @Field(() => [AllocationSummaryItemModel])
  byInitiative!: AllocationSummaryItemModel[];
}
