import { Args, Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { DecimalScalar } from '../common/scalars/decimal.scalar.js';
import { MoneyScalar } from '../common/scalars/money.scalar.js';
import { LocalDateScalar } from '../common/scalars/local-date.scalar.js';
import type { GraphQLContext } from '../graphql/graphql-context.js';
import { InitiativeModel } from '../initiative/initiative.model.js';
import { DiscountRatePeriodInput } from './dto/discount-rate-period.input.js';
import { EconomicsService } from './economics.service.js';
import { InitiativeEconomicsModel } from './initiative-economics.model.js';
import { ALLOCATION_SUMMARY_POINTS, computed } from '../graphql/complexity.js';

@Resolver(() => InitiativeModel)
export class InitiativeEconomicsResolver {
  constructor(private readonly economics: EconomicsService) {}

  @ResolveField('economics', () => InitiativeEconomicsModel, {
    complexity: computed(ALLOCATION_SUMMARY_POINTS),
    description:
      'The initiative’s analysis: its period and price base, costs (with projected running costs) and benefits per year, NPV, NPV per budget krone and per krone invested, payback year, sensitivity and the benefits not valued in NOK (R-109 defaults: 4 %, 3 % after year 40, 2 % after year 75; tax financing cost 20 %; lifetime 10 years).',
  })
  resolveEconomics(
    @Parent() initiative: InitiativeModel,
    @Context() ctx: GraphQLContext,
    @Args('discountRates', {
      type: () => [DiscountRatePeriodInput],
      nullable: true,
      description:
        'Default R-109: [{ throughYear: 40, rate: "0.04" }, { throughYear: 75, rate: "0.03" }, { rate: "0.02" }].',
    })
    discountRates?: DiscountRatePeriodInput[] | null,
    @Args('taxFinancingCost', { type: () => DecimalScalar, nullable: true, description: 'Default "0.20".' })
    taxFinancingCost?: string | null,
    @Args('baseYear', {
      type: () => Int,
      nullable: true,
      description:
        'Year 0 of the discounting; default the start year (the first of the start date’s year, the first cost year and the first baseline year of a monetised benefit). Refused after a year with a flow.',
    })
    baseYear?: number | null,
    @Args('toYear', {
      type: () => Int,
      nullable: true,
      description:
        'Last year of the analysis period, costs and benefits alike: another way to give the lifetime (toYear − start year + 1). Not before the last cost year; not together with lifetimeYears.',
    })
    toYear?: number | null,
    @Args('lifetimeYears', {
      type: () => Int,
      nullable: true,
      description:
        'The lifetime in years, 1–100; default 10 (DFØ practice for ICT measures). The period is extended to the last cost year if later.',
    })
    lifetimeYears?: number | null,
    @Args('residualValue', {
      type: () => MoneyScalar,
      nullable: true,
      description:
        'Residual value at the end, NOK ≥ 0 in fixed prices, a benefit in the last year; default 0.',
    })
    residualValue?: string | null,
    @Args('priceBaseYear', {
      type: () => Int,
      nullable: true,
      description:
        'The year whose fixed prices the analysis is in (actual amounts are converted with the consumer price index); default the start year.',
    })
    priceBaseYear?: number | null,
    @Args('asOf', {
      type: () => LocalDateScalar,
      nullable: true,
      description: 'Realised to this date; default today.',
    })
    asOf?: string | null,
  ): Promise<InitiativeEconomicsModel> {
    return this.economics.forInitiative(initiative, ctx.loaders, {
      discountRates,
      taxFinancingCost,
      baseYear,
      toYear,
      lifetimeYears,
      residualValue,
      priceBaseYear,
      asOf,
    });
  }
}
