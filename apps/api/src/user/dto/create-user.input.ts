import { Role } from '@gevinst/domain';
import { Field, ID, InputType } from '@nestjs/graphql';

@InputType({ description: 'The values of a new user account.' })
export class CreateUserInput {
  @Field({ description: 'The e-mail address.' })
  email!: string;

  @Field({ description: "The user's name." })
  name!: string;

  @Field({ description: 'At least 12 characters, and not one of the most common passwords.' })
  password!: string;

  @Field(() => ID, { description: "The organisation's id." })
  organisationId!: string;

  @Field(() => [Role], { description: "The user's roles (at least one)." })
  roles!: Role[];
}
