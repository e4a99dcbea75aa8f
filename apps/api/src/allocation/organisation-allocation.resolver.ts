import { Args, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '../auth/actor.js';
import { CurrentActor } from '../auth/auth.decorators.js';
import { OrganisationModel } from '../organisation/organisation.model.js';
import { AllocationQueryService } from './allocation-query.service.js';
import { AllocationSummaryModel } from './allocation-summary.model.js';
import { ALLOCATION_SUMMARY_POINTS, computed } from '../graphql/complexity.js';

@Resolver(() => OrganisationModel)
export class OrganisationAllocationResolver {
  constructor(private readonly allocationQuery: AllocationQueryService) {}

  @ResolveField(() => AllocationSummaryModel, {
    complexity: computed(ALLOCATION_SUMMARY_POINTS),
    description:
      'What the organisation is allocated in `year` across initiatives (current runs), within your rights: FORBIDDEN for another organisation unless you own or review initiatives.',
  })
  allocationSummary(
    @CurrentActor() actor: Actor,
    @Parent() organisation: OrganisationModel,
    @Args('year', { type: () => Int }) year: number,
  ): Promise<AllocationSummaryModel> {
    return this.allocationQuery.summary(actor, organisation.id, year);
  }
}
