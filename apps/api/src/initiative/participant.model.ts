import { ParticipantRole } from '@gevinst/domain';
import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { OrganisationModel } from '../organisation/organisation.model.js';

@ObjectType('Participant', { description: 'An organisation taking part in an initiative, with its role.' })
export class ParticipantModel {
  @Field(() => ID, { description: "The participant's id." })
  id!: string;

  @Field(() => ParticipantRole, {
    description: "The organisation's role: OWNER, PARTNER, FUNDER or BENEFICIARY.",
  })
  role!: ParticipantRole;

  @Field({ description: 'Whether the participant shares the costs in allocation runs.' })
  pays!: boolean;

  @Field(() => String, {
    nullable: true,
    description:
      'Its group in a TWO_LEVEL key; null means its administrative level (CENTRAL, REGIONAL, LOCAL).',
  })
  costGroup!: string | null;

  initiativeId!: string;

  organisationId!: string;

  /** Attached when participants are loaded (InitiativeResolver), so no resolver runs per participant. */
  @Field(() => OrganisationModel, { description: 'The organisation.' })
  organisation!: OrganisationModel;

  @Field(() => GraphQLISODateTime, { description: 'When the participant was created.' })
  createdAt!: Date;
}
