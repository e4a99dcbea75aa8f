import { CostCategory } from '@gevinst/domain';
import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { VersionedModel } from '../common/versioned-model.js';
import { MoneyScalar } from '../common/scalars/money.scalar.js';

registerEnumType(CostCategory, { name: 'CostCategory' });

@ObjectType('CostItem', {
  description: 'A planned (and, once known, actual) cost of an initiative in one year.',
})
export class CostItemModel extends VersionedModel {
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
}
