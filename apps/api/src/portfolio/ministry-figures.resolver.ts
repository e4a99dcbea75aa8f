import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../graphql/graphql-context.js';
import { OrganisationModel } from '../organisation/organisation.model.js';
import { MinistryFiguresModel } from './ministry-figures.model.js';
import { OrganisationLoaders } from '../organisation/organisation.loaders.js';

@Resolver(() => MinistryFiguresModel)
export class MinistryFiguresResolver {
  @ResolveField(() => OrganisationModel, { description: 'The ministry.' })
  ministry(@Parent() figures: MinistryFiguresModel, @Context() ctx: GraphQLContext) {
    return ctx.loaders.of(OrganisationLoaders).organisation.load(figures.ministryId);
  }
}
