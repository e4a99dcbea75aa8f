import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('RagCounts', {
  description:
    'Benefits (not cancelled) by their status at asOf; notAssessed: not measured yet or nothing planned yet.',
})
export class RagCountsModel {
  @Field(() => Int)
  green!: number;

  @Field(() => Int)
  amber!: number;

  @Field(() => Int)
  red!: number;

  @Field(() => Int)
  notAssessed!: number;
}
