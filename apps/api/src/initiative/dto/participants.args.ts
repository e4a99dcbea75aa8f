import { ArgsType, Field, ID } from '@nestjs/graphql';
import { PageArgs } from '../../common/pagination.js';
import { ParticipantFilter } from './participant-filter.input.js';
import { ParticipantSort } from './participant-sort.input.js';

@ArgsType()
export class ParticipantsArgs extends PageArgs {
  @Field(() => ID, { description: "The initiative's id." })
  initiativeId!: string;

  @Field(() => ParticipantFilter, { description: 'Which participants to list; empty: all.', nullable: true })
  filter?: ParticipantFilter;

  @Field(() => ParticipantSort, { nullable: true, description: "Default: by the organisation's name." })
  sort?: ParticipantSort;
}
