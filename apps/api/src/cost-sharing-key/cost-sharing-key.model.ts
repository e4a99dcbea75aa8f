import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('CostSharingKey', {
  description:
    'A named cost-sharing key (fordelingsnøkkel), reusable across initiatives. `current` holds the rules in force; editing rules that a stored allocation run used creates a new version.',
})
export class CostSharingKeyModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field()
  description!: string;

  ownerOrganisationId!: string;

  @Field(() => Int, { description: 'The number of the current version of the rules.' })
  currentVersion!: number;

  @Field()
  isDemo!: boolean;

  @Field(() => Int, { description: 'Optimistic lock: send it back with updates.' })
  version!: number;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt!: Date;
}
