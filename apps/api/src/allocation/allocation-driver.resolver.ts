import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../graphql/graphql-context.js';
import { OrganisationModel } from '../organisation/organisation.model.js';
import { AllocationDriverModel } from './allocation-driver.model.js';
import { OrganisationLoaders } from '../organisation/organisation.loaders.js';

@Resolver(() => AllocationDriverModel)
export class AllocationDriverResolver {
  @ResolveField(() => OrganisationModel, { description: 'The organisation.' })
  organisation(@Parent() driver: AllocationDriverModel, @Context() ctx: GraphQLContext) {
    return ctx.loaders.of(OrganisationLoaders).organisation.load(driver.organisationId);
  }
}
