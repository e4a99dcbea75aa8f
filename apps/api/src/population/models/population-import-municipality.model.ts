import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('PopulationImportMunicipality', { description: 'A municipality of the reference data.' })
export class PopulationImportMunicipalityModel {
  @Field(() => ID, { description: "The organisation's id." })
  organisationId!: string;

  @Field({ description: 'The four-digit municipality number (kommunenummer); municipalities only.' })
  municipalityNumber!: string;

  @Field({ description: "The municipality's name." })
  name!: string;
}
