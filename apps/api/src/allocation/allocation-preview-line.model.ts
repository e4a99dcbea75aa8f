import { Field, ID, ObjectType } from '@nestjs/graphql';
import { MoneyScalar } from '../common/scalars/money.scalar.js';

@ObjectType('AllocationPreviewLine')
export class AllocationPreviewLineModel {
  @Field(() => ID)
  organisationId!: string;

  @Field(() => MoneyScalar)
  amount!: string;

  @Field()
  share!: string;

  @Field()
  explanation!: string;
}
