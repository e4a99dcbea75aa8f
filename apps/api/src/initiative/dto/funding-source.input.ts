import { FundingScheme } from '@gevinst/domain';
import { Field, InputType } from '@nestjs/graphql';
import { MoneyScalar } from '../../common/scalars/money.scalar.js';

@InputType()
export class FundingSourceInput {
  @Field(() => FundingScheme)
  scheme!: FundingScheme;

  @Field(() => MoneyScalar, { description: 'NOK, 0 or more.' })
  amount!: string;

  @Field({ nullable: true })
  description?: string;
}
