import { Field, Int, ObjectType } from '@nestjs/graphql';
import { MoneyScalar } from '../common/scalars/money.scalar.js';

@ObjectType('PortfolioYear', { description: 'Planned versus realised in one year.' })
export class PortfolioYearModel {
  @Field(() => Int)
  year!: number;

  @Field(() => MoneyScalar)
  plannedCostNok!: string;

  @Field(() => MoneyScalar, {
    nullable: true,
    description: 'Null when no actual amount is recorded for the year.',
  })
  actualCostNok!: string | null;

  @Field(() => MoneyScalar)
  plannedBenefitNok!: string;

  @Field(() => MoneyScalar, { nullable: true, description: 'Null for years after asOf.' })
  realisedBenefitNok!: string | null;
}
