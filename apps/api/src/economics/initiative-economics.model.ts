import { Field, Int, ObjectType } from '@nestjs/graphql';
import { DecimalScalar } from '../common/scalars/decimal.scalar.js';
import { LocalDateScalar } from '../common/scalars/local-date.scalar.js';
import { MoneyScalar } from '../common/scalars/money.scalar.js';
import { DiscountRatePeriodModel } from './discount-rate-period.model.js';
import { NpvYearModel } from './npv-year.model.js';
import { YearBenefitModel } from './year-benefit.model.js';
import { YearCostModel } from './year-cost.model.js';

@ObjectType('InitiativeEconomics', {
  description:
    'Socio-economic figures of an initiative after circular R-109 and the DFØ guide, computed by @gevinst/cost-model on the plan: planned costs (cost items) and planned monetised benefits per year, a declining discount rate and a tax financing cost on net public spending.',
})
export class InitiativeEconomicsModel {
  @Field(() => LocalDateScalar, { description: 'The date realised benefits are measured to.' })
  asOf!: string;

  @Field(() => Int, { description: 'Year 0 of the discounting.' })
  baseYear!: number;

  @Field(() => Int, { description: 'The last year of the analysis period.' })
  toYear!: number;

  @Field(() => [DiscountRatePeriodModel])
  discountRates!: DiscountRatePeriodModel[];

  @Field(() => DecimalScalar, { description: 'A fraction of net public spending: "0.20" is 20 %.' })
  taxFinancingCost!: string;

  @Field(() => MoneyScalar)
  totalPlannedCost!: string;

  @Field(() => MoneyScalar, { description: 'The actual amounts recorded so far.' })
  totalActualCost!: string;

  @Field(() => [YearCostModel])
  costsByYear!: YearCostModel[];

  @Field(() => [YearBenefitModel], { description: 'Every year from baseYear to toYear.' })
  benefitsByYear!: YearBenefitModel[];

  @Field(() => MoneyScalar, {
    description: 'Planned monetised benefits over the analysis period (undiscounted).',
  })
  totalPlannedBenefitNok!: string;

  @Field(() => MoneyScalar, { description: 'Realised monetised benefits to asOf (undiscounted).' })
  totalRealisedBenefitNok!: string;

  @Field(() => MoneyScalar, {
    description: 'Net present value: present benefits − present costs − present tax financing cost.',
  })
  npv!: string;

  @Field(() => DecimalScalar, {
    nullable: true,
    description:
      'NPV per krone invested (present value of the cost items), four decimals: the co-financing ranking.',
  })
  npvPerNokInvested!: string | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'The first year from which the cumulative present net stays at or above zero; null if never.',
  })
  paybackYear!: number | null;

  @Field(() => MoneyScalar)
  presentValueCosts!: string;

  @Field(() => MoneyScalar)
  presentValueBenefits!: string;

  @Field(() => MoneyScalar)
  presentValueTaxFinancingCost!: string;

  @Field(() => MoneyScalar)
  presentValueInvestment!: string;

  @Field(() => [NpvYearModel], { description: 'The NPV table, one row per year from baseYear to toYear.' })
  npvByYear!: NpvYearModel[];
}
