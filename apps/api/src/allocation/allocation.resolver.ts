import { Args, Context, ID, Info, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { GraphQLContext } from '../graphql/graphql-context.js';
import { selectedFields } from '../common/selection.js';
import { InitiativeLoaders } from '../initiative/initiative.loaders.js';
import type { InitiativeModel } from '../initiative/initiative.model.js';
import type { AllocationLineModel } from './allocation-line.model.js';
import { explanationLanguages } from './allocation-line.resolver.js';
import { GraphQLJSONObject } from 'graphql-scalars';
import type { Actor } from '../auth/actor.js';
import { CurrentActor } from '../auth/auth.decorators.js';
import { MoneyScalar } from '../common/scalars/money.scalar.js';
import { AllocationDriverModel } from './allocation-driver.model.js';
import { AllocationPage } from './allocation-page.model.js';
import { AllocationPreviewModel } from './allocation-preview.model.js';
import { AllocationQueryService } from './allocation-query.service.js';
import { AllocationRunModel } from './allocation-run.model.js';
import { AllocationService } from './allocation.service.js';
import { ExplanationLanguage } from './explanation-language.enum.js';
import { AllocationReconciliation } from './allocation-reconciliation.enum.js';
import { AllocationsArgs } from './dto/allocations.args.js';
import { AllocationDriversArgs, AllocationRunsArgs } from './dto/allocation-lists.args.js';
import { SetAllocationDriversInput } from './dto/set-allocation-drivers.input.js';
import { ALLOCATION_SUMMARY_POINTS, computed, listOf, MAX_MUNICIPALITY_ROWS } from '../graphql/complexity.js';
import { KeySpecInput } from '../cost-sharing-key/dto/key-spec.input.js';

@Resolver()
export class AllocationResolver {
  constructor(
    private readonly allocationService: AllocationService,
    private readonly allocationQuery: AllocationQueryService,
  ) {}

  @Query(() => AllocationPage, {
    description:
      'Allocation lines you may see (your organisation’s, your organisation’s initiatives’, your ministry’s as a reviewer; all for administrators), with totals over every matching line.',
  })
  async allocations(
    @CurrentActor() actor: Actor,
    @Args() args: AllocationsArgs,
    @Context() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<AllocationPage> {
    const initiativeSelected = selectedFields(info, ['nodes']).has('initiative');
    // The lines' initiatives are read by the page's own statement when the query selects only their
    // narrow columns (AllocationLineRepository.pageWithTotals); else in the one batch their field would
    // make, and attached. Either way AllocationLine.initiative answers them without a resolver call per
    // line (graphql/preloaded-fields.ts).
    const page = await this.allocationQuery.list(
      actor,
      args.filter ?? {},
      args.sort,
      args,
      initiativeSelected ? selectedFields(info, ['nodes', 'initiative']) : undefined,
      explanationLanguages(info),
    );
    const lines = page.nodes as AllocationLineModel[];
    const missing = lines.filter((line) => line.initiative === undefined);
    if (initiativeSelected && missing.length) {
      const initiatives = await ctx.loaders
        .of(InitiativeLoaders)
        .initiative.loadMany([...new Set(missing.map((line) => line.initiativeId))]);
      const byId = new Map<string, InitiativeModel>();
      for (const initiative of initiatives)
        if (initiative && !(initiative instanceof Error)) byId.set(initiative.id, initiative);
      for (const line of missing) line.initiative = byId.get(line.initiativeId);
    }
    return page;
  }

  @Query(() => [AllocationRunModel], {
    description:
      'Runs of an initiative, newest first (at most 500). For administrators, the owner organisation and the responsible ministry’s reviewers (FORBIDDEN otherwise).',
    complexity: listOf(500),
  })
  allocationRuns(
    @CurrentActor() actor: Actor,
    @Args() args: AllocationRunsArgs,
  ): Promise<AllocationRunModel[]> {
    return this.allocationService.runs(actor, args);
  }

  @Query(() => AllocationRunModel, {
    nullable: true,
    description:
      'One run. For administrators, the owner organisation and the responsible ministry’s reviewers (FORBIDDEN otherwise).',
  })
  allocationRun(
    @CurrentActor() actor: Actor,
    @Args('id', { description: 'The id of the allocation run.', type: () => ID }) id: string,
  ): Promise<AllocationRunModel> {
    return this.allocationService.findRun(actor, id);
  }

  @Query(() => [AllocationDriverModel], {
    complexity: listOf(MAX_MUNICIPALITY_ROWS),
    description:
      'Driver values entered for an initiative (not population). For administrators, the owner organisation and the responsible ministry’s reviewers (FORBIDDEN otherwise).',
  })
  allocationDrivers(
    @CurrentActor() actor: Actor,
    @Args() args: AllocationDriversArgs,
  ): Promise<AllocationDriverModel[]> {
    return this.allocationService.drivers(actor, args);
  }

  @Query(() => AllocationPreviewModel, {
    complexity: computed(ALLOCATION_SUMMARY_POINTS),
    description:
      'Splits the planned costs of the year (or `total`) by `spec`, by the current rules of `keyId`, or by the initiative’s key, without storing anything. For administrators, the owner organisation and the responsible ministry’s reviewers (FORBIDDEN otherwise).',
  })
  previewAllocation(
    @CurrentActor() actor: Actor,
    @Args('initiativeId', { description: "The initiative's id.", type: () => ID }) initiativeId: string,
    @Args('year', { description: 'The budget year whose cost items are allocated.', type: () => Int })
    year: number,
    @Args('keyId', {
      description:
        "A saved cost-sharing key whose current rules split the costs; empty: the initiative's own key. With spec: only its population year is used.",
      type: () => ID,
      nullable: true,
    })
    keyId?: string,
    @Args('spec', {
      description:
        'An unsaved cost-sharing key specification (JSON, as in a key version) to try instead of a saved key. Give keySpec instead.',
      type: () => GraphQLJSONObject,
      nullable: true,
      deprecationReason: 'Use keySpec (typed); spec is JSON without a schema.',
    })
    spec?: Record<string, unknown>,
    @Args('keySpec', {
      description:
        'An unsaved cost-sharing key, typed (as createCostSharingKey’s keySpec), to try instead of a saved key; not together with the deprecated spec.',
      type: () => KeySpecInput,
      nullable: true,
    })
    keySpec?: KeySpecInput | null,
    @Args('total', {
      description:
        "An amount in NOK (decimal string) to allocate instead of the sum of the year's planned cost items.",
      type: () => MoneyScalar,
      nullable: true,
    })
    total?: string,
    @Args('populationYear', {
      type: () => Int,
      nullable: true,
      description:
        "The year of the population figures (for a key being edited); null: the cost year. Left out: the key's own.",
    })
    populationYear?: number | null,
    @Args('language', {
      type: () => ExplanationLanguage,
      defaultValue: ExplanationLanguage.EN,
      description: 'The language of the lines’ explanations.',
    })
    language?: ExplanationLanguage,
  ): Promise<AllocationPreviewModel> {
    return this.allocationService.preview(actor, {
      initiativeId,
      year,
      keyId,
      spec,
      keySpec,
      total,
      populationYear,
      language,
    });
  }

  @Mutation(() => AllocationRunModel, {
    description:
      'Allocates the year’s cost items among the paying participants and stores an immutable run that supersedes the current one. Pass `supersedes` (the current run you saw, or null for none) to get CONFLICT if someone else ran in between.',
  })
  runAllocation(
    @CurrentActor() actor: Actor,
    @Args('initiativeId', { description: "The initiative's id.", type: () => ID }) initiativeId: string,
    @Args('year', { description: 'The budget year to allocate.', type: () => Int }) year: number,
    @Args('supersedes', {
      description:
        'The id of the current run you saw (null: none). When given and another run is current by then, the mutation fails with CONFLICT; left out: no check.',
      type: () => ID,
      nullable: true,
    })
    supersedes?: string | null,
    @Args('reconciliation', {
      type: () => AllocationReconciliation,
      defaultValue: AllocationReconciliation.REQUIRE_EXACT,
      description:
        'What to do when a key without a fixed total (PER_UNIT) does not allocate exactly its cost item’s planned amount: refuse (REQUIRE_EXACT, the default), set the cost item’s planned amount from the key, or accept and record the difference. A run whose keys reconcile is made whatever the choice.',
    })
    reconciliation?: AllocationReconciliation,
  ): Promise<AllocationRunModel> {
    return this.allocationService.run(actor, initiativeId, year, supersedes, reconciliation);
  }

  @Mutation(() => [AllocationDriverModel], {
    description:
      'Sets the values of one allocation driver (e.g. transactions) per organisation for an initiative and year; returns the stored drivers.',
  })
  setAllocationDrivers(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The initiative, year, driver name and the values per organisation.' })
    input: SetAllocationDriversInput,
  ): Promise<AllocationDriverModel[]> {
    return this.allocationService.setDrivers(actor, input);
  }
}
