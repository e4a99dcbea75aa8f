import { OrganisationKind } from '@gevinst/domain';
import { Field, ID, InputType } from '@nestjs/graphql';
import { PopulationInput } from './population.input.js';

@InputType({ description: 'The values of a new organisation.' })
export class CreateOrganisationInput {
  @Field({ description: '9 digits with a valid mod-11 check digit; unique.' })
  orgNumber!: string;

  @Field({ description: "The organisation's name." })
  name!: string;

  @Field(() => OrganisationKind, { description: 'The kind of organisation.' })
  kind!: OrganisationKind;

  @Field({
    nullable: true,
    description: 'Required for municipalities: 4 digits, the first two an existing county.',
  })
  municipalityNumber?: string;

  @Field({ nullable: true, description: 'Required for county authorities; derived for municipalities.' })
  countyNumber?: string;

  @Field(() => ID, {
    description: "The parent organisation's id (e.g. the ministry above an agency).",
    nullable: true,
  })
  parentId?: string;

  @Field(() => [PopulationInput], { description: 'Populations to record, one per year.', nullable: true })
  populations?: PopulationInput[];
}
