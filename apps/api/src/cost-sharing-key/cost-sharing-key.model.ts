import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { VersionedModel } from '../common/versioned-model.js';

@ObjectType('CostSharingKey', {
  description:
    'A named cost-sharing key (fordelingsnøkkel), reusable across initiatives. `current` holds the rules in force; editing rules that a stored allocation run used creates a new version.',
})
export class CostSharingKeyModel extends VersionedModel {
  @Field(() => ID, { description: "The cost-sharing key's id." })
  id!: string;

  @Field({ description: "The cost-sharing key's name." })
  name!: string;

  @Field({ description: 'A free-text description of the cost-sharing key.' })
  description!: string;

  ownerOrganisationId!: string;

  @Field(() => Int, { description: 'The number of the current version of the rules.' })
  currentVersion!: number;
}
