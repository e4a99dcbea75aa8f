import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '../auth/actor.js';
import { CurrentActor } from '../auth/auth.decorators.js';
import { BenefitModel } from '../benefit/benefit.model.js';
import type { GraphQLContext } from '../graphql/graphql-context.js';
import { OrganisationModel } from '../organisation/organisation.model.js';
import { BenefitOwnerReportModel } from './benefit-owner-report.model.js';
import { BenefitOwnerReportService } from './benefit-owner-report.service.js';
import { SubmitBenefitOwnerReportInput } from './dto/submit-benefit-owner-report.input.js';
import { BenefitLoaders } from '../benefit/benefit.loaders.js';
import { OrganisationLoaders } from '../organisation/organisation.loaders.js';

@Resolver(() => BenefitOwnerReportModel)
export class BenefitOwnerReportResolver {
  constructor(private readonly reports: BenefitOwnerReportService) {}

  @Mutation(() => BenefitOwnerReportModel, {
    description:
      "Submits the benefit owner's report for a year (send `version` to replace an existing one): users of the initiative's owner or of the receiving organisation, and administrators.",
  })
  submitBenefitOwnerReport(
    @CurrentActor() actor: Actor,
    @Args('input', { description: "The benefit, the year and the owner's report." })
    input: SubmitBenefitOwnerReportInput,
  ): Promise<BenefitOwnerReportModel> {
    return this.reports.submit(actor, input);
  }

  @ResolveField(() => BenefitModel, { description: 'The benefit.' })
  benefit(@Parent() report: BenefitOwnerReportModel, @Context() ctx: GraphQLContext) {
    return ctx.loaders.of(BenefitLoaders).benefit.load(report.benefitId);
  }

  @ResolveField(() => OrganisationModel, { nullable: true, description: 'The organisation of the reporter.' })
  reportedByOrganisation(@Parent() report: BenefitOwnerReportModel, @Context() ctx: GraphQLContext) {
    return report.reportedByOrganisationId
      ? ctx.loaders.of(OrganisationLoaders).organisation.load(report.reportedByOrganisationId)
      : null;
  }
}
