import { EnablerKind } from '@gevinst/domain';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import { VersionedModel } from '../common/versioned-model.js';
import '../benefit/benefit-enums.js';

@ObjectType('Enabler', {
  description: 'A deliverable or change that benefits depend on (in the benefits map, gevinstkart).',
})
export class EnablerModel extends VersionedModel {
  @Field(() => ID, { description: "The enabler's id." })
  id!: string;

  initiativeId!: string;

  @Field(() => EnablerKind, { description: 'The kind of enabler.' })
  kind!: EnablerKind;

  @Field({ description: "The enabler's title." })
  title!: string;

  @Field({ description: 'A free-text description of the enabler.' })
  description!: string;
}
