import { Role } from '@gevinst/domain';
import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { PageArgs } from '../../common/pagination.js';
import { UserSort } from './user-sort.input.js';

@InputType({ description: 'Which users to list; every field given narrows the list.' })
export class UserFilter {
  @Field(() => ID, { nullable: true, description: 'Only users of this organisation.' })
  organisationId?: string;

  @Field(() => Role, { nullable: true, description: 'Only users with this role.' })
  role?: Role;

  @Field({ nullable: true, description: 'Matched against name and e-mail.' })
  search?: string;

  @Field({ nullable: true, description: 'True: only active users; false: only deactivated ones.' })
  active?: boolean;
}

@ArgsType()
export class UsersArgs extends PageArgs {
  @Field(() => UserFilter, { nullable: true, description: 'Which users (replaces the loose arguments).' })
  filter?: UserFilter;

  @Field(() => ID, {
    nullable: true,
    description: 'Only users of this organisation.',
    deprecationReason: 'Use filter.organisationId.',
  })
  organisationId?: string;

  @Field(() => Role, {
    nullable: true,
    description: 'Only users with this role.',
    deprecationReason: 'Use filter.role.',
  })
  role?: Role;

  @Field({
    nullable: true,
    description: 'Matched against name and e-mail.',
    deprecationReason: 'Use filter.search.',
  })
  search?: string;

  @Field({ nullable: true, description: 'True: only active users.', deprecationReason: 'Use filter.active.' })
  active?: boolean;

  @Field(() => UserSort, { nullable: true, description: 'Default: by name.' })
  sort?: UserSort;
}
