import { CostCategory } from '@gevinst/domain';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { MoneyScalar } from '../../common/scalars/money.scalar.js';

@InputType()
export class CreateCostItemInput {
  @Field(() => ID)
  initiativeId!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => CostCategory)
  category!: CostCategory;

  @Field({ nullable: true })
  description?: string;

  @Field(() => MoneyScalar)
  plannedAmount!: string;

  @Field(() => MoneyScalar, { nullable: true })
  actualAmount?: string | null;

  @Field(() => ID, { nullable: true, description: "The key for this item; by default the initiative's key." })
  costSharingKeyId?: string | null;
}
