import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Paginated } from '../common/pagination.js';
import { ParticipantModel } from './participant.model.js';

@ObjectType('ParticipantPage', {
  description: "A page of an initiative's participants, with the total count.",
})
export class ParticipantPage extends Paginated(ParticipantModel) {
  @Field(() => Int, { description: 'How many of the matching participants share the costs (all pages).' })
  payingCount!: number;
}
