import { ParticipantRole } from '@gevinst/domain';
import { Field, ID, InputType } from '@nestjs/graphql';

@InputType({
  description: 'An organisation taking part in a new initiative, with its role and whether it pays.',
})
export class ParticipantInput {
  @Field(() => ID, { description: "The organisation's id." })
  organisationId!: string;

  @Field(() => ParticipantRole, {
    description: "The organisation's role: PARTNER, FUNDER or BENEFICIARY (the owner is given by ownerId).",
  })
  role!: ParticipantRole;

  @Field({ nullable: true, description: 'Shares the costs; by default partners and funders do.' })
  pays?: boolean;
}
