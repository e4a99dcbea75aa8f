import { Role } from '@gevinst/domain';
import { Field, ID, InputType } from '@nestjs/graphql';

@InputType()
export class CreateUserInput {
  @Field()
  email!: string;

  @Field()
  name!: string;

  @Field({ description: 'At least 12 characters, and not one of the most common passwords.' })
  password!: string;

  @Field(() => ID)
  organisationId!: string;

  @Field(() => [Role])
  roles!: Role[];
}
