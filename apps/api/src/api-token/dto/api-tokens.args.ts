import { ArgsType, Field, ID } from '@nestjs/graphql';
import { PageArgs } from '../../common/pagination.js';
import { ApiTokenSort } from './api-token-sort.input.js';

@ArgsType()
export class ApiTokensArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: "Another user's tokens (administrators only)." })
  userId?: string;

  @Field({ defaultValue: false, description: "Everybody's tokens (administrators only)." })
  all: boolean = false;

  @Field({
    nullable: true,
    description:
      'True: only tokens that still work (not revoked, not expired); false: only those that do not.',
  })
  active?: boolean;

  @Field({ nullable: true, description: "Matched against the token's name and prefix." })
  search?: string;

  @Field(() => ApiTokenSort, { nullable: true, description: 'Default: newest first.' })
  sort?: ApiTokenSort;
}
