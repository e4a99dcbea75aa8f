import { Role } from '@gevinst/domain';
import { Field, ID, InputType, Int } from '@nestjs/graphql';

@InputType({ description: 'Only the fields given are changed. Deactivating a user ends all their sessions.' })
export class UpdateUserInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  version!: number;

  @Field({ nullable: true })
  name?: string;

  @Field(() => ID, { nullable: true })
  organisationId?: string;

  @Field(() => [Role], { nullable: true })
  roles?: Role[];

  @Field({ nullable: true })
  active?: boolean;

  @Field({
    nullable: true,
    description:
      'A new password (at least 12 characters, not a common password); ends all their sessions (but your ' +
      'current one when you change your own) and revokes all their API tokens.',
  })
  password?: string;
}
