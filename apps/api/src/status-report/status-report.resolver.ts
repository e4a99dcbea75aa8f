import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { listWindow, type SortKeys } from '../common/list-window.js';
import { withFilter } from '../common/list-filter.js';
import { SortDirection } from '../common/sort-direction.enum.js';
import {
  InitiativeStatusOverviewsArgs,
  InitiativeStatusOverviewSortField,
  StatusReportDeadlinesArgs,
} from './dto/status-lists.args.js';
import { msg } from '@gevinst/domain';
import type { Actor } from '../auth/actor.js';
import { CurrentActor } from '../auth/auth.decorators.js';
import { BenefitLoaders } from '../benefit/benefit.loaders.js';
import { BenefitModel } from '../benefit/benefit.model.js';
import { badInput } from '../common/errors.js';
import { assertUuid } from '../common/ids.js';
import type { GraphQLContext } from '../graphql/graphql-context.js';
import { InitiativeLoaders } from '../initiative/initiative.loaders.js';
import { InitiativeModel } from '../initiative/initiative.model.js';
import { OrganisationLoaders } from '../organisation/organisation.loaders.js';
import { OrganisationModel } from '../organisation/organisation.model.js';
import { SubmitBenefitStatusReportInput } from './dto/submit-benefit-status-report.input.js';
import { SubmitInitiativeStatusReportInput } from './dto/submit-initiative-status-report.input.js';
import { StatusReportLoaders } from './status-report.loaders.js';
import {
  BenefitStatusReportModel,
  InitiativeStatusOverviewModel,
  InitiativeStatusReportModel,
  StatusReportDeadlineModel,
  StatusReportDueModel,
} from './status-report.model.js';
import { StatusReportService } from './status-report.service.js';

/** How many initiatives one initiativeStatusOverviews call may name (the dashboard asks for a handful). */
const MAX_OVERVIEWS = 100;

const OVERVIEW_SORT: SortKeys<{ initiativeId: string; index: number }, InitiativeStatusOverviewSortField> = {
  NAMED: (named) => named.index,
  INITIATIVE_ID: (named) => named.initiativeId,
};

@Resolver(() => BenefitStatusReportModel)
export class BenefitStatusReportResolver {
  constructor(private readonly reports: StatusReportService) {}

  @Mutation(() => BenefitStatusReportModel, {
    description:
      "Writes the benefit owner's status report for a reporting period (send `version` to replace the period's report): users of the initiative's owner organisation or of the benefit's receiving organisation, and administrators (as for measurements).",
  })
  submitBenefitStatusReport(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The benefit, the period and its status.' })
    input: SubmitBenefitStatusReportInput,
  ): Promise<BenefitStatusReportModel> {
    return this.reports.submitBenefitReport(actor, input);
  }

  @Query(() => [StatusReportDeadlineModel], {
    nullable: true,
    description:
      'The benefits whose status report is due or overdue, among those the caller follows: administrators all; others the initiatives their organisation owns, the benefits it receives and (portfolio reviewers) their ministry’s initiatives. Overdue first, then by due date.',
  })
  statusReportDeadlines(
    @CurrentActor() actor: Actor,
    @Args() args: StatusReportDeadlinesArgs,
  ): Promise<StatusReportDeadlineModel[]> {
    return this.reports.deadlines(actor, args);
  }

  @Query(() => [InitiativeStatusOverviewModel], {
    description: `Each named initiative's status reporting at a glance, in the order named (at most ${MAX_OVERVIEWS}): its latest cause and action, its latest period status and its overdue reports. Batched: one read per kind for all of them.`,
  })
  initiativeStatusOverviews(@Args() args: InitiativeStatusOverviewsArgs): InitiativeStatusOverviewModel[] {
    const { initiativeIds, sort, offset, limit } = withFilter(args);
    if (!initiativeIds) throw badInput('filter.initiativeIds', msg('REQUIRED'));
    if (initiativeIds.length > MAX_OVERVIEWS)
      throw badInput('initiativeIds', msg('TOO_MANY', { max: MAX_OVERVIEWS }));
    initiativeIds.forEach((id, i) => assertUuid(`initiativeIds.${i}`, id));
    const named = initiativeIds.map((initiativeId, index) => ({ initiativeId, index }));
    return listWindow(named, { sort, offset, limit }, OVERVIEW_SORT, {
      field: InitiativeStatusOverviewSortField.NAMED,
      direction: SortDirection.ASC,
    }).map(({ initiativeId }) => ({ initiativeId }) as InitiativeStatusOverviewModel);
  }

  @ResolveField(() => BenefitModel, { description: 'The benefit.' })
  benefit(@Parent() report: BenefitStatusReportModel, @Context() ctx: GraphQLContext) {
    return ctx.loaders.of(BenefitLoaders).benefit.load(report.benefitId);
  }

  @ResolveField(() => OrganisationModel, { nullable: true, description: 'The organisation of the reporter.' })
  reportedByOrganisation(@Parent() report: BenefitStatusReportModel, @Context() ctx: GraphQLContext) {
    return report.reportedByOrganisationId
      ? ctx.loaders.of(OrganisationLoaders).organisation.load(report.reportedByOrganisationId)
      : null;
  }
}

