import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../graphql/graphql-context.js';
import { OrganisationModel } from '../organisation/organisation.model.js';
import { AllocationPreviewLineModel } from './allocation-preview-line.model.js';
import { OrganisationLoaders } from '../organisation/organisation.loaders.js';

@Resolver(() => AllocationPreviewLineModel)
export class AllocationPreviewLineResolver {
  @ResolveField(() => OrganisationModel, { description: 'The organisation.' })
  organisation(@Parent() line: AllocationPreviewLineModel, @Context() ctx: GraphQLContext) {
    return ctx.loaders.of(OrganisationLoaders).organisation.load(line.organisationId);
  }
}
