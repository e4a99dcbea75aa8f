import { AdministrativeLevel, ParticipantRole } from '@gevinst/domain';
import { Field, InputType } from '@nestjs/graphql';

@InputType({ description: 'Which participants to list; all given conditions must hold.' })
export class ParticipantFilter {
  @Field({ nullable: true, description: "Matched against the organisation's name and organisation number." })
  search?: string;

  @Field(() => [ParticipantRole], { nullable: true, description: 'Any of these roles.' })
  role?: ParticipantRole[];

  @Field(() => AdministrativeLevel, {
    description: 'The administrative level (follows from the kind of organisation).',
    nullable: true,
  })
  administrativeLevel?: AdministrativeLevel;

  @Field({ nullable: true, description: 'Only those that share the costs (true) or do not (false).' })
  pays?: boolean;
}
