import { Field, Int, ObjectType } from '@nestjs/graphql';
import { MoneyScalar } from '../common/scalars/money.scalar.js';
import { declareMoneyAliases, useAmount } from '../common/money-alias.js';

@ObjectType('PortfolioYear', { description: 'Planned versus realised in one year.' })
export class PortfolioYearModel {
  @Field(() => Int)
  year!: number;

  @Field(() => MoneyScalar, { deprecationReason: useAmount('plannedCostAmount') })
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
declareMoneyAliases(PortfolioYearModel, [
  { old: 'plannedCostNok', amount: 'plannedCostAmount', description: 'NOK: the planned costs of the year.' },
]);
