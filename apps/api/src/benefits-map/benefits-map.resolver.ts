import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '../auth/actor.js';
import { CurrentActor } from '../auth/auth.decorators.js';
import type { GraphQLContext } from '../graphql/graphql-context.js';
import { InitiativeModel } from '../initiative/initiative.model.js';
import { BenefitsMapEdgeModel } from './benefits-map-edge.model.js';
import { BenefitsMapModel } from './benefits-map.model.js';
import { BenefitsMapService } from './benefits-map.service.js';
import { AddBenefitsMapEdgeInput } from './dto/add-benefits-map-edge.input.js';
import { CreateEnablerInput } from './dto/create-enabler.input.js';
import { UpdateEnablerInput } from './dto/update-enabler.input.js';
import { EnablerModel } from './enabler.model.js';
import { InitiativeLoaders } from '../initiative/initiative.loaders.js';

@Resolver(() => BenefitsMapModel)
export class BenefitsMapResolver {
  constructor(private readonly maps: BenefitsMapService) {}

  @Query(() => BenefitsMapModel, {
    nullable: true,
    description:
      'The benefits map (gevinstkart) of an initiative: enablers and benefits, and their dependencies.',
  })
  benefitsMap(
    @Args('initiativeId', { description: "The initiative's id.", type: () => ID }) initiativeId: string,
  ): Promise<BenefitsMapModel> {
    return this.maps.map(initiativeId);
  }

  @Mutation(() => EnablerModel, {
    description: 'Adds a deliverable or change to an initiative’s benefits map.',
  })
  createEnabler(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The values of the new enabler.' }) input: CreateEnablerInput,
  ): Promise<EnablerModel> {
    return this.maps.createEnabler(actor, input);
  }

  @Mutation(() => EnablerModel, { description: 'Changes an enabler at the version you read.' })
  updateEnabler(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The enabler to change (id and version) and the changes.' })
    input: UpdateEnablerInput,
  ): Promise<EnablerModel> {
    return this.maps.updateEnabler(actor, input);
  }

  @Mutation(() => ID, { description: 'Deletes an enabler and its dependencies. Returns its id.' })
  deleteEnabler(
    @CurrentActor() actor: Actor,
    @Args('id', { description: 'The id of the enabler to delete.', type: () => ID }) id: string,
    @Args('version', {
      description:
        'The version you last read; a different current version fails with a stale-version conflict.',
      type: () => Int,
    })
    version: number,
  ): Promise<string> {
    return this.maps.deleteEnabler(actor, id, version);
  }

  @Mutation(() => BenefitsMapEdgeModel, {
    description:
      'Adds a dependency "from → to" (to depends on from) between benefits and enablers of one initiative. Refuses cycles (BAD_USER_INPUT naming the cycle) and duplicates (CONFLICT).',
  })
  addBenefitsMapEdge(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The two nodes to connect: from an enabler or benefit to a benefit.' })
    input: AddBenefitsMapEdgeInput,
  ): Promise<BenefitsMapEdgeModel> {
    return this.maps.addEdge(actor, input);
  }

  @Mutation(() => ID, { description: 'Removes a dependency from a benefits map. Returns its id.' })
  removeBenefitsMapEdge(
    @CurrentActor() actor: Actor,
    @Args('id', { description: 'The id of the benefits map edge to remove.', type: () => ID }) id: string,
  ): Promise<string> {
    return this.maps.removeEdge(actor, id);
  }

  @ResolveField(() => InitiativeModel, { description: 'The initiative.' })
  initiative(@Parent() map: BenefitsMapModel, @Context() ctx: GraphQLContext) {
    return ctx.loaders.of(InitiativeLoaders).initiative.load(map.initiativeId);
  }
}
