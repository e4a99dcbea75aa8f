import { errorLanguageOf } from '../common/localise-errors.js';
import { CoFinancingRankingArgs } from './dto/co-financing-ranking.args.js';
import { CoFinancingCallsArgs } from './dto/co-financing-calls.args.js';
import { type CoFinancingFinding, coFinancingFindingFigures, renderMessage } from '@gevinst/domain';
import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '../auth/actor.js';
import { CurrentActor } from '../auth/auth.decorators.js';
import type { RequestLoaders } from '../common/request-loaders.js';
import { InitiativeEconomicsModel } from '../economics/initiative-economics.model.js';
import type { GraphQLContext } from '../graphql/graphql-context.js';
import { ALLOCATION_SUMMARY_POINTS, computed } from '../graphql/complexity.js';
import { InitiativeModel } from '../initiative/initiative.model.js';
import { InitiativeLoaders } from '../initiative/initiative.loaders.js';
import { OrganisationLoaders } from '../organisation/organisation.loaders.js';
import { OrganisationModel } from '../organisation/organisation.model.js';
import type { CoFinancingApplicationEntity } from './co-financing-application.entity.js';
import type { CoFinancingCallEntity } from './co-financing-call.entity.js';
import { CoFinancingFindingSeverity } from './co-financing-enums.js';
import {
  CoFinancingApplicationModel,
  CoFinancingCallModel,
  CoFinancingEligibilityModel,
  CoFinancingFindingModel,
  CoFinancingRankingRowModel,
  CoFinancingRuleSetModel,
} from './co-financing.model.js';
import { type Assessment, CoFinancingService, type RankingRow } from './co-financing.service.js';
import {
  CoFinancingApplicationActionInput,
  CreateCoFinancingApplicationInput,
  RecordCoFinancingExceptionInput,
  UpdateCoFinancingApplicationInput,
} from './dto/co-financing-application.input.js';
import { CreateCoFinancingCallInput, UpdateCoFinancingCallInput } from './dto/co-financing-call.input.js';

/** The rule set snapshot as GraphQL shows it (categories as a list). */
export function ruleSetModel(call: CoFinancingCallEntity): CoFinancingRuleSetModel {
  const set = call.ruleSet;
  return {
    ...set,
    categories: Object.entries(set.categories).map(([category, rules]) => ({
      category: category as CoFinancingRuleSetModel['categories'][number]['category'],
      ...rules,
    })),
    exceptable: [...set.exceptable],
  };
}

/** A ranking row as GraphQL shows it. */
export function rankingRowModel(row: RankingRow): CoFinancingRankingRowModel {
  const { application, assessment } = row;
  const economics = assessment.economics;
  return {
    rank: row.rank,
    applicationId: application.id,
    initiativeId: assessment.initiative.id,
    initiativeCode: assessment.initiative.code,
    initiativeName: assessment.initiative.name,
    applicantName: assessment.applicant.name,
    category: application.category,
    status: application.status,
    totalCost: application.totalCost,
    requestedGrant: application.requestedGrant,
    npv: economics.npv,
    budgetKroner: economics.presentValueNetPublicSpending,
    npvPerBudgetKrone: economics.npvPerBudgetKrone,
    fromYear: economics.fromYear,
    toYear: economics.toYear,
    priceBaseYear: economics.priceBaseYear,
    eligible: assessment.eligible,
    errorCount: assessment.findings.filter((f) => f.severity === 'ERROR').length,
    exceptedCount: assessment.findings.filter((f) => f.severity === 'EXCEPTED').length,
    findingCodes: assessment.findings.map((f) => f.code),
  };
}

function findingModel(finding: CoFinancingFinding, language: 'en' | 'nb'): CoFinancingFindingModel {
  return {
    code: finding.code,
    severity: CoFinancingFindingSeverity[finding.severity],
    params: finding.message.params ?? {},
    figures: coFinancingFindingFigures(finding),
    message: renderMessage(finding.message, language),
    exceptionReason: finding.exceptionReason,
  };
}

