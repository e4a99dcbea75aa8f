import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '../auth/actor.js';
import { CurrentActor } from '../auth/auth.decorators.js';
import type { GraphQLContext } from '../graphql/graphql-context.js';
import { InitiativeModel } from '../initiative/initiative.model.js';
import { OrganisationModel } from '../organisation/organisation.model.js';
import { BenefitOwnerModel } from './benefit-owner.model.js';
import { BenefitPage } from './benefit-page.model.js';
import { BenefitRiskModel } from './benefit-risk.model.js';
import { BenefitModel } from './benefit.model.js';
import { BenefitService } from './benefit.service.js';
import { BenefitsArgs } from './dto/benefits.args.js';
import { CreateBenefitInput } from './dto/create-benefit.input.js';
import { UpdateBenefitInput } from './dto/update-benefit.input.js';
import { LocalDateScalar } from '../common/scalars/local-date.scalar.js';
import { IndicatorValueModel } from './indicator-value.model.js';
import { IndicatorModel } from './indicator.model.js';
import { BenefitLoaders } from './benefit.loaders.js';
import { InitiativeLoaders } from '../initiative/initiative.loaders.js';
import { OrganisationLoaders } from '../organisation/organisation.loaders.js';

@Resolver(() => BenefitModel)
export class BenefitResolver {
  constructor(private readonly benefitService: BenefitService) {}

  @Query(() => BenefitModel, {
    nullable: true,
    description: 'A benefit. Anyone signed in may read benefits (portfolio transparency).',
  })
  benefit(
    @Args('id', { description: 'The id of the benefit.', type: () => ID }) id: string,
  ): Promise<BenefitModel> {
    return this.benefitService.findById(id);
  }

  @Query(() => BenefitPage, { description: 'Benefits, filtered and paginated.' })
  benefits(@Args() args: BenefitsArgs): Promise<BenefitPage> {
    return this.benefitService.list(args.filter, args.sort, args);
  }

  @Mutation(() => BenefitModel, {
    description:
      "Adds a benefit to an initiative: initiative owners of the initiative's owner organisation, and administrators.",
  })
  createBenefit(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The values of the new benefit.' }) input: CreateBenefitInput,
  ): Promise<BenefitModel> {
    return this.benefitService.create(actor, input);
  }

  @Mutation(() => BenefitModel, { description: 'Changes a benefit, its targets and its risks.' })
  updateBenefit(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The benefit to change (id and version) and the changes.' })
    input: UpdateBenefitInput,
  ): Promise<BenefitModel> {
    return this.benefitService.update(actor, input);
  }

  @Mutation(() => ID, {
    description:
      'Deletes a benefit without measurements or benefit owner reports (otherwise set its status to CANCELLED). Returns its id.',
  })
  deleteBenefit(
    @CurrentActor() actor: Actor,
    @Args('id', { description: 'The id of the benefit to delete.', type: () => ID }) id: string,
    @Args('version', {
      description:
        'The version you last read; a different current version fails with a stale-version conflict.',
      type: () => Int,
    })
    version: number,
    @Args('changeReason', {
      type: () => String,
      nullable: true,
      description:
        'Why the benefit is deleted (at most 5,000 characters): recorded in the audit trail and shown with the deviations from the approved benefits plan.',
    })
    changeReason?: string | null,
  ): Promise<string> {
    return this.benefitService.delete(actor, id, version, changeReason);
  }

  @ResolveField(() => InitiativeModel, { description: 'The initiative.' })
  initiative(@Parent() benefit: BenefitModel, @Context() ctx: GraphQLContext) {
    return ctx.loaders.of(InitiativeLoaders).initiative.load(benefit.initiativeId);
  }

  @ResolveField(() => OrganisationModel, {
    nullable: true,
    description:
      'The organisation that receives the benefit (often not the one that pays); null for citizens and business.',
  })
  receivingOrganisation(@Parent() benefit: BenefitModel, @Context() ctx: GraphQLContext) {
    return benefit.receivingOrganisationId
      ? ctx.loaders.of(OrganisationLoaders).organisation.load(benefit.receivingOrganisationId)
      : null;
  }

  @ResolveField(() => BenefitOwnerModel, { description: 'The benefit owner (gevinsteier).' })
  owner(@Parent() benefit: BenefitModel): BenefitOwnerModel {
    return { name: benefit.ownerName, role: benefit.ownerRole, userId: benefit.ownerUserId };
  }

  @ResolveField(() => IndicatorModel, { description: 'The indicator the benefit is measured by.' })
  indicator(@Parent() benefit: BenefitModel): IndicatorModel {
    return {
      name: benefit.indicatorName,
      unit: benefit.indicatorUnit,
      direction: benefit.direction,
      kind: benefit.indicatorKind,
    };
  }

  @ResolveField(() => LocalDateScalar, {
    description:
      'The date from which the benefit is valued: effectStart, or the baseline date when none is given. Planned and realised NOK count nothing before it.',
  })
  effectiveEffectStart(@Parent() benefit: BenefitModel): string {
    return benefit.effectStart ?? benefit.baselineDate;
  }

  @ResolveField(() => IndicatorValueModel, { description: 'The baseline (nullpunktmåling).' })
  baseline(@Parent() benefit: BenefitModel): IndicatorValueModel {
    return { date: benefit.baselineDate, value: benefit.baselineValue };
  }

  @ResolveField(() => [IndicatorValueModel], { description: 'The planned trajectory, by date.' })
  async targets(
    @Parent() benefit: BenefitModel,
    @Context() ctx: GraphQLContext,
  ): Promise<IndicatorValueModel[]> {
    return (await ctx.loaders.of(BenefitLoaders).targetsOfBenefit.load(benefit.id)).map(
      ({ date, value }) => ({
        date,
        value,
      }),
    );
  }

  @ResolveField(() => [BenefitRiskModel], { description: "The risks to the benefit's realisation." })
  risks(@Parent() benefit: BenefitModel, @Context() ctx: GraphQLContext) {
    return ctx.loaders.of(BenefitLoaders).risksOfBenefit.load(benefit.id);
  }
}
