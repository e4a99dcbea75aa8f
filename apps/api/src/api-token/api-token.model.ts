import { ApiTokenScope } from '@gevinst/domain';
import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

registerEnumType(ApiTokenScope, {
  name: 'ApiTokenScope',
  description: 'READ: queries and exports; WRITE: mutations as well (within its owner’s rights).',
  valuesMap: {
    READ: { description: 'Queries and exports.' },
    WRITE: { description: 'Mutations as well, within the rights of the token’s owner.' },
  },
});

@ObjectType('ApiToken', { description: 'A token for integrators. The secret is shown once, at creation.' })
export class ApiTokenModel {
  @Field(() => ID, { description: "The API token's id." })
  id!: string;

  @Field({ description: "The API token's name." })
  name!: string;

  @Field({ description: 'The first characters of the secret, to recognise it.' })
  prefix!: string;

  @Field(() => [ApiTokenScope], { description: 'What the token may do.' })
  scopes!: ApiTokenScope[];

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description:
      'When the token stops working; null: never (only where the server allows tokens without expiry).',
  })
  expiresAt!: Date | null;

  @Field(() => GraphQLISODateTime, {
    description: 'When the token was revoked; empty while valid.',
    nullable: true,
  })
  revokedAt!: Date | null;

  @Field(() => GraphQLISODateTime, {
    description: 'When the token was last used; empty if never.',
    nullable: true,
  })
  lastUsedAt!: Date | null;

  @Field(() => GraphQLISODateTime, { description: 'When the API token was created.' })
  createdAt!: Date;

  userId!: string;
}
