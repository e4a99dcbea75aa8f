import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { todayInNorway } from '../common/today.js';
import type { GraphQLContext } from '../graphql/graphql-context.js';
import { InitiativeModel } from '../initiative/initiative.model.js';
import { InitiativeFiguresModel } from './initiative-figures.model.js';
import { PortfolioService } from './portfolio.service.js';

/** One read of every initiative's figures per request, shared by the rows of a page. */
const perRequest = new WeakMap<object, Promise<ReadonlyMap<string, InitiativeFiguresModel>>>();

/**
 * Initiative.figures: the initiative's row of portfolioSummary.byInitiative as of today (resolved here,
 * in portfolio analytics, which depends on the initiative feature and not the other way round).
 */
@Resolver(() => InitiativeModel)
export class InitiativeListFiguresResolver {
  constructor(private readonly portfolio: PortfolioService) {}

  @ResolveField(() => InitiativeFiguresModel, {
    description:
      'Its figures as of today over its own analysis period, exactly its row of portfolioSummary.byInitiative without a year filter (planned, planned to date, realised, realisation % = realised ÷ planned to date). The initiatives list sorts by them on the server (InitiativeSortField PLANNED_BENEFIT, PLANNED_BENEFIT_TO_DATE, REALISED_BENEFIT, REALISATION_PERCENT).',
  })
  async figures(
    @Parent() initiative: InitiativeModel,
    @Context() ctx: GraphQLContext,
  ): Promise<InitiativeFiguresModel> {
    let all = perRequest.get(ctx);
    if (!all) {
      all = this.portfolio.figuresByInitiative(todayInNorway());
      perRequest.set(ctx, all);
    }
    const figures = (await all).get(initiative.id);
    if (!figures) throw new Error(`No figures for initiative ${initiative.id}`);
    return figures;
  }
}
