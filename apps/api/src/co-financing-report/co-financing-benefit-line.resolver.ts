import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { BenefitModel } from '../benefit/benefit.model.js';
import type { GraphQLContext } from '../graphql/graphql-context.js';
import { OrganisationModel } from '../organisation/organisation.model.js';
import { CoFinancingBenefitLineModel } from './co-financing-benefit-line.model.js';

@Resolver(() => CoFinancingBenefitLineModel)
export class CoFinancingBenefitLineResolver {
  @ResolveField(() => BenefitModel)
  benefit(@Parent() line: CoFinancingBenefitLineModel, @Context() ctx: GraphQLContext) {
    return ctx.loaders.benefits.benefit.load(line.benefitId);
  }

  @ResolveField(() => OrganisationModel, { nullable: true })
  receivingOrganisation(@Parent() line: CoFinancingBenefitLineModel, @Context() ctx: GraphQLContext) {
    return line.receivingOrganisationId ? ctx.loaders.organisation.load(line.receivingOrganisationId) : null;
  }
}
