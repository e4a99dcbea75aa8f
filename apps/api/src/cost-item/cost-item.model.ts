import { CostCategory } from '@gevinst/domain';
import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { MoneyScalar } from '../common/scalars/money.scalar.js';

registerEnumType(CostCategory, { name: 'CostCategory' });

@ObjectType('CostItem', {
  description: 'A planned (and, once known, actual) cost of an initiative in one year.',
})
export class CostItemModel {
  @Field(() => ID)
  id!: string;

  initiativeId!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => CostCategory)
  category!: CostCategory;

  @Field()
  description!: string;

  @Field(() => MoneyScalar)
  plannedAmount!: string;

  @Field(() => MoneyScalar, { nullable: true })
  actualAmount!: string | null;

  costSharingKeyId!: string | null;

  @Field()
  isDemo!: boolean;

  @Field(() => Int)
  version!: number;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt!: Date;
}
