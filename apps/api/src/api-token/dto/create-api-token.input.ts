import { ApiTokenScope } from '@gevinst/domain';
import { Field, GraphQLISODateTime, ID, InputType } from '@nestjs/graphql';

@InputType({ description: 'The values of a new API token.' })
export class CreateApiTokenInput {
  @Field({ description: 'What the token is for, e.g. "Økonomisystem – import av fordelinger".' })
  name!: string;

  @Field(() => [ApiTokenScope], { description: 'What the token may do.' })
  scopes!: ApiTokenScope[];

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description:
      'When the token stops working: in the future and at most API_TOKEN_MAX_DAYS (730 by default) ahead. Null or omitted: never, only where the server allows it (API_TOKEN_ALLOW_NO_EXPIRY); refused otherwise.',
  })
  expiresAt?: Date | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'Administrators: the service account the token is for (its owner; only service accounts). Omitted: yourself.',
  })
  userId?: string | null;
}
