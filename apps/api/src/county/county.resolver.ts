import { Args, Context, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../graphql/graphql-context.js';
import { PopulationModel } from '../population/models/population.model.js';
import { CountyModel } from './county.model.js';
import { CountyService } from './county.service.js';
import { listOf } from '../graphql/complexity.js';
import { CountyLoaders } from './county.loaders.js';
import { CountiesArgs } from './dto/counties.args.js';

@Resolver(() => CountyModel)
export class CountyResolver {
  constructor(private readonly countyService: CountyService) {}

  @Query(() => [CountyModel], { description: 'All 15 counties.', complexity: listOf(15) })
  counties(@Args() args: CountiesArgs): Promise<CountyModel[]> {
    return this.countyService.list(args);
  }

  @Query(() => CountyModel, {
    nullable: true,
    description: 'One county by its number; NOT_FOUND when there is none.',
  })
  county(
    @Args('number', { description: 'The two-digit county number, e.g. "46".' }) number: string,
  ): Promise<CountyModel> {
    return this.countyService.findByNumber(number);
  }

  @ResolveField(() => Int, {
    nullable: true,
    description: 'Inhabitants on 1 January of `year`; latest without one.',
  })
  async population(
    @Parent() county: CountyModel,
    @Context() ctx: GraphQLContext,
    @Args('year', {
      description: 'The year whose 1 January population is wanted; empty: the latest figure.',
      type: () => Int,
      nullable: true,
    })
    year?: number,
  ): Promise<number | null> {
    const populations = await ctx.loaders.of(CountyLoaders).populationsOfCounty.load(county.number);
    if (year === undefined || year === null) return populations.at(-1)?.value ?? null;
    return populations.find((population) => population.year === year)?.value ?? null;
  }

  @ResolveField(() => [PopulationModel], {
    description: "The county's inhabitants on 1 January, one entry per year known.",
  })
  populations(@Parent() county: CountyModel, @Context() ctx: GraphQLContext) {
    return ctx.loaders.of(CountyLoaders).populationsOfCounty.load(county.number);
  }
}
