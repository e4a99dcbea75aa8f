import { Field, Int, ObjectType } from '@nestjs/graphql';
import { MoneyScalar } from '../common/scalars/money.scalar.js';
import { DecimalScalar } from '../common/scalars/decimal.scalar.js';

@ObjectType('NpvYear', { description: 'One year of the net present value calculation (cost-model `npv`).' })
export class NpvYearModel {
  @Field(() => Int, { description: 'The calendar year.' })
  year!: number;

  @Field(() => Int, { description: 'Years after the base year.' })
  yearsFromBase!: number;

  @Field(() => DecimalScalar, {
    description: 'Π 1/(1 + r) over the years since the base year, 10 decimals.',
  })
  discountFactor!: string;

  @Field(() => MoneyScalar, { description: 'Cost items of the year plus dis-benefits.' })
  cost!: string;

  @Field(() => MoneyScalar, { description: 'Positive monetised benefits of the year.' })
  benefit!: string;

  @Field(() => MoneyScalar, { description: 'Tax financing cost of the net public spending of the year.' })
  taxFinancingCost!: string;

  @Field(() => MoneyScalar, { description: 'benefit − cost − taxFinancingCost, undiscounted, in NOK.' })
  net!: string;

  @Field(() => MoneyScalar, { description: 'cost × discountFactor, in NOK.' })
  presentCost!: string;

  @Field(() => MoneyScalar, { description: 'benefit × discountFactor, in NOK.' })
  presentBenefit!: string;

  @Field(() => MoneyScalar, { description: 'taxFinancingCost × discountFactor, in NOK.' })
  presentTaxFinancingCost!: string;

  @Field(() => MoneyScalar, {
    description: 'presentBenefit − presentCost − presentTaxFinancingCost, in NOK.',
  })
  presentNet!: string;

  @Field(() => MoneyScalar, { description: 'The sum of presentNet up to and including this year, in NOK.' })
  cumulativePresentNet!: string;
}
