import { Field, ID, InputType } from '@nestjs/graphql';

@InputType({ description: '"from → to": `to` (a benefit or enabler) depends on `from`.' })
export class AddBenefitsMapEdgeInput {
  @Field(() => ID, { description: 'The id of the node the edge starts at (an enabler or a benefit).' })
  fromId!: string;

  @Field(() => ID, { description: 'The id of the node the edge leads to.' })
  toId!: string;
}
