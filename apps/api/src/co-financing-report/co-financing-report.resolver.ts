import { Args, Context, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '../auth/actor.js';
import { CurrentActor } from '../auth/auth.decorators.js';
import type { GraphQLContext } from '../graphql/graphql-context.js';
import { InitiativeModel } from '../initiative/initiative.model.js';
import { CoFinancingReportModel } from './co-financing-report.model.js';
import { CoFinancingReportService } from './co-financing-report.service.js';
import { computed, PORTFOLIO_FIGURES_POINTS } from '../graphql/complexity.js';
import { InitiativeLoaders } from '../initiative/initiative.loaders.js';

@Resolver(() => CoFinancingReportModel)
export class CoFinancingReportResolver {
  constructor(private readonly reports: CoFinancingReportService) {}

  @Query(() => CoFinancingReportModel, {
    complexity: computed(PORTFOLIO_FIGURES_POINTS),
    description:
      'The co-financing annual report of an initiative for a year (due by 1 March the year after); also as a workbook at GET /api/exports/co-financing-report.xlsx?initiativeId=&year=. Users of the owner organisation, portfolio reviewers of its ministry, and administrators.',
  })
  async coFinancingReport(
    @CurrentActor() actor: Actor,
    @Args('initiativeId', { type: () => ID }) initiativeId: string,
    @Args('year', { type: () => Int }) year: number,
  ): Promise<CoFinancingReportModel> {
    const {
      initiative: _initiative,
      ownerName: _owner,
      ministryName: _ministry,
      receivingNames: _names,
      ...report
    } = await this.reports.report(actor, initiativeId, year);
    return report;
  }

  @ResolveField(() => InitiativeModel)
  initiative(@Parent() report: CoFinancingReportModel, @Context() ctx: GraphQLContext) {
    return ctx.loaders.of(InitiativeLoaders).initiative.load(report.initiativeId);
  }
}
