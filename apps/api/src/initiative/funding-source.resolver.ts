import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../graphql/graphql-context.js';
import { OrganisationModel } from '../organisation/organisation.model.js';
import { OrganisationLoaders } from '../organisation/organisation.loaders.js';
import { FundingSourceModel } from './funding-source.model.js';

@Resolver(() => FundingSourceModel)
export class FundingSourceResolver {
  @ResolveField(() => OrganisationModel, {
    nullable: true,
    description:
      'OWN_BUDGET: the organisation whose own budget it comes from (the owner unless another was named); OTHER: the external funder, if named; null for a grant (the scheme pays).',
  })
  organisation(@Parent() source: FundingSourceModel, @Context() ctx: GraphQLContext) {
    return source.organisationId
      ? ctx.loaders.of(OrganisationLoaders).organisation.load(source.organisationId)
      : null;
  }
}
