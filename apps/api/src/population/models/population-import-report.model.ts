import { Field, Int, ObjectType } from '@nestjs/graphql';
import { PopulationChangeModel } from './population-change.model.js';
import { PopulationImportMunicipalityModel } from './population-import-municipality.model.js';
import { PopulationImportProblemModel } from './population-import-problem.model.js';

@ObjectType('PopulationImportReport', {
  description: 'What a population import stored, or with dryRun would store, for one year.',
})
export class PopulationImportReportModel {
  @Field(() => Int, { description: 'The population year imported.' })
  year!: number;

  @Field({ description: 'True when nothing was stored.' })
  dryRun!: boolean;

  @Field({ description: 'The source written with every figure.' })
  source!: string;

  @Field(() => Int, { description: 'Data rows of the file for the year, before summing by sex and age.' })
  rows!: number;

  @Field(() => Int, { description: 'Municipalities in the file with a figure that match one in Gevinst.' })
  matched!: number;

  @Field(() => Int, { description: 'Municipalities that had no figure for the year and get one.' })
  added!: number;

  @Field(() => Int, { description: 'Municipalities whose figure for the year changes.' })
  changed!: number;

  @Field(() => Int, { description: 'Municipalities whose figure for the year stays the same.' })
  unchanged!: number;

  @Field(() => [PopulationChangeModel], {
    description: 'Every added or changed figure, by municipality number.',
  })
  changes!: PopulationChangeModel[];

  @Field(() => [String], {
    description: 'Municipality numbers with a figure in the file that no municipality in Gevinst has.',
  })
  unknownMunicipalityNumbers!: string[];

  @Field(() => [PopulationImportMunicipalityModel], {
    description: 'Municipalities of the reference data without a figure for the year in the file.',
  })
  missingMunicipalities!: PopulationImportMunicipalityModel[];

  @Field(() => [PopulationImportProblemModel], {
    description: 'The lines that could not be imported and why.',
  })
  problems!: PopulationImportProblemModel[];
}
