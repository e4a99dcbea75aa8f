import { Role, msg } from '@gevinst/domain';
import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '../auth/actor.js';
import { CurrentActor, RequireRoles } from '../auth/auth.decorators.js';
import { forbidden } from '../common/errors.js';
import type { GraphQLContext } from '../graphql/graphql-context.js';
import { OrganisationModel } from '../organisation/organisation.model.js';
import { CreateServiceAccountInput } from './dto/create-service-account.input.js';
import { CreateUserInput } from './dto/create-user.input.js';
import { UpdateUserInput } from './dto/update-user.input.js';
import { UsersArgs } from './dto/users.args.js';
import { UserPage } from './user-page.model.js';
import { CreateServiceAccountPayload, UserModel } from './user.model.js';
import { Payload, type PayloadMapper } from '../common/payload.js';
import { UserService } from './user.service.js';
import { OrganisationLoaders } from '../organisation/organisation.loaders.js';
import { withFilter } from '../common/list-filter.js';

@Resolver(() => UserModel)
export class UserResolver {
  constructor(private readonly userService: UserService) {}

  @RequireRoles(Role.ADMIN)
  @Query(() => UserPage, { description: 'Users (administrators).' })
  users(@Args() args: UsersArgs): Promise<UserPage> {
    return this.userService.list(withFilter(args));
  }

  @Query(() => UserModel, { nullable: true, description: 'A user: administrators, or yourself.' })
  async user(
    @CurrentActor() actor: Actor,
    @Args('id', { description: 'The id of the user.', type: () => ID }) id: string,
  ): Promise<UserModel> {
    if (id !== actor.userId && !actor.roles.includes(Role.ADMIN))
      throw forbidden(msg('ONLY_ADMINS_SEE_USERS'));
    return this.userService.findById(id);
  }

  @RequireRoles(Role.ADMIN)
  @Mutation(() => UserModel, { description: 'Creates a user account (administrators).' })
  createUser(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The values of the new user.' }) input: CreateUserInput,
  ): Promise<UserModel> {
    return this.userService.create(actor, input);
  }

  @RequireRoles(Role.ADMIN)
  @Mutation(() => CreateServiceAccountPayload, {
    description:
      'Creates a service account (administrators): a user without a password that acts only through API tokens (createApiToken with its userId).',
  })
  createServiceAccount(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The service account.' }) input: CreateServiceAccountInput,
    @Payload() payload: PayloadMapper,
  ): Promise<CreateServiceAccountPayload> {
    return payload.of(
      () => this.userService.createServiceAccount(actor, input),
      (serviceAccount) => ({ serviceAccount }),
      { serviceAccount: null },
    );
  }

  @RequireRoles(Role.ADMIN)
  @Mutation(() => UserModel, { description: 'Change name, organisation, roles, password, or deactivate.' })
  updateUser(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The user to change (id and version) and the changes.' })
    input: UpdateUserInput,
  ): Promise<UserModel> {
    return this.userService.update(actor, input);
  }

  @ResolveField(() => OrganisationModel, { description: 'The organisation.' })
  organisation(@Parent() user: UserModel, @Context() ctx: GraphQLContext) {
    return ctx.loaders.of(OrganisationLoaders).organisation.load(user.organisationId);
  }
}
