import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('BenefitsMapEdge', {
  description:
    'A dependency in a benefits map, "from → to": `to` depends on `from` (an enabler enables a benefit).',
})
export class BenefitsMapEdgeModel {
  @Field(() => ID, { description: "The benefits map edge's id." })
  id!: string;

  @Field(() => ID, { description: 'The benefit or enabler depended on.' })
  fromId!: string;

  @Field(() => ID, { description: 'The benefit or enabler that depends on it.' })
  toId!: string;
}
