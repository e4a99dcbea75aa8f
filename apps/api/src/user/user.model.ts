import { Role, UserKind } from '@gevinst/domain';
import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { MutationPayload } from '../common/payload.js';

registerEnumType(Role, {
  name: 'Role',
  description:
    'ADMIN: everything; PORTFOLIO_REVIEWER: ministry staff reviewing portfolios; INITIATIVE_OWNER: project owners; FINANCE_OFFICER: municipal or agency finance staff; SCHEME_ADMINISTRATOR: the secretariat of the funding schemes (Digdir, KS): calls, applications, binding benefits plans; READER: read only.',
  valuesMap: {
    ADMIN: { description: 'Administrator: may do everything.' },
    PORTFOLIO_REVIEWER: { description: 'Ministry staff reviewing portfolios.' },
    INITIATIVE_OWNER: { description: 'Owner of initiatives (project owner).' },
    FINANCE_OFFICER: { description: 'Municipal or agency finance staff.' },
    SCHEME_ADMINISTRATOR: {
      description:
        'The secretariat of the funding schemes (Digdir, KS): calls, applications, binding benefits plans.',
    },
    READER: { description: 'May only read.' },
  },
});

registerEnumType(UserKind, {
  name: 'UserKind',
  description: 'Whether a user is a person or a service account (an integration).',
  valuesMap: {
    PERSON: { description: 'A person, who signs in with an e-mail address and a password.' },
    SERVICE_ACCOUNT: {
      description:
        'An integration: never signs in with a password, acts only through API tokens an administrator creates for it.',
    },
  },
});

@ObjectType('User', {
  description: 'A person who signs in, or a service account. Never exposes the password or its hash.',
})
export class UserModel {
  @Field(() => ID, { description: "The user's id." })
  id!: string;

  @Field({ description: 'The e-mail address.' })
  email!: string;

  @Field(() => UserKind, { description: 'A person or a service account (API tokens only).' })
  kind!: UserKind;

  @Field({ description: "The user's name." })
  name!: string;

  organisationId!: string;

  @Field(() => [Role], { description: "The user's roles; rights are the union of them." })
  roles!: Role[];

  @Field({ description: 'Whether the account may sign in and act; false: deactivated.' })
  active!: boolean;

  @Field({ description: 'A demo persona (exists only in demo mode).' })
  isDemo!: boolean;

  @Field(() => GraphQLISODateTime, {
    description: 'When the user last signed in; empty if never.',
    nullable: true,
  })
  lastLoginAt!: Date | null;

  @Field(() => Int, {
    description: "The user's version, raised by every change; send it back when changing it.",
  })
  version!: number;

  @Field(() => GraphQLISODateTime, { description: 'When the user was created.' })
  createdAt!: Date;
}

@ObjectType('CreateServiceAccountPayload', { description: 'The answer of createServiceAccount.' })
export class CreateServiceAccountPayload extends MutationPayload {
  @Field(() => UserModel, {
    nullable: true,
    description:
      'The service account (a user of kind SERVICE_ACCOUNT); null when there are userErrors. Give it API tokens with createApiToken.',
  })
  serviceAccount!: UserModel | null;
}
