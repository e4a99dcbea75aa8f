import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { BenefitModel } from '../benefit/benefit.model.js';
import type { GraphQLContext } from '../graphql/graphql-context.js';
import { BenefitOwnerReportModel } from './benefit-owner-report.model.js';
import { BenefitReportLoaders } from './benefit-report.loaders.js';

/**
 * Benefit.ownerReports. Resolved here rather than in benefit/: a report belongs to a benefit
 * (BenefitOwnerReport.benefit), so benefit-report/ depends on benefit/, and benefit/ must not depend back.
 */
@Resolver(() => BenefitModel)
export class BenefitOwnerReportsResolver {
  @ResolveField(() => [BenefitOwnerReportModel], {
    description: "The benefit owner's yearly reports (assessment and comment), newest year first.",
  })
  ownerReports(@Parent() benefit: BenefitModel, @Context() ctx: GraphQLContext) {
    return ctx.loaders.of(BenefitReportLoaders).ownerReportsOfBenefit.load(benefit.id);
  }
}
