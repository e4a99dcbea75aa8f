import { ParticipantRole } from '@gevinst/domain';
import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('Participant', { description: 'An organisation taking part in an initiative, with its role.' })
export class ParticipantModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ParticipantRole)
  role!: ParticipantRole;

  initiativeId!: string;

  organisationId!: string;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;
}
