import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { PageArgs } from '../../common/pagination.js';
import { ApiTokenSort } from './api-token-sort.input.js';

@InputType({ description: 'Which API tokens to list; every field given narrows the list.' })
export class ApiTokenFilter {
  @Field(() => ID, { nullable: true, description: "Another user's tokens (administrators only)." })
  userId?: string;

  @Field({ nullable: true, description: "Everybody's tokens (administrators only); default false." })
  all?: boolean;

  @Field({
    nullable: true,
    description:
      'True: only tokens that still work (not revoked, not expired); false: only those that do not.',
  })
  active?: boolean;

  @Field({ nullable: true, description: "Matched against the token's name and prefix." })
  search?: string;
}

@ArgsType()
export class ApiTokensArgs extends PageArgs {
  @Field(() => ApiTokenFilter, {
    nullable: true,
    description: 'Which tokens (replaces the loose arguments).',
  })
  filter?: ApiTokenFilter;

  @Field(() => ID, {
    nullable: true,
    description: "Another user's tokens (administrators only).",
    deprecationReason: 'Use filter.userId.',
  })
  userId?: string;

  @Field({
    defaultValue: false,
    description: "Everybody's tokens (administrators only).",
    deprecationReason: 'Use filter.all.',
  })
  all: boolean = false;

  @Field({
    nullable: true,
    description:
      'True: only tokens that still work (not revoked, not expired); false: only those that do not.',
    deprecationReason: 'Use filter.active.',
  })
  active?: boolean;

  @Field({
    nullable: true,
    description: "Matched against the token's name and prefix.",
    deprecationReason: 'Use filter.search.',
  })
  search?: string;

  @Field(() => ApiTokenSort, { nullable: true, description: 'Default: newest first.' })
  sort?: ApiTokenSort;
}
