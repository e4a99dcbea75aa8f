import { ObjectType } from '@nestjs/graphql';
import { CursorPaginated } from '../common/cursor.js';
import { ParticipantModel } from './participant.model.js';

@ObjectType('InitiativeParticipantsPage', {
  description:
    "A cursor-paged window of an initiative's participants (a connection: totalCount, nodes and pageInfo), in the order they were added.",
})
export class InitiativeParticipantsPage extends CursorPaginated(ParticipantModel) {}
