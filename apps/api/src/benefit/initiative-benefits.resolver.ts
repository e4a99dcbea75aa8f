import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../graphql/graphql-context.js';
import { InitiativeModel } from '../initiative/initiative.model.js';
import { BenefitModel } from './benefit.model.js';

@Resolver(() => InitiativeModel)
export class InitiativeBenefitsResolver {
  @ResolveField(() => [BenefitModel], {
    description: 'The benefits of the initiative, in the order they were added.',
  })
  benefits(@Parent() initiative: InitiativeModel, @Context() ctx: GraphQLContext) {
    return ctx.loaders.benefits.benefitsOfInitiative.load(initiative.id);
  }
}
