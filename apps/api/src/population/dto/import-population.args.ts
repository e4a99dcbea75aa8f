import { ArgsType, Field, Int } from '@nestjs/graphql';

@ArgsType()
export class ImportPopulationArgs {
  @Field({
    description:
      'The CSV of Statistics Norway’s table 07459 (semicolon-separated, regions as "0301 Oslo"), as downloaded.',
  })
  csv!: string;

  @Field(() => Int, { description: 'The year (population on 1 January) to import from the file.' })
  year!: number;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description: 'Report what would change without storing anything.',
  })
  dryRun?: boolean | null;
}
