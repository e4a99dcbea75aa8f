import { Args, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '../auth/actor.js';
import { CurrentActor } from '../auth/auth.decorators.js';
import { LocalDateScalar } from '../common/scalars/local-date.scalar.js';
import { PortfolioFilter } from './dto/portfolio-filter.input.js';
import { NetPositionsModel } from './net-positions.model.js';
import { PortfolioSummaryModel } from './portfolio-summary.model.js';
import { PortfolioService } from './portfolio.service.js';
import { computed, PORTFOLIO_FIGURES_POINTS } from '../graphql/complexity.js';

@Resolver()
export class PortfolioResolver {
  constructor(private readonly portfolio: PortfolioService) {}

  @Query(() => PortfolioSummaryModel, {
    nullable: true,
    complexity: computed(PORTFOLIO_FIGURES_POINTS),
    description:
      "Costs, benefits and realisation of a portfolio of initiatives. Administrators: all initiatives; portfolio reviewers: their own ministry's (asking for another ministry is FORBIDDEN); others: the initiatives their organisation owns, takes part in or receives a benefit from.",
  })
  portfolioSummary(
    @CurrentActor() actor: Actor,
    @Args('filter', {
      description: 'Which initiatives make up the portfolio; empty: all the caller may see.',
      type: () => PortfolioFilter,
      nullable: true,
    })
    filter?: PortfolioFilter,
    @Args('asOf', {
      type: () => LocalDateScalar,
      nullable: true,
      description: 'Default today (Norwegian time).',
    })
    asOf?: string | null,
  ): Promise<PortfolioSummaryModel> {
    return this.portfolio.summary(actor, filter, asOf);
  }

  @Query(() => NetPositionsModel, {
    nullable: true,
    complexity: computed(PORTFOLIO_FIGURES_POINTS),
    description:
      'Per organisation: allocated cost against benefits received, flagged PAYS_WITHOUT_BENEFIT or BENEFITS_WITHOUT_PAYING; by administrative level; and the matrix who pays × who benefits. Same initiatives as portfolioSummary, and only the rows the caller may see.',
  })
  netPositions(
    @CurrentActor() actor: Actor,
    @Args('filter', {
      description: 'Which initiatives make up the portfolio; empty: all the caller may see.',
      type: () => PortfolioFilter,
      nullable: true,
    })
    filter?: PortfolioFilter,
    @Args('asOf', {
      type: () => LocalDateScalar,
      nullable: true,
      description: 'Default today (Norwegian time).',
    })
    asOf?: string | null,
  ): Promise<NetPositionsModel> {
    return this.portfolio.netPositions(actor, filter, asOf);
  }
}
