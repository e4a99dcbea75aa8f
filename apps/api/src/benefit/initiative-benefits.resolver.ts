import { RagStatus } from '@gevinst/domain';
import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { LocalDateScalar } from '../common/scalars/local-date.scalar.js';
import { todayInNorway } from '../common/today.js';
import type { GraphQLContext } from '../graphql/graphql-context.js';
import { InitiativeModel } from '../initiative/initiative.model.js';
import './benefit-enums.js';
import { BenefitModel } from './benefit.model.js';
import { BenefitLoaders } from './benefit.loaders.js';

@Resolver(() => InitiativeModel)
export class InitiativeBenefitsResolver {
  @ResolveField(() => [BenefitModel], {
    description: 'The benefits of the initiative, in the order they were added.',
  })
  benefits(@Parent() initiative: InitiativeModel, @Context() ctx: GraphQLContext) {
    return ctx.loaders.of(BenefitLoaders).benefitsOfInitiative.load(initiative.id);
  }

  @ResolveField(() => RagStatus, {
    nullable: true,
    description:
      'The overall RAG status at asOf (default today): the worst status of its benefits that are not cancelled; null when none has been assessed yet.',
  })
  rag(
    @Parent() initiative: InitiativeModel,
    @Context() ctx: GraphQLContext,
    @Args('asOf', {
      description: 'The date (YYYY-MM-DD) to assess at; empty: today (Norwegian time).',
      type: () => LocalDateScalar,
      nullable: true,
    })
    asOf?: string | null,
  ): Promise<RagStatus | null> {
    return ctx.loaders.of(BenefitLoaders).ragOfInitiative.load(`${initiative.id}|${asOf ?? todayInNorway()}`);
  }
}
