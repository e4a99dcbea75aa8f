import { Args, Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import type { Actor } from '../auth/actor.js';
import { CurrentActor } from '../auth/auth.decorators.js';
import { ALLOCATION_SUMMARY_POINTS, computed } from '../graphql/complexity.js';
import type { GraphQLContext } from '../graphql/graphql-context.js';
import { OrganisationModel } from '../organisation/organisation.model.js';
import { AllocationQueryService } from './allocation-query.service.js';
import { AllocationSummaryModel } from './allocation-summary.model.js';

type SummaryLoader = DataLoader<string, AllocationSummaryModel>;

@Resolver(() => OrganisationModel)
export class OrganisationAllocationResolver {
  /** One loader per request and year: a page of organisations asks for its summaries in one batch. */
  private readonly loaders = new WeakMap<GraphQLContext, Map<number, SummaryLoader>>();

  constructor(private readonly allocationQuery: AllocationQueryService) {}

  @ResolveField(() => AllocationSummaryModel, {
    complexity: computed(ALLOCATION_SUMMARY_POINTS),
    description:
      'What the organisation is allocated in `year` across initiatives (current runs), within your rights: FORBIDDEN for another organisation unless you own or review initiatives.',
  })
  allocationSummary(
    @CurrentActor() actor: Actor,
    @Context() ctx: GraphQLContext,
    @Parent() organisation: OrganisationModel,
    @Args('year', { description: 'The budget year.', type: () => Int }) year: number,
  ): Promise<AllocationSummaryModel> {
    return this.loaderFor(ctx, actor, year).load(organisation.id);
  }

  private loaderFor(ctx: GraphQLContext, actor: Actor, year: number): SummaryLoader {
    let byYear = this.loaders.get(ctx);
    if (!byYear) {
      byYear = new Map();
      this.loaders.set(ctx, byYear);
    }
    let loader = byYear.get(year);
    if (!loader) {
      loader = new DataLoader((ids) => this.allocationQuery.summaries(actor, ids, year));
      byYear.set(year, loader);
    }
    return loader;
  }
}
