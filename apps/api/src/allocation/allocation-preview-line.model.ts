import { Field, ID, ObjectType } from '@nestjs/graphql';
import { MoneyScalar } from '../common/scalars/money.scalar.js';
import { DecimalScalar } from '../common/scalars/decimal.scalar.js';

@ObjectType('AllocationPreviewLine', {
  description: "One participant's share in an allocation preview (nothing is stored).",
})
export class AllocationPreviewLineModel {
  @Field(() => ID, { description: "The organisation's id." })
  organisationId!: string;

  @Field(() => MoneyScalar, { description: "The participant's planned amount in NOK." })
  amount!: string;

  @Field(() => DecimalScalar, { description: 'The participant’s fraction of the amount (10 decimals).' })
  share!: string;

  @Field({ description: 'How the line was computed, in English.' })
  explanation!: string;
}
