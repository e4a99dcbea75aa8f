import { Role } from '@gevinst/domain';
import { Field, ID, InputType, Int } from '@nestjs/graphql';

@InputType({ description: 'Only the fields given are changed. Deactivating a user ends all their sessions.' })
export class UpdateUserInput {
  @Field(() => ID, { description: 'The id of the user to change.' })
  id!: string;

  @Field(() => Int, {
    description: 'The version you read; a different current version fails with a stale-version conflict.',
  })
  version!: number;

  @Field({ description: "The user's name.", nullable: true })
  name?: string;

  @Field(() => ID, { description: "The organisation's id.", nullable: true })
  organisationId?: string;

  @Field(() => [Role], {
    description: 'The new roles, replacing the old ones; left out: unchanged.',
    nullable: true,
  })
  roles?: Role[];

  @Field({
    description: 'Deactivate (false) or reactivate (true) the account; left out: unchanged.',
    nullable: true,
  })
  active?: boolean;

  @Field({
    nullable: true,
    description:
      'A new password (at least 12 characters, not a common password); ends all their sessions (but your ' +
      'current one when you change your own) and revokes all their API tokens.',
  })
  password?: string;
}
