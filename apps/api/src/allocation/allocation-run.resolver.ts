import { Args, Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '../auth/actor.js';
import { CurrentActor } from '../auth/auth.decorators.js';
import type { GraphQLContext } from '../graphql/graphql-context.js';
import { InitiativeModel } from '../initiative/initiative.model.js';
import { AllocationPage } from './allocation-page.model.js';
import { AllocationQueryService } from './allocation-query.service.js';
import { AllocationRunModel } from './allocation-run.model.js';

@Resolver(() => AllocationRunModel)
export class AllocationRunResolver {
  constructor(private readonly allocationQuery: AllocationQueryService) {}

  @ResolveField(() => InitiativeModel)
  initiative(@Parent() run: AllocationRunModel, @Context() ctx: GraphQLContext) {
    return ctx.loaders.initiative.load(run.initiativeId);
  }

  @ResolveField(() => AllocationPage, { description: 'The run’s lines that you may see.' })
  lines(
    @CurrentActor() actor: Actor,
    @Parent() run: AllocationRunModel,
    @Args('offset', { type: () => Int, defaultValue: 0 }) offset: number,
    @Args('limit', { type: () => Int, defaultValue: 50 }) limit: number,
  ): Promise<AllocationPage> {
    return this.allocationQuery.list(actor, { runId: run.id }, undefined, { offset, limit });
  }
}
