import { Field, Int, ObjectType } from '@nestjs/graphql';
import { PopulationImportProblemModel } from '../../population/models/population-import-problem.model.js';
import { PriceIndexChangeModel } from './price-index-change.model.js';

@ObjectType('PriceIndexImportReport', {
  description: 'What a consumer price index import stored, or with dryRun would store.',
})
export class PriceIndexImportReportModel {
  @Field({ description: 'True when nothing was stored.' })
  dryRun!: boolean;

  @Field({ description: 'The source written with every imported year.' })
  source!: string;

  @Field(() => Int, { description: 'Data lines of the file.' })
  rows!: number;

  @Field(() => Int, { description: 'Years that had no index and get one.' })
  added!: number;

  @Field(() => Int, { description: 'Years whose index changes.' })
  changed!: number;

  @Field(() => Int, { description: 'Years whose index stays the same.' })
  unchanged!: number;

  @Field(() => [PriceIndexChangeModel], { description: 'Every added or changed year.' })
  changes!: PriceIndexChangeModel[];

  @Field(() => [PopulationImportProblemModel], {
    description:
      'Lines that were not imported, and why (English; the same problem types as a population import).',
  })
  problems!: PopulationImportProblemModel[];
}
