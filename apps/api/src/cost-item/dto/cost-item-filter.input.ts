import { CostCategory } from '@gevinst/domain';
import { Field, ID, InputType, Int, GraphQLISODateTime } from '@nestjs/graphql';

@InputType({ description: 'Which cost items to list; all given conditions must hold.' })
export class CostItemFilter {
  @Field(() => ID, { description: "The initiative's id.", nullable: true })
  initiativeId?: string;

  @Field(() => Int, { description: 'Only the items of this year.', nullable: true })
  year?: number;

  @Field(() => [CostCategory], { nullable: true, description: 'Any of these categories.' })
  category?: CostCategory[];

  @Field({ nullable: true, description: 'Matched against the description.' })
  search?: string;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'Cost items created or changed at or after this instant (updatedAt).',
  })
  updatedSince?: Date;
}
