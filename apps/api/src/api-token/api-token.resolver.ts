import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '../auth/actor.js';
import { CurrentActor } from '../auth/auth.decorators.js';
import { notFound } from '../common/errors.js';
import type { GraphQLContext } from '../graphql/graphql-context.js';
import { UserModel } from '../user/user.model.js';
import { ApiTokenPage } from './api-token-page.model.js';
import { ApiTokenModel } from './api-token.model.js';
import { ApiTokenService } from './api-token.service.js';
import { CreatedApiTokenModel } from './created-api-token.model.js';
import { ApiTokensArgs } from './dto/api-tokens.args.js';
import { CreateApiTokenInput } from './dto/create-api-token.input.js';
import { UserLoaders } from '../user/user.loaders.js';
import { withFilter } from '../common/list-filter.js';

@Resolver(() => ApiTokenModel)
export class ApiTokenResolver {
  constructor(private readonly tokens: ApiTokenService) {}

  @Query(() => ApiTokenPage, {
    description:
      'Your API tokens (never their secrets). Administrators may pass filter.userId, or filter.all: true.',
  })
  apiTokens(@CurrentActor() actor: Actor, @Args() args: ApiTokensArgs): Promise<ApiTokenPage> {
    return this.tokens.list(actor, withFilter(args));
  }

  @Mutation(() => CreatedApiTokenModel, {
    description: 'Creates a token for yourself; the secret is returned once.',
  })
  createApiToken(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The values of the new api token.' }) input: CreateApiTokenInput,
  ): Promise<CreatedApiTokenModel> {
    return this.tokens.create(actor, input);
  }

  @Mutation(() => ApiTokenModel, { description: 'Revokes a token at once.' })
  revokeApiToken(
    @CurrentActor() actor: Actor,
    @Args('id', { description: 'The id of the api token to revoke.', type: () => ID }) id: string,
  ): Promise<ApiTokenModel> {
    return this.tokens.revoke(actor, id);
  }

  @ResolveField(() => UserModel, { description: 'The user the token acts as.' })
  async owner(@Parent() token: ApiTokenModel, @Context() ctx: GraphQLContext): Promise<UserModel> {
    const user = await ctx.loaders.of(UserLoaders).user.load(token.userId);
    if (!user) throw notFound('User', token.userId);
    return user;
  }
}
