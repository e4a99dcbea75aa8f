import { Field, Int, ObjectType } from '@nestjs/graphql';
import { MoneyScalar } from '../common/scalars/money.scalar.js';

@ObjectType('EconomicsYear', {
  description:
    'One year of an initiative’s analysis period: costs (planned cost items, projected running costs, actual amounts as booked and in fixed prices of the price-base year) and monetised benefits (planned, planned to date, realised).',
})
export class EconomicsYearModel {
  @Field(() => Int, { description: 'The calendar year.' })
  year!: number;

  @Field(() => MoneyScalar, {
    description: 'The cost items’ planned amounts (fixed prices of the price-base year).',
  })
  plannedCost!: string;

  @Field(() => MoneyScalar, {
    description:
      'Running costs projected after the last cost year: that year’s OPERATION and MAINTENANCE items, repeated; 0 in a year with cost items.',
  })
  projectedCost!: string;

  @Field({ description: 'True when the year’s cost is projected (after the last cost year).' })
  projected!: boolean;

  @Field(() => MoneyScalar, {
    nullable: true,
    description: 'Actual amounts as booked (nominal); null when none.',
  })
  actualCostNominal!: string | null;

  @Field(() => MoneyScalar, {
    nullable: true,
    description:
      'The actual amounts in fixed prices of the price-base year: nominal × index(price-base year) / index(year), to the øre.',
  })
  actualCostFixedPrices!: string | null;

  @Field({ description: 'The consumer price index used for the year (SSB 03014, 2015 = 100).' })
  priceIndex!: string;

  @Field(() => Int, { description: 'The year whose published index was used.' })
  priceIndexYear!: number;

  @Field({
    description:
      'True when the year has no published index and the nearest published year’s is used (the last one for a later year).',
  })
  priceIndexEstimated!: boolean;

  @Field(() => MoneyScalar, { description: 'Planned monetised benefits (dis-benefits negative).' })
  plannedBenefitNok!: string;

  @Field(() => MoneyScalar, {
    description:
      'What realised is compared with: planned for years before asOf’s year, the plan at asOf in its year, 0 after.',
  })
  plannedBenefitToDateNok!: string;

  @Field(() => MoneyScalar, { nullable: true, description: 'Null for years after asOf.' })
  realisedBenefitNok!: string | null;

  @Field(() => MoneyScalar, { description: 'The residual value, in the period’s last year only.' })
  residualValue!: string;
}
