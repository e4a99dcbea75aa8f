import { Args, Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { DecimalScalar } from '../common/scalars/decimal.scalar.js';
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
      'Costs, benefits per year, NPV, NPV per krone invested and payback year (R-109 defaults: 4 %, 3 % after year 40, 2 % after year 75; tax financing cost 20 %).',
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
        'Year 0 of the discounting; default the first of the start year, the first cost year and the first baseline year of a monetised benefit.',
    })
    baseYear?: number | null,
    @Args('toYear', {
      type: () => Int,
      nullable: true,
      description:
        'Last year of the analysis; default the latest of the end year, the last cost year and the last target year.',
    })
    toYear?: number | null,
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
      asOf,
    });
  }
}
