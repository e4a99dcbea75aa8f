import { Field, ID, ObjectType } from '@nestjs/graphql';
import { BenefitsMapEdgeModel } from './benefits-map-edge.model.js';
import { BenefitsMapNodeModel } from './benefits-map-node.model.js';

@ObjectType('BenefitsMap', {
  description:
    'The benefits map (gevinstkart) of an initiative: its enablers and benefits as nodes, their dependencies as edges. It has no cycles.',
})
export class BenefitsMapModel {
  @Field(() => ID, { description: "The initiative's id." })
  initiativeId!: string;

  @Field(() => [BenefitsMapNodeModel], {
    description: 'Enablers first, then benefits, each in the order added.',
  })
  nodes!: BenefitsMapNodeModel[];

  @Field(() => [BenefitsMapEdgeModel], { description: 'The dependencies between the nodes.' })
  edges!: BenefitsMapEdgeModel[];
}
