import { Field, Int, ObjectType } from '@nestjs/graphql';
import { MoneyScalar } from '../common/scalars/money.scalar.js';
import { AllocationSummaryItemModel } from './allocation-summary-item.model.js';
import { declareMoneyAliases, useAmount } from '../common/money-alias.js';

@ObjectType('AllocationSummary', {
  description: 'What an organisation is allocated in a year across initiatives (current runs only).',
})
export class AllocationSummaryModel {
  @Field(() => Int, { description: 'The budget year.' })
  year!: number;

  @Field(() => MoneyScalar, {
    deprecationReason: useAmount('totalAmount'),
    description: 'Planned amounts, summed.',
  })
  total!: string;

  @Field(() => MoneyScalar, {
    deprecationReason: useAmount('totalActualAmount'),
    nullable: true,
    description: 'Actual amounts, summed; null when no line has an actual amount (not recorded).',
  })
  actualTotal!: string | null;

  @Field(() => [AllocationSummaryItemModel], { description: 'The amounts per initiative.' })
  byInitiative!: AllocationSummaryItemModel[];
}
declareMoneyAliases(AllocationSummaryModel, [
  { old: 'total', amount: 'totalAmount', description: 'NOK: the sum of the planned amounts.' },
  {
    old: 'actualTotal',
    amount: 'totalActualAmount',
    nullable: true,
    description: 'NOK: the sum of the actual amounts; null when none is recorded.',
  },
]);
