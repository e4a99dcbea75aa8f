import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '../auth/actor.js';
import { CurrentActor } from '../auth/auth.decorators.js';
import { ApiTokenModel } from './api-token.model.js';
import { ApiTokenService } from './api-token.service.js';
import { CreatedApiTokenModel } from './created-api-token.model.js';
import { CreateApiTokenInput } from './dto/create-api-token.input.js';

@Resolver(() => ApiTokenModel)
export class ApiTokenResolver {
  constructor(private readonly tokens: ApiTokenService) {}

  @Query(() => [ApiTokenModel], {
    description: 'Your API tokens (never their secrets). Administrators may pass userId, or all: true.',
  })
  apiTokens(
    @CurrentActor() actor: Actor,
    @Args('userId', { type: () => ID, nullable: true }) userId?: string,
    @Args('all', { nullable: true, defaultValue: false }) all?: boolean,
  ): Promise<ApiTokenModel[]> {
    return this.tokens.list(actor, userId, all ?? false);
  }

  @Mutation(() => CreatedApiTokenModel, {
    description: 'Creates a token for yourself; the secret is returned once.',
  })
  createApiToken(
    @CurrentActor() actor: Actor,
    @Args('input') input: CreateApiTokenInput,
  ): Promise<CreatedApiTokenModel> {
    return this.tokens.create(actor, input);
  }

  @Mutation(() => ApiTokenModel, { description: 'Revokes a token at once.' })
  revokeApiToken(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<ApiTokenModel> {
    return this.tokens.revoke(actor, id);
  }
}
