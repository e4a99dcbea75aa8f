import { CostCategory } from '@gevinst/domain';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { MoneyScalar } from '../../common/scalars/money.scalar.js';

@InputType({
  description: 'Only the fields given change; send null to clear actualAmount or costSharingKeyId.',
})
export class UpdateCostItemInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => Int, { nullable: true })
  year?: number;

  @Field(() => CostCategory, { nullable: true })
  category?: CostCategory;

  @Field({ nullable: true })
  description?: string;

  @Field(() => MoneyScalar, { nullable: true })
  plannedAmount?: string;

  @Field(() => MoneyScalar, { nullable: true })
  actualAmount?: string | null;

  @Field(() => ID, { nullable: true })
  costSharingKeyId?: string | null;
}
