import {
  type AttributedPlanChange,
  BenefitPlanStatus,
  type PlannedBenefit,
  diffBenefitPlans,
} from '@gevinst/domain';
import {
  Args,
  Context,
  GraphQLISODateTime,
  ID,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import type { Actor } from '../auth/actor.js';
import { CurrentActor } from '../auth/auth.decorators.js';
import type { GraphQLContext } from '../graphql/graphql-context.js';
import { InitiativeLoaders } from '../initiative/initiative.loaders.js';
import { InitiativeModel } from '../initiative/initiative.model.js';
import {
  BenefitPlanChangeModel,
  BenefitPlanVersionModel,
  PlannedBenefitModel,
} from './benefit-plan.model.js';
import { BenefitPlanLoaders } from './benefit-plan.loaders.js';
import { BenefitPlanService } from './benefit-plan.service.js';

/** A change as the GraphQL type has it (the timestamp as a Date). */
export function toChangeModel(change: AttributedPlanChange): BenefitPlanChangeModel {
  return { ...change, changedAt: change.changedAt ? new Date(change.changedAt) : null };
}

/** A frozen benefit as the GraphQL type has it. */
export function toPlannedBenefitModel(benefit: PlannedBenefit): PlannedBenefitModel {
  return {
    id: benefit.id,
    title: benefit.title,
    category: benefit.category,
    status: benefit.status,
    isDisBenefit: benefit.isDisBenefit,
    receivingOrganisationId: benefit.receivingOrganisationId,
    owner: { name: benefit.ownerName, role: benefit.ownerRole, userId: benefit.ownerUserId },
    indicator: {
      name: benefit.indicatorName,
      unit: benefit.indicatorUnit,
      direction: benefit.direction,
      kind: benefit.indicatorKind,
    },
    baseline: { date: benefit.baselineDate, value: benefit.baselineValue },
    effectStart: benefit.effectStart,
    valuePerUnit: benefit.valuePerUnit,
    targets: benefit.targets.map(({ date, value }) => ({ date, value })),
  };
}

const WAS_APPROVED = new Set([BenefitPlanStatus.APPROVED, BenefitPlanStatus.SUPERSEDED]);

@Resolver(() => BenefitPlanVersionModel)
export class BenefitPlanResolver {
  constructor(private readonly plans: BenefitPlanService) {}

  @Query(() => BenefitPlanVersionModel, {
    nullable: true,
    description: "A version of an initiative's binding benefits plan. Anyone signed in may read it.",
  })
  benefitPlanVersion(
    @Args('id', { description: 'The id of the benefit plan version.', type: () => ID }) id: string,
  ) {
    return this.plans.findById(id);
  }

  @Mutation(() => BenefitPlanVersionModel, {
    description:
      "Proposes the initiative's live benefits as the next version of its binding benefits plan (PROPOSED), with a reason: initiative owners of the owner organisation and administrators. One proposal at a time; not when the benefits are as in the version in force.",
  })
  proposeBenefitPlanVersion(
    @CurrentActor() actor: Actor,
    @Args('initiativeId', {
      description: 'The initiative whose benefits plan is frozen into a proposed version.',
      type: () => ID,
    })
    initiativeId: string,
    @Args('reason', { description: 'Why the plan is proposed or changed (at most 5,000 characters).' })
    reason: string,
  ) {
    return this.plans.propose(actor, initiativeId, reason);
  }

  @Mutation(() => BenefitPlanVersionModel, {
    description:
      "Approves a proposed benefits plan version: it becomes the version in force (the one before it SUPERSEDED), against which realisation is measured from now on. The funding schemes' secretariat (SCHEME_ADMINISTRATOR) and administrators.",
  })
  approveBenefitPlanVersion(
    @CurrentActor() actor: Actor,
    @Args('id', { description: 'The id of the benefit plan version to approve.', type: () => ID }) id: string,
    @Args('note', {
      type: () => String,
      nullable: true,
      description: 'A note with the decision (at most 5,000 characters).',
    })
    note?: string | null,
  ) {
    return this.plans.approve(actor, id, note);
  }

  @Mutation(() => BenefitPlanVersionModel, {
    description:
      "Rejects a proposed benefits plan version (the version in force stays): the funding schemes' secretariat (SCHEME_ADMINISTRATOR) and administrators.",
  })
  rejectBenefitPlanVersion(
    @CurrentActor() actor: Actor,
    @Args('id', { description: 'The id of the benefit plan version to reject.', type: () => ID }) id: string,
    @Args('note', {
      type: () => String,
      nullable: true,
      description: 'Why it is rejected (at most 5,000 characters).',
    })
    note?: string | null,
  ) {
    return this.plans.reject(actor, id, note);
  }

  @ResolveField(() => InitiativeModel, { description: 'The initiative.' })
  initiative(@Parent() version: BenefitPlanVersionModel, @Context() ctx: GraphQLContext) {
    return ctx.loaders.of(InitiativeLoaders).initiative.load(version.initiativeId);
  }

  @ResolveField(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When it was approved (APPROVED or SUPERSEDED); null otherwise.',
  })
  approvedAt(@Parent() version: BenefitPlanVersionModel): Date | null {
    return WAS_APPROVED.has(version.status) ? version.decidedAt : null;
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'Who approved it (name; APPROVED or SUPERSEDED); null otherwise.',
  })
  approvedBy(@Parent() version: BenefitPlanVersionModel): string | null {
    return WAS_APPROVED.has(version.status) ? version.decidedByName : null;
  }

  @ResolveField(() => [PlannedBenefitModel], {
    description: 'The benefits as frozen, in the order they were added.',
  })
  benefits(@Parent() version: BenefitPlanVersionModel): PlannedBenefitModel[] {
    return version.snapshot.benefits.map(toPlannedBenefitModel);
  }

  @ResolveField(() => [BenefitPlanChangeModel], {
    description:
      'What this version changes from the latest version approved before it (numbered lower, APPROVED or SUPERSEDED); for the first, every benefit as BENEFIT_ADDED. Who/when/why are not filled here (see Initiative.benefitPlanDeviations for them).',
  })
  async changes(@Parent() version: BenefitPlanVersionModel, @Context() ctx: GraphQLContext) {
    const versions = await ctx.loaders.of(BenefitPlanLoaders).versionsOfInitiative.load(version.initiativeId);
    const previous = versions.find(
      (v) => v.versionNumber < version.versionNumber && WAS_APPROVED.has(v.status),
    );
    return diffBenefitPlans(previous?.snapshot ?? { benefits: [] }, version.snapshot).map((change) => ({
      ...change,
      changedAt: null,
      changedBy: null,
      reason: null,
    }));
  }
}

