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

  @Field({ nullable: true, description: 'A new password (at least 12 characters); ends all their sessions.' })
  password?: string;
}
