import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('PopulationImportMunicipality', { description: 'A municipality of the reference data.' })
export class PopulationImportMunicipalityModel {
  @Field(() => ID)
  organisationId!: string;

  @Field()
  municipalityNumber!: string;

  @Field()
  name!: string;
}