@Resolver(() => InitiativeStatusReportModel)
export class InitiativeStatusReportResolver {
  constructor(private readonly reports: StatusReportService) {}

  @Mutation(() => InitiativeStatusReportModel, {
    description:
      "Writes the initiative owner's period status for a quarter (send `version` to replace the quarter's): initiative owners of the owner organisation and administrators (as for editing the initiative).",
  })
  submitInitiativeStatusReport(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The initiative, the period and its status.' })
    input: SubmitInitiativeStatusReportInput,
  ): Promise<InitiativeStatusReportModel> {
    return this.reports.submitInitiativeReport(actor, input);
  }

  @ResolveField(() => InitiativeModel, { description: 'The initiative.' })
  initiative(@Parent() report: InitiativeStatusReportModel, @Context() ctx: GraphQLContext) {
    return ctx.loaders.of(InitiativeLoaders).initiative.load(report.initiativeId);
  }
}

@Resolver(() => InitiativeStatusOverviewModel)
export class InitiativeStatusOverviewResolver {
  @ResolveField(() => InitiativeModel, { nullable: true, description: 'Null: no initiative has that id.' })
  initiative(@Parent() overview: InitiativeStatusOverviewModel, @Context() ctx: GraphQLContext) {
    return ctx.loaders.of(InitiativeLoaders).initiative.load(overview.initiativeId);
  }

  @ResolveField(() => BenefitStatusReportModel, {
    description: 'The benefit status report that gives the latest cause of a deviation; empty: none.',
    nullable: true,
  })
  latestCause(@Parent() overview: InitiativeStatusOverviewModel, @Context() ctx: GraphQLContext) {
    return ctx.loaders.of(StatusReportLoaders).latestCauseOfInitiative.load(overview.initiativeId);
  }

  @ResolveField(() => InitiativeStatusReportModel, {
    description: "The initiative's status report of the latest period it has one; empty: none.",
    nullable: true,
  })
  async latestPeriodStatus(
    @Parent() overview: InitiativeStatusOverviewModel,
    @Context() ctx: GraphQLContext,
  ) {
    const list = await ctx.loaders
      .of(StatusReportLoaders)
      .periodStatusesOfInitiative.load(overview.initiativeId);
    return list[0] ?? null;
  }

  @ResolveField(() => Int, { description: 'How many of its benefits have an overdue status report today.' })
  overdueCount(@Parent() overview: InitiativeStatusOverviewModel, @Context() ctx: GraphQLContext) {
    return ctx.loaders.of(StatusReportLoaders).overdueOfInitiative.load(overview.initiativeId);
  }
}

/**
 * Benefit.statusReports and Benefit.statusReportDue. Resolved here rather than in benefit/: a report
 * belongs to a benefit, so status-report/ depends on benefit/, and benefit/ must not depend back.
 */
@Resolver(() => BenefitModel)
export class BenefitStatusReportsResolver {
  @ResolveField(() => [BenefitStatusReportModel], {
    description: "The benefit owner's status reports, newest period first (the benefit's timeline).",
  })
  statusReports(@Parent() benefit: BenefitModel, @Context() ctx: GraphQLContext) {
    return ctx.loaders.of(StatusReportLoaders).reportsOfBenefit.load(benefit.id);
  }

  @ResolveField(() => StatusReportDueModel, {
    description:
      'Where the benefit stands with its status reports today: the period due or overdue, or the next.',
  })
  async statusReportDue(
    @Parent() benefit: BenefitModel,
    @Context() ctx: GraphQLContext,
  ): Promise<StatusReportDueModel> {
    const due = await ctx.loaders.of(StatusReportLoaders).dueOfBenefit.load(benefit.id);
    return {
      state: due.state,
      periodStart: due.period?.start ?? null,
      periodEnd: due.period?.end ?? null,
      dueDate: due.dueDate,
    };
  }
}

/** Initiative.periodStatusReports, .benefitStatusReports and .overdueStatusReports (as above, for initiative/). */
@Resolver(() => InitiativeModel)
export class InitiativeStatusReportsResolver {
  @ResolveField(() => [InitiativeStatusReportModel], {
    description: "The owner's period statuses (one per quarter), newest first.",
  })
  periodStatusReports(@Parent() initiative: InitiativeModel, @Context() ctx: GraphQLContext) {
    return ctx.loaders.of(StatusReportLoaders).periodStatusesOfInitiative.load(initiative.id);
  }

  @ResolveField(() => [BenefitStatusReportModel], {
    description:
      "Every status report of the initiative's benefits, newest period first, then latest written (the initiative's timeline).",
  })
  benefitStatusReports(@Parent() initiative: InitiativeModel, @Context() ctx: GraphQLContext) {
    return ctx.loaders.of(StatusReportLoaders).benefitReportsOfInitiative.load(initiative.id);
  }

  @ResolveField(() => Int, {
    description:
      'How many of its benefits have an overdue status report today (the latest period whose due date has passed is not reported; docs/status-reports.md).',
  })
  overdueStatusReports(@Parent() initiative: InitiativeModel, @Context() ctx: GraphQLContext) {
    return ctx.loaders.of(StatusReportLoaders).overdueOfInitiative.load(initiative.id);
  }
}
