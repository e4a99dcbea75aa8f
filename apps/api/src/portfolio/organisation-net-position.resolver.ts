import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../graphql/graphql-context.js';
import { OrganisationModel } from '../organisation/organisation.model.js';
import { OrganisationNetPositionModel } from './organisation-net-position.model.js';
import { OrganisationLoaders } from '../organisation/organisation.loaders.js';

@Resolver(() => OrganisationNetPositionModel)
export class OrganisationNetPositionResolver {
  @ResolveField(() => OrganisationModel, { description: 'The organisation.' })
  organisation(@Parent() position: OrganisationNetPositionModel, @Context() ctx: GraphQLContext) {
    return ctx.loaders.of(OrganisationLoaders).organisation.load(position.organisationId);
  }
}
