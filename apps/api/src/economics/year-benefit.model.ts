import { Field, Int, ObjectType } from '@nestjs/graphql';
import { MoneyScalar } from '../common/scalars/money.scalar.js';
import { declareMoneyAliases, useAmount } from '../common/money-alias.js';

@ObjectType('YearBenefit', {
  description:
    'Monetised benefits of a year (dis-benefits negative): planned = the planned improvement at 31 December × value per unit; realised = the improvement at the latest measurement by 31 December (or by asOf in its year) × value per unit.',
})
export class YearBenefitModel {
  @Field(() => Int, { description: 'The calendar year.' })
  year!: number;

  @Field(() => MoneyScalar, {
    description: 'Deprecated alias of plannedAmount (NOK).',
    deprecationReason: useAmount('plannedAmount'),
  })
  plannedNok!: string;

  @Field(() => MoneyScalar, { nullable: true, description: 'Null for years after asOf.' })
  realisedNok!: string | null;
}
declareMoneyAliases(YearBenefitModel, [
  { old: 'plannedNok', amount: 'plannedAmount', description: 'NOK: the planned benefit of the year.' },
]);
