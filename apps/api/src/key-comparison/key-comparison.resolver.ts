import { Args, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '../auth/actor.js';
import { CurrentActor } from '../auth/auth.decorators.js';
import { ALLOCATION_SUMMARY_POINTS, computed } from '../graphql/complexity.js';
import { KeyComparisonInput } from './dto/key-comparison.input.js';
import { KeyComparisonModel } from './key-comparison.model.js';
import { KeyComparisonService } from './key-comparison.service.js';

@Resolver()
export class KeyComparisonResolver {
  constructor(private readonly comparisons: KeyComparisonService) {}

  @Query(() => KeyComparisonModel, {
    complexity: computed(ALLOCATION_SUMMARY_POINTS),
    description:
      'Compares two to five cost-sharing keys (existing keys of the initiative and drafts) on the initiative’s cost items of a year: per paying participant the amount under each key — exactly what a run with that key would store — and the difference from the reference key in NOK and per inhabitant, with gainers and losers by administrative level and county. Nothing is stored. Every row for administrators, the owner organisation and the responsible ministry’s reviewers; a paying participant’s users see their own row only; FORBIDDEN otherwise. Also as a workbook at GET /api/exports/key-comparison.xlsx.',
  })
  keyComparison(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The keys (or key versions) to compare, the scope and the order.' })
    input: KeyComparisonInput,
  ): Promise<KeyComparisonModel> {
    return this.comparisons.compare(actor, input);
  }
}
