import { ParticipantRole } from '@gevinst/domain';
import { Field, ID, InputType } from '@nestjs/graphql';

@InputType()
export class ParticipantInput {
  @Field(() => ID)
  organisationId!: string;

  @Field(() => ParticipantRole)
  role!: ParticipantRole;
}
