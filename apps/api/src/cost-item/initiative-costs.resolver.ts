import { Args, Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CostSharingKeyModel } from '../cost-sharing-key/cost-sharing-key.model.js';
import type { GraphQLContext } from '../graphql/graphql-context.js';
import { InitiativeModel } from '../initiative/initiative.model.js';
import { CostItemModel } from './cost-item.model.js';
import { CostItemLoaders } from './cost-item.loaders.js';
import { CostSharingKeyLoaders } from '../cost-sharing-key/cost-sharing-key.loaders.js';

@Resolver(() => InitiativeModel)
export class InitiativeCostsResolver {
  @ResolveField(() => [CostItemModel], { description: 'Cost items, by year; all years without `year`.' })
  async costItems(
    @Parent() initiative: InitiativeModel,
    @Context() ctx: GraphQLContext,
    @Args('year', {
      description: 'Only the cost items of this year; empty: all years.',
      type: () => Int,
      nullable: true,
    })
    year?: number,
  ) {
    const items = await ctx.loaders.of(CostItemLoaders).costItemsOfInitiative.load(initiative.id);
    return year === undefined || year === null ? items : items.filter((item) => item.year === year);
  }

  @ResolveField(() => CostSharingKeyModel, {
    nullable: true,
    description: "The initiative's default cost-sharing key.",
  })
  costSharingKey(@Parent() initiative: InitiativeModel, @Context() ctx: GraphQLContext) {
    return initiative.costSharingKeyId
      ? ctx.loaders.of(CostSharingKeyLoaders).costSharingKey.load(initiative.costSharingKeyId)
      : null;
  }
}
