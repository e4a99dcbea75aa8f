import { ArgsType, Field, Int } from '@nestjs/graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../common/pagination.js';

/** Cursor paging of an initiative's participants (Initiative.participantsPage). */
@ArgsType()
export class ParticipantsPageArgs {
  @Field(() => Int, {
    defaultValue: DEFAULT_PAGE_SIZE,
    description: `Page size, from 1 to ${MAX_PAGE_SIZE}.`,
  })
  first: number = DEFAULT_PAGE_SIZE;

  @Field(() => String, {
    nullable: true,
    description: 'The participants after this cursor (an endCursor of this field on the same initiative).',
  })
  after?: string | null;
}
