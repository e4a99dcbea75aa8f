import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../graphql/graphql-context.js';
import { InitiativeModel } from '../initiative/initiative.model.js';
import { AllocationSummaryItemModel } from './allocation-summary-item.model.js';
import { InitiativeLoaders } from '../initiative/initiative.loaders.js';

@Resolver(() => AllocationSummaryItemModel)
export class AllocationSummaryItemResolver {
  @ResolveField(() => InitiativeModel, { description: 'The initiative.' })
  initiative(@Parent() item: AllocationSummaryItemModel, @Context() ctx: GraphQLContext) {
    return ctx.loaders.of(InitiativeLoaders).initiative.load(item.initiativeId);
  }
}
