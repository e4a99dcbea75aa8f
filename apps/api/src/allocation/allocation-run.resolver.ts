import { Args, Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import type { Actor } from '../auth/actor.js';
import { CurrentActor } from '../auth/auth.decorators.js';
import type { GraphQLContext } from '../graphql/graphql-context.js';
import { InitiativeModel } from '../initiative/initiative.model.js';
import { AllocationPage } from './allocation-page.model.js';
import { AllocationQueryService } from './allocation-query.service.js';
import { AllocationRunModel } from './allocation-run.model.js';
import { assertCanSeeInitiativeFinancials } from './financial-access.js';
import { InitiativeLoaders } from '../initiative/initiative.loaders.js';
import { parseAmount } from '@gevinst/cost-model';
import { MoneyScalar } from '../common/scalars/money.scalar.js';
import { runKeysFixTotal } from './allocation-inputs.js';
import { type RunInputsView, runInputsView } from './allocation-run-inputs.js';
import { AllocationRunInputsModel } from './allocation-run-inputs.model.js';

@Resolver(() => AllocationRunModel)
export class AllocationRunResolver {
  constructor(private readonly allocationQuery: AllocationQueryService) {}

  @ResolveField(() => InitiativeModel, { description: 'The initiative.' })
  initiative(@Parent() run: AllocationRunModel, @Context() ctx: GraphQLContext) {
    return ctx.loaders.of(InitiativeLoaders).initiative.load(run.initiativeId);
  }

  /**
   * A run can be reached from a line the caller may see (`allocations { nodes { run { … } } }`), so the
   * whole-initiative fields are checked here too, whatever the path: the inputs name every participant's
   * figures and the e-mail of who ran it.
   */
  private async assertWholeInitiative(actor: Actor, run: AllocationRunModel, ctx: GraphQLContext) {
    const initiative = await ctx.loaders.of(InitiativeLoaders).initiative.load(run.initiativeId);
    // Deny by default: a run without its initiative is shown to administrators only.
    assertCanSeeInitiativeFinancials(actor, initiative ?? { ownerId: '', ministryId: '' });
  }

  @ResolveField(() => MoneyScalar, {
    description: 'NOK: what the run allocated of the planned costs (the same as plannedAmount).',
    deprecationReason: 'The same as plannedAmount: use plannedAmount.',
  })
  allocatedTotal(@Parent() run: AllocationRunModel): string {
    return run.plannedTotal;
  }

  @ResolveField(() => Boolean, { description: 'Whether the difference is zero (the run reconciles).' })
  reconciles(@Parent() run: AllocationRunModel): boolean {
    return parseAmount(run.difference, 'difference', { allowNegative: true }) === 0n;
  }

  @ResolveField(() => Boolean, {
    description:
      'Whether every key of the run always allocates exactly its cost item’s amount (false when a key is PER_UNIT).',
  })
  keyFixesTotal(@Parent() run: AllocationRunModel): boolean {
    return runKeysFixTotal(run.inputs);
  }

  @ResolveField(() => GraphQLJSONObject, {
    description:
      'Everything the run used, as JSON: cost items, key versions, participants and drivers. For administrators, the owner organisation and the responsible ministry’s reviewers (FORBIDDEN otherwise).',
    deprecationReason: 'Use runInputs.',
  })
  async inputs(
    @CurrentActor() actor: Actor,
    @Parent() run: AllocationRunModel,
    @Context() ctx: GraphQLContext,
  ): Promise<Record<string, unknown>> {
    await this.assertWholeInitiative(actor, run, ctx);
    return run.inputs;
  }

  @ResolveField(() => AllocationRunInputsModel, {
    description:
      'Everything the run used, typed: the cost items with the amounts allocated, the key versions with their rules and the paying participants. For administrators, the owner organisation and the responsible ministry’s reviewers (FORBIDDEN otherwise).',
  })
  async runInputs(
    @CurrentActor() actor: Actor,
    @Parent() run: AllocationRunModel,
    @Context() ctx: GraphQLContext,
  ): Promise<RunInputsView> {
    await this.assertWholeInitiative(actor, run, ctx);
    return runInputsView(run.inputs);
  }

  @ResolveField(() => String, {
    nullable: true,
    description:
      'Who ran it. For administrators, the owner organisation and the responsible ministry’s reviewers (FORBIDDEN otherwise).',
  })
  async createdByEmail(
    @CurrentActor() actor: Actor,
    @Parent() run: AllocationRunModel,
    @Context() ctx: GraphQLContext,
  ): Promise<string | null> {
    await this.assertWholeInitiative(actor, run, ctx);
    return run.createdByEmail;
  }

  @ResolveField(() => AllocationPage, { description: 'The run’s lines that you may see.' })
  lines(
    @CurrentActor() actor: Actor,
    @Parent() run: AllocationRunModel,
    @Args('offset', { description: 'How many lines to skip (default 0).', type: () => Int, defaultValue: 0 })
    offset: number,
    @Args('limit', { description: 'How many lines at most (default 50).', type: () => Int, defaultValue: 50 })
    limit: number,
  ): Promise<AllocationPage> {
    return this.allocationQuery.list(actor, { runId: run.id }, undefined, { offset, limit });
  }
}
