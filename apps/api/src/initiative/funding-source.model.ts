import { FundingScheme } from '@gevinst/domain';
import { Field, ObjectType } from '@nestjs/graphql';
import { MoneyScalar } from '../common/scalars/money.scalar.js';

@ObjectType('FundingSource', { description: 'One source of funding of an initiative.' })
export class FundingSourceModel {
  @Field(() => FundingScheme)
  scheme!: FundingScheme;

  @Field(() => MoneyScalar)
  amount!: string;

  @Field()
  description!: string;
}