/** An assessment's eligibility as GraphQL shows it, its messages in `language`. */
function eligibilityModel(assessment: Assessment, language: 'en' | 'nb'): CoFinancingEligibilityModel {
  return {
    eligible: assessment.eligible,
    errorCount: assessment.findings.filter((f) => f.severity === 'ERROR').length,
    exceptedCount: assessment.findings.filter((f) => f.severity === 'EXCEPTED').length,
    findings: assessment.findings.map((finding) => findingModel(finding, language)),
    maxGrant: assessment.maxGrant,
    npv: assessment.economics?.npv ?? null,
  };
}

@Resolver(() => CoFinancingCallModel)
export class CoFinancingCallResolver {
  constructor(private readonly service: CoFinancingService) {}

  @Query(() => [CoFinancingCallModel], { description: 'The co-financing calls, newest year first.' })
  coFinancingCalls(@Args() args: CoFinancingCallsArgs): Promise<CoFinancingCallEntity[]> {
    return this.service.listCalls(args);
  }

  @Query(() => CoFinancingCallModel, { nullable: true, description: 'One co-financing call.' })
  coFinancingCall(
    @Args('id', { description: 'The id of the co financing call.', type: () => ID }) id: string,
  ): Promise<CoFinancingCallEntity> {
    return this.service.call(id);
  }

  @Query(() => [CoFinancingRankingRowModel], {
    complexity: computed(ALLOCATION_SUMMARY_POINTS),
    description:
      "The call's applications that are not drafts, ranked by NPV per budget krone (highest first; none last), ties by NPV then initiative code, with each initiative's analysis figures (Initiative.economics with the initiative's own settings), period, price base and eligibility. The schemes' secretariat and administrators.",
  })
  async coFinancingRanking(
    @CurrentActor() actor: Actor,
    @Args() args: CoFinancingRankingArgs,
    @Context() ctx: GraphQLContext,
  ): Promise<CoFinancingRankingRowModel[]> {
    return (await this.service.rankingList(actor, args, ctx.loaders)).map(rankingRowModel);
  }

  @Mutation(() => CoFinancingCallModel, {
    description:
      "Opens a call for a year with the rule set in force for that year. The schemes' secretariat.",
  })
  createCoFinancingCall(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The values of the new co financing call.' })
    input: CreateCoFinancingCallInput,
  ): Promise<CoFinancingCallEntity> {
    return this.service.createCall(actor, input);
  }

  @Mutation(() => CoFinancingCallModel, {
    description: "Changes a call's title, deadline or status (OPEN/CLOSED). The schemes' secretariat.",
  })
  updateCoFinancingCall(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The co financing call to change (id and version) and the changes.' })
    input: UpdateCoFinancingCallInput,
  ): Promise<CoFinancingCallEntity> {
    return this.service.updateCall(actor, input);
  }

  @ResolveField('ruleSet', () => CoFinancingRuleSetModel, {
    description: 'The rule set in force for the call (a snapshot taken when the call was created).',
  })
  ruleSet(@Parent() call: CoFinancingCallEntity): CoFinancingRuleSetModel {
    return ruleSetModel(call);
  }

  @ResolveField('applications', () => [CoFinancingApplicationModel], {
    description:
      "The call's applications the caller may see: every one for the secretariat and administrators, else their organisation's.",
  })
  applications(
    @CurrentActor() actor: Actor,
    @Parent() call: CoFinancingCallEntity,
    @Context() ctx: GraphQLContext,
  ): Promise<CoFinancingApplicationEntity[]> {
    return this.service.applicationsOfCall(actor, call.id, ctx.loaders);
  }
}

@Resolver(() => CoFinancingApplicationModel)
export class CoFinancingApplicationResolver {
  /** One assessment per application and request, shared by `eligibility` and `economics`. */
  private readonly assessments = new WeakMap<RequestLoaders, Map<string, Promise<Assessment>>>();

  constructor(private readonly service: CoFinancingService) {}

