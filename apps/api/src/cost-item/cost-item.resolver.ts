import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '../auth/actor.js';
import { CurrentActor } from '../auth/auth.decorators.js';
import { CostSharingKeyModel } from '../cost-sharing-key/cost-sharing-key.model.js';
import type { GraphQLContext } from '../graphql/graphql-context.js';
import { InitiativeModel } from '../initiative/initiative.model.js';
import { bulkComplexity, bulkCounts, bulkItemError } from '../common/bulk.js';
import { Payload, type PayloadMapper } from '../common/payload.js';
import { BulkCostItemsPayload } from './bulk-cost-items.model.js';
import { CostItemPage } from './cost-item-page.model.js';
import { CostItemModel } from './cost-item.model.js';
import { CostItemService } from './cost-item.service.js';
import { CostItemsArgs } from './dto/cost-items.args.js';
import { CreateCostItemInput } from './dto/create-cost-item.input.js';
import { ImportCostItemInput } from './dto/import-cost-item.input.js';
import { UpdateCostItemInput } from './dto/update-cost-item.input.js';
import { CostSharingKeyLoaders } from '../cost-sharing-key/cost-sharing-key.loaders.js';
import { InitiativeLoaders } from '../initiative/initiative.loaders.js';
import { OrganisationModel } from '../organisation/organisation.model.js';
import { OrganisationLoaders } from '../organisation/organisation.loaders.js';

@Resolver(() => CostItemModel)
export class CostItemResolver {
  constructor(private readonly costItems: CostItemService) {}

  @Query(() => CostItemPage, {
    name: 'costItems',
    description:
      'Cost items across initiatives (or of one), sorted and paged, with the sums of all matching items.',
  })
  costItemPage(@Args() args: CostItemsArgs): Promise<CostItemPage> {
    return this.costItems.list(args);
  }

  @Mutation(() => CostItemModel, { description: 'Adds a cost item to an initiative (its editors).' })
  createCostItem(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The values of the new cost item.' }) input: CreateCostItemInput,
  ): Promise<CostItemModel> {
    return this.costItems.create(actor, input);
  }

  @Mutation(() => BulkCostItemsPayload, {
    description:
      "Imports many cost items at once (at most MAX_BATCH_SIZE, 250 by default) by their externalId, unique per initiative: an item new to the initiative is created, one stored with other values updated, one stored with the same values left alone (UNCHANGED), so a retried import makes no duplicate. Each item has the rules of createCostItem/updateCostItem (the initiative's editors) and its own savepoint in one transaction: a refused item is reported with its error and the others are stored.",
    complexity: bulkComplexity,
  })
  importCostItems(
    @CurrentActor() actor: Actor,
    @Args('input', {
      type: () => [ImportCostItemInput],
      description: 'The cost items to import; answered in the same order.',
    })
    input: ImportCostItemInput[],
    @Payload() payload: PayloadMapper,
  ): Promise<BulkCostItemsPayload> {
    return payload.of(
      () => this.costItems.importMany(actor, input),
      (results) => ({
        results: results.map((result) => ({
          index: result.index,
          status: result.status,
          costItem: result.entity,
          error: result.error && bulkItemError(result.error, payload.language),
        })),
        ...bulkCounts(results),
      }),
      { results: [], created: 0, updated: 0, unchanged: 0, failed: 0 },
    );
  }

  @Mutation(() => CostItemModel, {
    description: 'Changes a cost item at the version you read; stored allocation runs are not affected.',
  })
  updateCostItem(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The cost item to change (id and version) and the changes.' })
    input: UpdateCostItemInput,
  ): Promise<CostItemModel> {
    return this.costItems.update(actor, input);
  }

  @Mutation(() => Boolean, { description: 'Deletes a cost item; stored allocation runs are not affected.' })
  deleteCostItem(
    @CurrentActor() actor: Actor,
    @Args('id', { description: 'The id of the cost item to delete.', type: () => ID }) id: string,
    @Args('version', {
      description:
        'The version you last read; a different current version fails with a stale-version conflict.',
      type: () => Int,
    })
    version: number,
  ): Promise<boolean> {
    return this.costItems.remove(actor, id, version);
  }

  @ResolveField(() => InitiativeModel, { description: 'The initiative.' })
  initiative(@Parent() item: CostItemModel, @Context() ctx: GraphQLContext) {
    return ctx.loaders.of(InitiativeLoaders).initiative.load(item.initiativeId);
  }

  @ResolveField(() => CostSharingKeyModel, {
    nullable: true,
    description: "The item's own key; null means the initiative's key applies.",
  })
  costSharingKey(@Parent() item: CostItemModel, @Context() ctx: GraphQLContext) {
    return item.costSharingKeyId
      ? ctx.loaders.of(CostSharingKeyLoaders).costSharingKey.load(item.costSharingKeyId)
      : null;
  }

  @ResolveField(() => OrganisationModel, {
    nullable: true,
    description:
      "With fundingScheme OWN_BUDGET: the organisation whose own budget pays the item, when another than the owner was named; null otherwise (the owner's own budget, or the scheme).",
  })
  payingOrganisation(@Parent() item: CostItemModel, @Context() ctx: GraphQLContext) {
    return item.payingOrganisationId
      ? ctx.loaders.of(OrganisationLoaders).organisation.load(item.payingOrganisationId)
      : null;
  }
}
