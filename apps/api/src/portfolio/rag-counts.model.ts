import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('RagCounts', { description: 'How many are green, amber, red and not assessed.' })
export class RagCountsModel {
  @Field(() => Int, { description: 'Initiatives whose overall status is GREEN.' })
  green!: number;

  @Field(() => Int, { description: 'Initiatives whose overall status is AMBER.' })
  amber!: number;

  @Field(() => Int, { description: 'Initiatives whose overall status is RED.' })
  red!: number;

  @Field(() => Int, { description: 'Initiatives none of whose benefits has a RAG status yet.' })
  notAssessed!: number;
}
