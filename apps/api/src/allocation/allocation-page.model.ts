import { Field, ObjectType } from '@nestjs/graphql';
import { CursorPaginated } from '../common/cursor.js';
import { MoneyScalar } from '../common/scalars/money.scalar.js';
import { AllocationLineModel } from './allocation-line.model.js';

@ObjectType('AllocationPage', {
  description: 'A page of allocation lines, with the total count and cursor paging.',
})
export class AllocationPage extends CursorPaginated(AllocationLineModel) {
  @Field(() => MoneyScalar, {
    description: 'Sum of the planned amounts of every matching line (all pages).',
    deprecationReason: 'The same as totalPlannedAmount: use totalPlannedAmount.',
  })
  totalAmount!: string;

  @Field(() => MoneyScalar, {
    description: 'Sum of the planned amounts of every matching line (all pages).',
  })
  totalPlannedAmount!: string;

  @Field(() => MoneyScalar, {
    nullable: true,
    description:
      'Sum of the actual amounts of every matching line (all pages); null when no line has an actual amount (not recorded; 0.00 is a recorded zero).',
  })
  totalActualAmount!: string | null;
}
