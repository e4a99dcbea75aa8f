import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IdentityProvidersArgs } from './dto/identity-providers.args.js';
import type { Actor } from '../auth/actor.js';
import { CurrentActor, Public } from '../auth/auth.decorators.js';
import type { GraphQLContext } from '../graphql/graphql-context.js';
import { IdentityProviderInput, UpdateIdentityProviderInput } from './dto/identity-provider.input.js';
import { Payload, type PayloadMapper } from '../common/payload.js';
import {
  CreateIdentityProviderPayload,
  DeleteIdentityProviderPayload,
  IdentityProviderModel,
  SignInOptionsModel,
  SignOutPayload,
  UpdateIdentityProviderPayload,
} from './identity-provider.model.js';
import { OidcService } from './oidc.service.js';

@Resolver(() => IdentityProviderModel)
export class IdentityProviderResolver {
  constructor(private readonly oidc: OidcService) {}

  @Public()
  @Query(() => SignInOptionsModel, {
    description:
      'How one may sign in here: the password form (or not) and the enabled identity providers. Public.',
  })
  signInOptions(): Promise<SignInOptionsModel> {
    return this.oidc.signInOptions();
  }

  @Query(() => [IdentityProviderModel], {
    description: 'The OpenID Connect identity providers (administrators only; never their client secrets).',
  })
  identityProviders(
    @CurrentActor() actor: Actor,
    @Context() ctx: GraphQLContext,
    @Args() args: IdentityProvidersArgs,
  ): Promise<IdentityProviderModel[]> {
    return this.oidc.list(actor, ctx.req, args);
  }

  @Mutation(() => CreateIdentityProviderPayload, {
    description: 'Adds an identity provider (administrators; audited).',
  })
  createIdentityProvider(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The provider.' }) input: IdentityProviderInput,
    @Context() ctx: GraphQLContext,
    @Payload() payload: PayloadMapper,
  ): Promise<CreateIdentityProviderPayload> {
    return payload.of(
      () => this.oidc.create(actor, input, ctx.req),
      (identityProvider) => ({ identityProvider }),
      { identityProvider: null },
    );
  }

  @Mutation(() => UpdateIdentityProviderPayload, {
    description:
      'Changes an identity provider (administrators; audited). The one from the environment cannot be changed here.',
  })
  updateIdentityProvider(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID, description: 'The provider.' }) id: string,
    @Args('input', { description: 'Its new settings.' }) input: UpdateIdentityProviderInput,
    @Context() ctx: GraphQLContext,
    @Payload() payload: PayloadMapper,
  ): Promise<UpdateIdentityProviderPayload> {
    return payload.of(
      () => this.oidc.update(actor, id, input, ctx.req),
      (identityProvider) => ({ identityProvider }),
      { identityProvider: null },
    );
  }

  @Mutation(() => DeleteIdentityProviderPayload, {
    description: 'Removes an identity provider (administrators; audited). Its users keep their accounts.',
  })
  deleteIdentityProvider(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID, description: 'The provider.' }) id: string,
    @Payload() payload: PayloadMapper,
  ): Promise<DeleteIdentityProviderPayload> {
    return payload.of(
      () => this.oidc.delete(actor, id),
      () => ({ deletedId: id }),
      { deletedId: null },
    );
  }

  @Mutation(() => SignOutPayload, {
    description:
      "Ends the current session, like logout, and gives the identity provider's end-session URL when the session came from one.",
  })
  signOut(
    @CurrentActor() actor: Actor,
    @Context() ctx: GraphQLContext,
    @Payload() payload: PayloadMapper,
  ): Promise<SignOutPayload> {
    return payload.of(
      () => this.oidc.signOut(actor, ctx.req, ctx.res),
      (result) => result,
      { signedOut: false, endSessionUrl: null },
    );
  }
}
