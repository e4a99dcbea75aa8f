import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '../auth/actor.js';
import { CurrentActor } from '../auth/auth.decorators.js';
import type { GraphQLContext } from '../graphql/graphql-context.js';
import { OrganisationModel } from '../organisation/organisation.model.js';
import { CostSharingKeyPage } from './cost-sharing-key-page.model.js';
import { CostSharingKeyVersionModel } from './cost-sharing-key-version.model.js';
import { CostSharingKeyModel } from './cost-sharing-key.model.js';
import { CostSharingKeyService } from './cost-sharing-key.service.js';
import { CostSharingKeysArgs } from './dto/cost-sharing-keys.args.js';
import { CreateCostSharingKeyInput } from './dto/create-cost-sharing-key.input.js';
import { UpdateCostSharingKeyInput } from './dto/update-cost-sharing-key.input.js';
import { CostSharingKeyLoaders } from './cost-sharing-key.loaders.js';
import { OrganisationLoaders } from '../organisation/organisation.loaders.js';
import { withFilter } from '../common/list-filter.js';

@Resolver(() => CostSharingKeyModel)
export class CostSharingKeyResolver {
  constructor(private readonly keyService: CostSharingKeyService) {}

  @Query(() => CostSharingKeyPage, { description: 'Cost-sharing keys (anyone signed in may read them).' })
  costSharingKeys(@Args() args: CostSharingKeysArgs): Promise<CostSharingKeyPage> {
    return this.keyService.list(withFilter(args));
  }

  @Query(() => CostSharingKeyModel, {
    nullable: true,
    description: 'One cost-sharing key by id; NOT_FOUND when there is none.',
  })
  costSharingKey(
    @Args('id', { description: 'The id of the cost sharing key.', type: () => ID }) id: string,
  ): Promise<CostSharingKeyModel> {
    return this.keyService.findById(id);
  }

  @Mutation(() => CostSharingKeyModel, { description: 'Creates a cost-sharing key with its first version.' })
  createCostSharingKey(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The values of the new cost sharing key.' })
    input: CreateCostSharingKeyInput,
  ): Promise<CostSharingKeyModel> {
    return this.keyService.create(actor, input);
  }

  @Mutation(() => CostSharingKeyModel, {
    description:
      'Changes a cost-sharing key at the version you read; changed rules of a version already used make a new key version.',
  })
  updateCostSharingKey(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The cost sharing key to change (id and version) and the changes.' })
    input: UpdateCostSharingKeyInput,
  ): Promise<CostSharingKeyModel> {
    return this.keyService.update(actor, input);
  }

  @ResolveField(() => OrganisationModel, { description: 'The organisation that owns the key.' })
  ownerOrganisation(@Parent() key: CostSharingKeyModel, @Context() ctx: GraphQLContext) {
    return ctx.loaders.of(OrganisationLoaders).organisation.load(key.ownerOrganisationId);
  }

  @ResolveField(() => CostSharingKeyVersionModel, { description: 'The rules in force.' })
  async current(@Parent() key: CostSharingKeyModel, @Context() ctx: GraphQLContext) {
    const versions = await ctx.loaders.of(CostSharingKeyLoaders).versionsOfKey.load(key.id);
    return versions.find((v) => v.versionNumber === key.currentVersion);
  }

  @ResolveField(() => [CostSharingKeyVersionModel], { description: 'Every version, newest first.' })
  versions(@Parent() key: CostSharingKeyModel, @Context() ctx: GraphQLContext) {
    return ctx.loaders.of(CostSharingKeyLoaders).versionsOfKey.load(key.id);
  }
}
