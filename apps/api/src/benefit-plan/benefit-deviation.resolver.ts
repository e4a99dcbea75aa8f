import { BenefitPlanStatus } from '@gevinst/domain';
import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { BenefitModel } from '../benefit/benefit.model.js';
import type { GraphQLContext } from '../graphql/graphql-context.js';
import { PlannedBenefitModel } from './benefit-plan.model.js';
import { BenefitPlanLoaders } from './benefit-plan.loaders.js';
import { toPlannedBenefitModel } from './benefit-plan.resolver.js';

/**
 * Benefit.deviatesFromPlan and Benefit.planInForce. Resolved here rather than in benefit/: the plan copies the benefits, so
 * benefit-plan/ depends on benefit/, and benefit/ must not depend back.
 */
@Resolver(() => BenefitModel)
export class BenefitDeviationResolver {
  @ResolveField(() => Boolean, {
    nullable: true,
    description:
      "Whether the benefit deviates from the initiative's approved benefits plan version in force (added since, or a planned figure or owner changed: see Initiative.benefitPlanDeviations); null when no version is in force.",
  })
  async deviatesFromPlan(
    @Parent() benefit: BenefitModel,
    @Context() ctx: GraphQLContext,
  ): Promise<boolean | null> {
    const loaders = ctx.loaders.of(BenefitPlanLoaders);
    const versions = await loaders.versionsOfInitiative.load(benefit.initiativeId);
    if (!versions.some((v) => v.status === BenefitPlanStatus.APPROVED)) return null;
    const deviations = await loaders.deviationsOfInitiative.load(benefit.initiativeId);
    return deviations.some((d) => d.benefitId === benefit.id);
  }

  @ResolveField(() => PlannedBenefitModel, {
    nullable: true,
    description:
      "The benefit as frozen in the initiative's approved benefits plan version in force: the baseline, targets and value per unit its realisation is measured against. Null when no version is in force or the benefit is not in it (added since).",
  })
  async planInForce(
    @Parent() benefit: BenefitModel,
    @Context() ctx: GraphQLContext,
  ): Promise<PlannedBenefitModel | null> {
    const versions = await ctx.loaders.of(BenefitPlanLoaders).versionsOfInitiative.load(benefit.initiativeId);
    const inForce = versions.find((v) => v.status === BenefitPlanStatus.APPROVED);
    const planned = inForce?.snapshot.benefits.find((b) => b.id === benefit.id);
    return planned ? toPlannedBenefitModel(planned) : null;
  }
}
