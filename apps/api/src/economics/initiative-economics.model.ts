import { Field, Int, ObjectType } from '@nestjs/graphql';
import { DecimalScalar } from '../common/scalars/decimal.scalar.js';
import { LocalDateScalar } from '../common/scalars/local-date.scalar.js';
import { MoneyScalar } from '../common/scalars/money.scalar.js';
import { DiscountRatePeriodModel } from './discount-rate-period.model.js';
import { EconomicsYearModel } from './economics-year.model.js';
import { NonMonetisedBenefitModel } from './non-monetised-benefit.model.js';
import { SensitivityRowModel } from './sensitivity-row.model.js';
import { NpvYearModel } from './npv-year.model.js';
import { YearBenefitModel } from './year-benefit.model.js';
import { YearCostModel } from './year-cost.model.js';
import { declareMoneyAliases, useAmount } from '../common/money-alias.js';

@ObjectType('InitiativeEconomics', {
  description:
    'The analysis of an initiative after circular R-109 and the DFØ guide (@gevinst/cost-model `analyse`): one period for costs and benefits (start year to start + lifetime − 1, extended to the last cost year), planned amounts in fixed prices of the price-base year, projected running costs, residual value, a declining discount rate, a tax financing cost on the net change in public budgets, NPV, NPV per budget krone, payback, sensitivity and the benefits not valued in NOK. portfolioSummary, netPositions and the co-financing report count the same years (docs/api.md, "The analysis").',
})
export class InitiativeEconomicsModel {
  @Field(() => LocalDateScalar, { description: 'The date realised benefits are measured to.' })
  asOf!: string;

  @Field(() => Int, {
    description:
      'The first year of the analysis period: the earliest of the start date’s year, the first cost year and the first baseline (effect start) year of a monetised benefit.',
  })
  fromYear!: number;

  @Field(() => Int, { description: 'The last year of the analysis period (costs and benefits alike).' })
  toYear!: number;

  @Field(() => Int, {
    description: 'Years in the period: the lifetime (default 10), or more when the last cost year is later.',
  })
  lifetimeYears!: number;

  @Field(() => Int, {
    description:
      'The year whose prices every amount is in: planned amounts are taken as its fixed prices, actual amounts are converted with the consumer price index.',
  })
  priceBaseYear!: number;

  @Field({ description: 'The consumer price index of the price-base year (SSB 03014, 2015 = 100).' })
  priceBaseIndex!: string;

  @Field({
    description: 'True when the price-base year has no published index and the nearest one’s is used.',
  })
  priceBaseIndexEstimated!: boolean;

  @Field(() => Int, { description: 'Year 0 of the discounting (default the start year).' })
  baseYear!: number;

  @Field(() => MoneyScalar, {
    description: 'The residual value counted as a benefit in the last year (default 0).',
  })
  residualValue!: string;

  @Field(() => MoneyScalar, {
    description:
      'The running cost projected for each year after the last cost year (that year’s OPERATION and MAINTENANCE items).',
  })
  projectedRunningCost!: string;

  @Field(() => [DiscountRatePeriodModel], {
    description: 'The discount rate periods used (R-109 declining rates unless given).',
  })
  discountRates!: DiscountRatePeriodModel[];

  @Field(() => DecimalScalar, { description: 'A fraction of net public spending: "0.20" is 20 %.' })
  taxFinancingCost!: string;

  @Field(() => MoneyScalar, {
    description: 'Deprecated alias of totalPlannedCostAmount (NOK).',
    deprecationReason: useAmount('totalPlannedCostAmount'),
  })
  totalPlannedCost!: string;

  @Field(() => MoneyScalar, { description: 'The actual amounts recorded so far, as booked (nominal).' })
  totalActualCost!: string;

  @Field(() => MoneyScalar, { description: 'The actual amounts in fixed prices of the price-base year.' })
  totalActualCostFixedPrices!: string;

  @Field(() => MoneyScalar, { description: 'The projected running costs over the period.' })
  totalProjectedCost!: string;