  private assessment(
    application: CoFinancingApplicationEntity,
    loaders: RequestLoaders,
  ): Promise<Assessment> {
    let byId = this.assessments.get(loaders);
    if (!byId) this.assessments.set(loaders, (byId = new Map<string, Promise<Assessment>>()));
    let assessment = byId.get(application.id);
    if (!assessment) {
      assessment = this.service
        .call(application.callId)
        .then((call) => this.service.assess(application, call, loaders));
      byId.set(application.id, assessment);
    }
    return assessment;
  }

  @Query(() => CoFinancingApplicationModel, {
    nullable: true,
    description:
      "One co-financing application: the applying organisation's users, the schemes' secretariat and administrators.",
  })
  coFinancingApplication(
    @CurrentActor() actor: Actor,
    @Args('id', { description: 'The id of the co financing application.', type: () => ID }) id: string,
  ): Promise<CoFinancingApplicationEntity> {
    return this.service.application(actor, id);
  }

  @Query(() => CoFinancingEligibilityModel, {
    complexity: computed(ALLOCATION_SUMMARY_POINTS),
    description:
      "The findings an application with these fields would have, without saving it (the owner's form as it is typed): the initiative's owners, administrators and the schemes' secretariat.",
  })
  async coFinancingEligibilityPreview(
    @CurrentActor() actor: Actor,
    @Args('input', { description: "The application figures to check against the call's rules." })
    input: CreateCoFinancingApplicationInput,
    @Context() ctx: GraphQLContext,
  ): Promise<CoFinancingEligibilityModel> {
    const assessment = await this.service.preview(actor, input, ctx.loaders);
    return eligibilityModel(assessment, errorLanguageOf(ctx.req.headers['accept-language']));
  }

  @Mutation(() => CoFinancingApplicationModel, {
    description:
      'Drafts an application of an initiative to an OPEN call: initiative owners of the owning organisation (the applicant) and administrators.',
  })
  createCoFinancingApplication(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The values of the new co financing application.' })
    input: CreateCoFinancingApplicationInput,
  ): Promise<CoFinancingApplicationEntity> {
    return this.service.createApplication(actor, input);
  }

  @Mutation(() => CoFinancingApplicationModel, {
    description: 'Replaces the fields of a DRAFT application (its owners).',
  })
  updateCoFinancingApplication(
    @CurrentActor() actor: Actor,
    @Args('input', {
      description: 'The co financing application to change (id and version) and the changes.',
    })
    input: UpdateCoFinancingApplicationInput,
  ): Promise<CoFinancingApplicationEntity> {
    return this.service.updateApplication(actor, input);
  }

  @Mutation(() => CoFinancingApplicationModel, {
    description:
      'Submits a DRAFT application while its call is OPEN (its owners). Findings do not block submission.',
  })
  submitCoFinancingApplication(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The application to submit.' })
    input: CoFinancingApplicationActionInput,
  ): Promise<CoFinancingApplicationEntity> {
    return this.service.submitApplication(actor, input);
  }

  @Mutation(() => CoFinancingApplicationModel, {
    description:
      "Accepts a finding of a SUBMITTED application as an exception with a stated reason (the schemes' secretariat); who may apply cannot be excepted.",
  })
  recordCoFinancingException(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The application, the rule breached and the reason for accepting it.' })
    input: RecordCoFinancingExceptionInput,
  ): Promise<CoFinancingApplicationEntity> {
    return this.service.recordException(actor, input);
  }

  @Mutation(() => CoFinancingApplicationModel, {
    description:
      "Approves a SUBMITTED application (the schemes' secretariat): refused (CONFLICT, MEDFIN_NOT_ELIGIBLE) while a finding is an unexcepted ERROR; writes the grant by year into the initiative's funding plan as CO_FINANCING sources.",
  })
  approveCoFinancingApplication(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The application to approve.' })
    input: CoFinancingApplicationActionInput,
  ): Promise<CoFinancingApplicationEntity> {
    return this.service.approve(actor, input);
  }

