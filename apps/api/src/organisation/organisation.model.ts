import { AdministrativeLevel, OrganisationKind } from '@gevinst/domain';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import { VersionedModel } from '../common/versioned-model.js';

@ObjectType('Organisation', {
  description: 'A public body: ministry, agency, county authority, municipality, KS…',
})
export class OrganisationModel extends VersionedModel {
  @Field(() => ID, { description: "The organisation's id." })
  id!: string;

  @Field({
    description: 'Organisation number in the Brønnøysund register: 9 digits with a mod-11 check digit.',
  })
  orgNumber!: string;

  @Field({ description: "The organisation's name." })
  name!: string;

  @Field(() => OrganisationKind, { description: 'The kind of organisation.' })
  kind!: OrganisationKind;

  @Field(() => AdministrativeLevel, {
    description: 'The administrative level (follows from the kind of organisation).',
  })
  administrativeLevel!: AdministrativeLevel;

  @Field(() => String, { nullable: true, description: 'Municipality number (4 digits), for municipalities.' })
  municipalityNumber!: string | null;

  @Field(() => String, { nullable: true, description: 'County number (2 digits).' })
  countyNumber!: string | null;

  parentId!: string | null;
}
