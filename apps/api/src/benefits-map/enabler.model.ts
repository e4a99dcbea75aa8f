import { EnablerKind } from '@gevinst/domain';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import { VersionedModel } from '../common/versioned-model.js';
import '../benefit/benefit-enums.js';

@ObjectType('Enabler', {
  description: 'A deliverable or change that benefits depend on (in the benefits map, gevinstkart).',
})
export class EnablerModel extends VersionedModel {
  @Field(() => ID)
  id!: string;

  initiativeId!: string;

  @Field(() => EnablerKind)
  kind!: EnablerKind;

  @Field()
  title!: string;

  @Field()
  description!: string;
}
