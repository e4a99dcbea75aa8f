import { Role } from '@gevinst/domain';
import { ArgsType, Field, ID } from '@nestjs/graphql';
import { PageArgs } from '../../common/pagination.js';
import { UserSort } from './user-sort.input.js';

@ArgsType()
export class UsersArgs extends PageArgs {
  @Field(() => ID, { nullable: true })
  organisationId?: string;

  @Field(() => Role, { nullable: true })
  role?: Role;

  @Field({ nullable: true, description: 'Matched against name and e-mail.' })
  search?: string;

  @Field({ nullable: true })
  active?: boolean;

  @Field(() => UserSort, { nullable: true, description: 'Default: by name.' })
  sort?: UserSort;
}
