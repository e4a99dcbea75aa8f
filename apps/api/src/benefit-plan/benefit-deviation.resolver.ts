import { BenefitPlanStatus } from '@gevinst/domain';
import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { BenefitModel } from '../benefit/benefit.model.js';
import type { GraphQLContext } from '../graphql/graphql-context.js';
import { BenefitPlanLoaders } from './benefit-plan.loaders.js';

/**
 * Benefit.deviatesFromPlan. Resolved here rather than in benefit/: the plan copies the benefits, so
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
}
