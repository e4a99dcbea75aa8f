import { Field, ID, InputType } from '@nestjs/graphql';

@InputType({ description: '"from → to": `to` (a benefit or enabler) depends on `from`.' })
export class AddBenefitsMapEdgeInput {
  @Field(() => ID)
  fromId!: string;

  @Field(() => ID)
  toId!: string;
}