@Resolver(() => InitiativeModel)
export class InitiativeBenefitPlanResolver {
  @ResolveField(() => [BenefitPlanVersionModel], {
    description: 'The versions of its binding benefits plan, newest first (every status).',
  })
  benefitPlanVersions(@Parent() initiative: InitiativeModel, @Context() ctx: GraphQLContext) {
    return ctx.loaders.of(BenefitPlanLoaders).versionsOfInitiative.load(initiative.id);
  }

  @ResolveField(() => BenefitPlanVersionModel, {
    nullable: true,
    description:
      'The approved benefits plan version in force: realisation, RAG, planned values and economics are measured against its frozen baselines, targets and values per unit (the measurements are live); null when none has been approved (then the live benefits count).',
  })
  async benefitPlanInForce(@Parent() initiative: InitiativeModel, @Context() ctx: GraphQLContext) {
    const versions = await ctx.loaders.of(BenefitPlanLoaders).versionsOfInitiative.load(initiative.id);
    return versions.find((v) => v.status === BenefitPlanStatus.APPROVED) ?? null;
  }

  @ResolveField(() => [BenefitPlanChangeModel], {
    description:
      'Every deviation of the live benefits (the working draft) from the version in force: benefits added or removed and fields changed from → to, with when, by whom and why from the audit trail; [] when none is in force. A deviation counts in no figure until a new version is approved.',
  })
  async benefitPlanDeviations(@Parent() initiative: InitiativeModel, @Context() ctx: GraphQLContext) {
    return (await ctx.loaders.of(BenefitPlanLoaders).deviationsOfInitiative.load(initiative.id)).map(
      toChangeModel,
    );
  }
}
