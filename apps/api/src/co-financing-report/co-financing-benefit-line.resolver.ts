import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { BenefitModel } from '../benefit/benefit.model.js';
import type { GraphQLContext } from '../graphql/graphql-context.js';
import { OrganisationModel } from '../organisation/organisation.model.js';
import { CoFinancingBenefitLineModel } from './co-financing-benefit-line.model.js';
import { BenefitLoaders } from '../benefit/benefit.loaders.js';
import { OrganisationLoaders } from '../organisation/organisation.loaders.js';

@Resolver(() => CoFinancingBenefitLineModel)
export class CoFinancingBenefitLineResolver {
  @ResolveField(() => BenefitModel, { description: 'The benefit.' })
  benefit(@Parent() line: CoFinancingBenefitLineModel, @Context() ctx: GraphQLContext) {
    return ctx.loaders.of(BenefitLoaders).benefit.load(line.benefitId);
  }

  @ResolveField(() => OrganisationModel, {
    description: 'The organisation that receives the benefit; empty when none is named.',
    nullable: true,
  })
  receivingOrganisation(@Parent() line: CoFinancingBenefitLineModel, @Context() ctx: GraphQLContext) {
    return line.receivingOrganisationId
      ? ctx.loaders.of(OrganisationLoaders).organisation.load(line.receivingOrganisationId)
      : null;
  }
}
