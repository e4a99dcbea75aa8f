import { Field, GraphQLISODateTime, ObjectType } from '@nestjs/graphql';
import { UserModel } from '../user/user.model.js';

@ObjectType('AuthPayload', {
  description: 'The result of signing in: a session token, when it expires and the signed-in user.',
})
export class AuthPayloadModel {
  @Field({
    description: 'Send as `Authorization: Bearer <token>`. The admin UI uses an HTTP-only cookie instead.',
  })
  token!: string;

  @Field(() => GraphQLISODateTime, { description: 'When the session token expires.' })
  expiresAt!: Date;

  @Field(() => UserModel, { description: 'The signed-in user.' })
  user!: UserModel;
}
