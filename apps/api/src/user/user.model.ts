import { Role } from '@gevinst/domain';
import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

registerEnumType(Role, {
  name: 'Role',
  description:
    'ADMIN: everything; PORTFOLIO_REVIEWER: ministry staff reviewing portfolios; INITIATIVE_OWNER: project owners; FINANCE_OFFICER: municipal or agency finance staff; SCHEME_ADMINISTRATOR: the secretariat of the funding schemes (Digdir, KS): calls, applications, binding benefits plans; READER: read only.',
});

@ObjectType('User', { description: 'A person who signs in. Never exposes the password or its hash.' })
export class UserModel {
  @Field(() => ID)
  id!: string;

  @Field()
  email!: string;

  @Field()
  name!: string;

  organisationId!: string;

  @Field(() => [Role])
  roles!: Role[];

  @Field()
  active!: boolean;

  @Field({ description: 'A demo persona (exists only in demo mode).' })
  isDemo!: boolean;

  @Field(() => GraphQLISODateTime, { nullable: true })
  lastLoginAt!: Date | null;

  @Field(() => Int)
  version!: number;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;
}
