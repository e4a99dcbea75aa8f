import { EnablerKind } from '@gevinst/domain';
import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import '../benefit/benefit-enums.js';

@ObjectType('Enabler', {
  description: 'A deliverable or change that benefits depend on (in the benefits map, gevinstkart).',
})
export class EnablerModel {
  @Field(() => ID)
  id!: string;

  initiativeId!: string;

  @Field(() => EnablerKind)
  kind!: EnablerKind;

  @Field()
  title!: string;

  @Field()
  description!: string;

  @Field()
  isDemo!: boolean;

  @Field(() => Int)
  version!: number;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt!: Date;
}
