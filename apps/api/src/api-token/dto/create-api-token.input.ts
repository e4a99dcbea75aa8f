import { ApiTokenScope } from '@gevinst/domain';
import { Field, GraphQLISODateTime, InputType } from '@nestjs/graphql';

@InputType()
export class CreateApiTokenInput {
  @Field({ description: 'What the token is for, e.g. "Økonomisystem – import av fordelinger".' })
  name!: string;

  @Field(() => [ApiTokenScope])
  scopes!: ApiTokenScope[];

  @Field(() => GraphQLISODateTime, { description: 'At most two years ahead.' })
  expiresAt!: Date;
}
