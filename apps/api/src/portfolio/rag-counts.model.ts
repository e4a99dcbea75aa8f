import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('RagCounts', { description: 'How many are green, amber, red and not assessed.' })
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
