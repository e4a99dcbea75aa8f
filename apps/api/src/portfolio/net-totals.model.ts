import { Field, ObjectType } from '@nestjs/graphql';
import { MoneyScalar } from '../common/scalars/money.scalar.js';

@ObjectType('NetTotals')
export class NetTotalsModel {
  @Field(() => MoneyScalar)
  allocatedCostNok!: string;

  @Field(() => MoneyScalar)
  plannedBenefitNok!: string;

  @Field(() => MoneyScalar)
  realisedBenefitNok!: string;

  @Field(() => MoneyScalar)
  plannedNetNok!: string;

  @Field(() => MoneyScalar)
  realisedNetNok!: string;
}
