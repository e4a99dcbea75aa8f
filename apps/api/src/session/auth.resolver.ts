import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../graphql/graphql-context.js';
import { UserModel } from '../user/user.model.js';
import { UserService } from '../user/user.service.js';
import type { Actor } from '../auth/actor.js';
import { AuthPayloadModel } from './auth-payload.model.js';
import { CurrentActor, Public } from '../auth/auth.decorators.js';
import { AuthService } from './auth.service.js';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UserService,
  ) {}

  @Public()
  @Mutation(() => AuthPayloadModel, {
    description:
      'Signs in. Repeated failures are throttled (LOGIN_MAX_FAILURES per account and window). A session ' +
      'ends after SESSION_TTL_HOURS, or earlier after SESSION_IDLE_MINUTES without use.',
  })
  login(
    @Args('email', { description: "The user's e-mail address." }) email: string,
    @Args('password', { description: "The user's password." }) password: string,
    @Context() ctx: GraphQLContext,
  ): Promise<AuthPayloadModel> {
    return this.auth.login(email, password, ctx.req, ctx.res);
  }

  @Mutation(() => Boolean, {
    description:
      'Changes your own password (signed in as a person; an API token cannot). `currentPassword` must be ' +
      'right (wrong ones are throttled like failed sign-ins); `newPassword` must be at least 12 characters ' +
      'and not one of the most common passwords. Ends all your other sessions and revokes all your API ' +
      'tokens; this session goes on.',
  })
  changePassword(
    @CurrentActor() actor: Actor,
    @Args('currentPassword', { description: 'Your password now.' }) currentPassword: string,
    @Args('newPassword', { description: 'The new password.' }) newPassword: string,
    @Context() ctx: GraphQLContext,
  ): Promise<boolean> {
    return this.auth.changePassword(actor, currentPassword, newPassword, ctx.req);
  }

  @Mutation(() => Boolean, { description: 'Ends the current session.' })
  logout(@CurrentActor() actor: Actor, @Context() ctx: GraphQLContext): Promise<boolean> {
    return this.auth.logout(actor, ctx.res);
  }

  @Query(() => UserModel, { description: 'The signed-in user (or the owner of the API token).' })
  me(@CurrentActor() actor: Actor): Promise<UserModel> {
    return this.users.findById(actor.userId);
  }
}