  @Field(() => [YearCostModel], {
    description: 'The cost items summed by year (years with cost items only).',
  })
  costsByYear!: YearCostModel[];

  @Field(() => [YearBenefitModel], { description: 'Every year from fromYear to toYear.' })
  benefitsByYear!: YearBenefitModel[];

  @Field(() => [EconomicsYearModel], { description: 'The yearly table, every year from fromYear to toYear.' })
  years!: EconomicsYearModel[];

  @Field(() => MoneyScalar, {
    description: 'Planned monetised benefits over the analysis period (undiscounted).',
  })
  totalPlannedBenefitNok!: string;

  @Field(() => MoneyScalar, {
    description: 'Planned monetised benefits to asOf within the period: what realised is compared with.',
  })
  totalPlannedBenefitToDateNok!: string;

  @Field(() => MoneyScalar, { description: 'Realised monetised benefits to asOf (undiscounted).' })
  totalRealisedBenefitNok!: string;

  @Field(() => DecimalScalar, {
    nullable: true,
    description:
      'totalRealisedBenefitNok / totalPlannedBenefitToDateNok × 100, two decimals; null while nothing is planned to date. The same definition as portfolioSummary’s realisationPercent.',
  })
  realisationPercent!: string | null;

  @Field(() => MoneyScalar, {
    description: 'Net present value: present benefits − present costs − present tax financing cost.',
  })
  npv!: string;

  @Field(() => DecimalScalar, {
    nullable: true,
    description:
      'NPV per krone invested (present value of the costs, cost items and projected running costs), four decimals.',
  })
  npvPerNokInvested!: string | null;

  @Field(() => MoneyScalar, {
    description:
      'Present value of the net burden on public budgets: each year’s public costs − budget-releasing benefits, discounted.',
  })
  presentValueNetPublicSpending!: string;

  @Field(() => DecimalScalar, {
    nullable: true,
    description:
      'NPV per budget krone (netto nåverdi per budsjettkrone, DFØ): npv / presentValueNetPublicSpending, four decimals; null when the net burden is zero or a saving.',
  })
  npvPerBudgetKrone!: string | null;

  @Field(() => [SensitivityRowModel], {
    description: 'The NPV with benefits −20 % and +20 %, costs +20 % and the effect a year late.',
  })
  sensitivity!: SensitivityRowModel[];

  @Field(() => DecimalScalar, {
    nullable: true,
    description:
      'The fraction of the planned benefits at which NPV = 0 (NPV is linear in it: −NPV(0) / (NPV − NPV(0))), four decimals; null when benefits do not raise the NPV.',
  })
  breakEvenBenefitShare!: string | null;

  @Field(() => [NonMonetisedBenefitModel], {
    description:
      'Benefits not valued in NOK (not cancelled): part of the analysis beside the NPV, not in it.',
  })
  nonMonetisedBenefits!: NonMonetisedBenefitModel[];

  @Field(() => Int, {
    nullable: true,
    description:
      'The first year from which the cumulative present net stays at or above zero; null if never.',
  })
  paybackYear!: number | null;

  @Field(() => MoneyScalar, { description: "The sum of the years' present costs, in NOK." })
  presentValueCosts!: string;

  @Field(() => MoneyScalar, { description: "The sum of the years' present benefits, in NOK." })
  presentValueBenefits!: string;

  @Field(() => MoneyScalar, { description: "The sum of the years' present tax financing costs, in NOK." })
  presentValueTaxFinancingCost!: string;

  @Field(() => MoneyScalar, {
    description:
      "The sum of each year's investment × discount factor, in NOK: the denominator of the NPV per krone.",
  })
  presentValueInvestment!: string;

  @Field(() => [NpvYearModel], {
    description: 'The NPV table, one row per year from baseYear (or fromYear, if later) to toYear.',
  })
  npvByYear!: NpvYearModel[];
}
declareMoneyAliases(InitiativeEconomicsModel, [
  {
    old: 'totalPlannedCost',
    amount: 'totalPlannedCostAmount',
    description: 'NOK: the planned costs over all years.',
  },
]);
