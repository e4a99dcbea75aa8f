import { Field, GraphQLISODateTime, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('AllocationDriver', { description: 'A driver value for one participant and year.' })
export class AllocationDriverModel {
  organisationId!: string;

  @Field(() => Int)
  year!: number;

  @Field()
  driver!: string;

  @Field()
  value!: string;

  @Field()
  source!: string;

  @Field(() => GraphQLISODateTime)
  updatedAt!: Date;
}
