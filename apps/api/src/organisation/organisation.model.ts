import { AdministrativeLevel, OrganisationKind } from '@gevinst/domain';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import { VersionedModel } from '../common/versioned-model.js';

@ObjectType('Organisation', {
  description: 'A public body: ministry, agency, county authority, municipality, KS…',
})
export class OrganisationModel extends VersionedModel {
  @Field(() => ID)
  id!: string;

  @Field({
    description: 'Organisation number in the Brønnøysund register: 9 digits with a mod-11 check digit.',
  })
  orgNumber!: string;

  @Field()
  name!: string;

  @Field(() => OrganisationKind)
  kind!: OrganisationKind;

  @Field(() => AdministrativeLevel)
  administrativeLevel!: AdministrativeLevel;

  @Field(() => String, { nullable: true, description: 'Municipality number (4 digits), for municipalities.' })
  municipalityNumber!: string | null;

  @Field(() => String, { nullable: true, description: 'County number (2 digits).' })
  countyNumber!: string | null;

  parentId!: string | null;
}
