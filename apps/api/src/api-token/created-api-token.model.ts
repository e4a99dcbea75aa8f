import { Field, ObjectType } from '@nestjs/graphql';
import { ApiTokenModel } from './api-token.model.js';

@ObjectType('CreatedApiToken')
export class CreatedApiTokenModel {
  @Field({
    description: 'The secret: shown this once and never again. Send as `Authorization: Bearer <secret>`.',
  })
  secret!: string;

  @Field(() => ApiTokenModel)
  token!: ApiTokenModel;
}
