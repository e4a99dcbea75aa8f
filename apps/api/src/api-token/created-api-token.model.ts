import { Field, ObjectType } from '@nestjs/graphql';
import { ApiTokenModel } from './api-token.model.js';

@ObjectType('CreatedApiToken', {
  description: 'A newly created API token with its secret, which is shown only this once.',
})
export class CreatedApiTokenModel {
  @Field({
    description: 'The secret: shown this once and never again. Send as `Authorization: Bearer <secret>`.',
  })
  secret!: string;

  @Field(() => ApiTokenModel, { description: 'The stored token (without the secret).' })
  token!: ApiTokenModel;
}
