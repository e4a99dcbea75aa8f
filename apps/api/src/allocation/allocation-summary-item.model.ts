import { Field, ObjectType } from '@nestjs/graphql';
import { MoneyScalar } from '../common/scalars/money.scalar.js';

@ObjectType('AllocationSummaryItem', {
  description: 'What an organisation is allocated by one initiative in a year (current runs).',
})
export class AllocationSummaryItemModel {
  initiativeId!: string;

  @Field(() => MoneyScalar, { description: 'Planned amount allocated to the organisation.' })
  amount!: string;

  @Field(() => MoneyScalar, {
    nullable: true,
    description: 'Actual amount allocated to the organisation; null when none is recorded.',
  })
  actualAmount!: string | null;
}
