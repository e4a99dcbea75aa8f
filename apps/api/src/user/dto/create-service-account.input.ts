import { Role } from '@gevinst/domain';
import { Field, ID, InputType } from '@nestjs/graphql';

@InputType({ description: 'A new service account: an integration that acts only through API tokens.' })
export class CreateServiceAccountInput {
  @Field({
    description:
      'An address that names the integration and whom to contact about it, e.g. "okonomisystem@bergen.kommune.no"; unique among users.',
  })
  email!: string;

  @Field({ description: 'What the integration is, e.g. "Økonomisystemet i Bergen kommune".' })
  name!: string;

  @Field(() => ID, { description: 'The organisation the integration acts for.' })
  organisationId!: string;

  @Field(() => [Role], { description: 'Its roles, as for a person (at least one).' })
  roles!: Role[];
}