  @Mutation(() => CoFinancingApplicationModel, {
    description: "Rejects a SUBMITTED application with a note (required) (the schemes' secretariat).",
  })
  rejectCoFinancingApplication(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The application to reject.' })
    input: CoFinancingApplicationActionInput,
  ): Promise<CoFinancingApplicationEntity> {
    return this.service.reject(actor, input);
  }

  @ResolveField('call', () => CoFinancingCallModel, { description: 'The call the application answers.' })
  call(@Parent() application: CoFinancingApplicationEntity): Promise<CoFinancingCallEntity> {
    return this.service.call(application.callId);
  }

  @ResolveField('initiative', () => InitiativeModel, {
    description:
      'The initiative applied for: its funding plan, analysis (economics) and benefits plan (benefits).',
  })
  initiative(@Parent() application: CoFinancingApplicationEntity, @Context() ctx: GraphQLContext) {
    return ctx.loaders.of(InitiativeLoaders).initiative.load(application.initiativeId);
  }

  @ResolveField('applicant', () => OrganisationModel, {
    description: "The applying agency: the initiative's owner.",
  })
  async applicant(@Parent() application: CoFinancingApplicationEntity, @Context() ctx: GraphQLContext) {
    const initiative = await ctx.loaders.of(InitiativeLoaders).initiative.load(application.initiativeId);
    return initiative ? ctx.loaders.of(OrganisationLoaders).organisation.load(initiative.ownerId) : null;
  }

  @ResolveField('partners', () => [OrganisationModel], {
    description: "The partners: the initiative's participants other than the owner, whatever their role.",
  })
  async partners(@Parent() application: CoFinancingApplicationEntity, @Context() ctx: GraphQLContext) {
    const initiative = await ctx.loaders.of(InitiativeLoaders).initiative.load(application.initiativeId);
    if (!initiative) return [];
    const participants = await ctx.loaders.of(InitiativeLoaders).participantsOfInitiative.load(initiative.id);
    const organisations = await ctx.loaders
      .of(OrganisationLoaders)
      .organisation.loadMany(
        participants.filter((p) => p.organisationId !== initiative.ownerId).map((p) => p.organisationId),
      );
    return organisations.filter((o) => o && !(o instanceof Error));
  }

  @ResolveField('eligibility', () => CoFinancingEligibilityModel, {
    complexity: computed(ALLOCATION_SUMMARY_POINTS),
    description: "The eligibility under the call's rule set, with the facts as they are now, explained.",
  })
  async eligibility(
    @Parent() application: CoFinancingApplicationEntity,
    @Context() ctx: GraphQLContext,
  ): Promise<CoFinancingEligibilityModel> {
    const assessment = await this.assessment(application, ctx.loaders);
    return eligibilityModel(assessment, errorLanguageOf(ctx.req.headers['accept-language']));
  }

  @ResolveField('economics', () => InitiativeEconomicsModel, {
    nullable: true,
    complexity: computed(ALLOCATION_SUMMARY_POINTS),
    description:
      "The initiative's socio-economic analysis with its own settings (the same as Initiative.economics): NPV, NPV per budget krone, sensitivity, period and price base; null if it cannot be made.",
  })
  async economics(
    @Parent() application: CoFinancingApplicationEntity,
    @Context() ctx: GraphQLContext,
  ): Promise<InitiativeEconomicsModel | null> {
    return (await this.assessment(application, ctx.loaders)).economics;
  }
}

@Resolver(() => InitiativeModel)
export class InitiativeCoFinancingResolver {
  constructor(private readonly service: CoFinancingService) {}

  @ResolveField('coFinancingApplications', () => [CoFinancingApplicationModel], {
    description:
      "The initiative's co-financing applications, newest first: for its owner organisation's users, the schemes' secretariat and administrators (empty for others).",
  })
  coFinancingApplications(@CurrentActor() actor: Actor, @Parent() initiative: InitiativeModel) {
    return this.service.applicationsOfInitiative(actor, initiative);
  }
}
