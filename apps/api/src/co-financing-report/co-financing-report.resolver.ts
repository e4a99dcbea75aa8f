import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CoFinancingReportDeadlinesArgs } from './dto/co-financing-report-deadlines.args.js';
import { OrganisationLoaders } from '../organisation/organisation.loaders.js';
import { OrganisationModel } from '../organisation/organisation.model.js';
import { TakeOutAgencyModel } from './budget-take-out.model.js';
import { CoFinancingReportDeadlinesModel } from './co-financing-deadline.model.js';
import { CoFinancingReportSubmissionModel } from './co-financing-report-submission.model.js';
import { MarkCoFinancingReportSubmittedInput } from './dto.js';
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
    nullable: true,
    complexity: computed(PORTFOLIO_FIGURES_POINTS),
    description:
      'The co-financing report of a co-financed initiative for a year: the annual report (due by 1 March the year after), or the final report for the completion year (kind FINAL); also as a workbook at GET /api/exports/co-financing-report.xlsx?initiativeId=&year=. Users of the owner organisation, portfolio reviewers of its ministry, and administrators. An initiative without a co-financing grant (a CO_FINANCING funding source above 0): BAD_USER_INPUT NOT_CO_FINANCED.',
  })
  async coFinancingReport(
    @CurrentActor() actor: Actor,
    @Args('initiativeId', { description: "The initiative's id.", type: () => ID }) initiativeId: string,
    @Args('year', { description: 'The reporting year.', type: () => Int }) year: number,
  ): Promise<CoFinancingReportModel> {
    const {
      initiative: _initiative,
      ownerName: _owner,
      ministryName: _ministry,
      receivingNames: _names,
      agencyNames: _agencies,
      ...report
    } = await this.reports.report(actor, initiativeId, year);
    return report;
  }

  @ResolveField(() => InitiativeModel, { description: 'The initiative.' })
  initiative(@Parent() report: CoFinancingReportModel, @Context() ctx: GraphQLContext) {
    return ctx.loaders.of(InitiativeLoaders).initiative.load(report.initiativeId);
  }

  @Query(() => [CoFinancingReportDeadlinesModel], {
    nullable: true,
    complexity: computed(PORTFOLIO_FIGURES_POINTS),
    description:
      'The co-financing report deadlines of every co-financed initiative the caller may see the reports of (users of the owner organisation, portfolio reviewers of its ministry, administrators): each report owed up to asOf’s year, whether it is submitted, the next one due and the overdue ones. Ordered by code.',
  })
  coFinancingReportDeadlines(
    @CurrentActor() actor: Actor,
    @Args() args: CoFinancingReportDeadlinesArgs,
  ): Promise<CoFinancingReportDeadlinesModel[]> {
    return this.reports.deadlines(actor, args);
  }

  @Mutation(() => CoFinancingReportSubmissionModel, {
    description:
      "Marks a co-financed initiative's report for a year submitted (once; audited): owners of the owner organisation and administrators. The year must be one the initiative owes a report for (annual from the first grant year, final for the completion year) and be over.",
  })
  markCoFinancingReportSubmitted(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The initiative and reporting year whose report was submitted.' })
    input: MarkCoFinancingReportSubmittedInput,
  ): Promise<CoFinancingReportSubmissionModel> {
    return this.reports.markSubmitted(actor, input.initiativeId, input.year);
  }
}

@Resolver(() => TakeOutAgencyModel)
export class TakeOutAgencyResolver {
  @ResolveField(() => OrganisationModel, { description: 'The agency.' })
  organisation(@Parent() agency: TakeOutAgencyModel, @Context() ctx: GraphQLContext) {
    return ctx.loaders.of(OrganisationLoaders).organisation.load(agency.organisationId);
  }
}

@Resolver(() => CoFinancingReportDeadlinesModel)
export class CoFinancingReportDeadlinesResolver {
  @ResolveField(() => InitiativeModel, { description: 'The initiative.' })
  initiative(@Parent() deadlines: CoFinancingReportDeadlinesModel, @Context() ctx: GraphQLContext) {
    return ctx.loaders.of(InitiativeLoaders).initiative.load(deadlines.initiativeId);
  }
}
