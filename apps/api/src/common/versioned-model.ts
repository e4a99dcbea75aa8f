import { Field, GraphQLISODateTime, Int, ObjectType } from '@nestjs/graphql';

/** The fields every editable record shares (see VersionedEntity); extend it with a named @ObjectType. */
@ObjectType({ isAbstract: true })
export abstract class VersionedModel {
  @Field({ description: 'True for records that belong to the demo portfolio.' })
  isDemo!: boolean;

  @Field(() => Int, { description: 'Increases with every change; send it back with updates.' })
  version!: number;

  @Field(() => GraphQLISODateTime, { description: 'When the record was created.' })
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { description: 'When the record was last changed.' })
  updatedAt!: Date;
}
