import { Field, Int, ObjectType } from '@nestjs/graphql';
import { MoneyScalar } from '../common/scalars/money.scalar.js';
import { declareMoneyAliases, useAmount } from '../common/money-alias.js';

@ObjectType('PortfolioYear', { description: 'Planned versus realised in one year.' })
export class PortfolioYearModel {
  @Field(() => Int, { description: 'The calendar year.' })
  year!: number;

  @Field(() => MoneyScalar, {
    description: 'Deprecated alias of plannedCostAmount (NOK).',
    deprecationReason: useAmount('plannedCostAmount'),
  })
  plannedCostNok!: string;

  @Field(() => MoneyScalar, {
    nullable: true,
    description: 'Null when no actual amount is recorded for the year.',
  })
  actualCostNok!: string | null;

  @Field(() => MoneyScalar, { description: 'The planned monetised benefits of the year in NOK.' })
  plannedBenefitNok!: string;

  @Field(() => MoneyScalar, { nullable: true, description: 'Null for years after asOf.' })
  realisedBenefitNok!: string | null;
}
declareMoneyAliases(PortfolioYearModel, [
  { old: 'plannedCostNok', amount: 'plannedCostAmount', description: 'NOK: the planned costs of the year.' },
]);
