import { CHANGE_FEED_DEFAULT_PAGE, CHANGE_FEED_MAX_PAGE } from '@gevinst/domain';
import { ArgsType, Field, Int } from '@nestjs/graphql';
import { ChangeEntityType } from './change.model.js';

@ArgsType()
export class ChangesArgs {
  @Field(() => String, {
    nullable: true,
    description:
      'A cursor from an earlier answer (endCursor or a change’s cursor); omit it to start at the beginning.',
  })
  since?: string | null;

  @Field(() => [ChangeEntityType], {
    nullable: true,
    description: 'Only changes to these kinds of entity (default: all).',
  })
  types?: ChangeEntityType[] | null;

  @Field(() => Int, {
    defaultValue: CHANGE_FEED_DEFAULT_PAGE,
    description: `How many changes at most, from 1 to ${CHANGE_FEED_MAX_PAGE}.`,
  })
  first: number = CHANGE_FEED_DEFAULT_PAGE;
}
