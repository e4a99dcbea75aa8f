import { ArgsType, Field } from '@nestjs/graphql';

@ArgsType()
export class ImportPriceIndexArgs {
  @Field({
    description:
      'A CSV with a year column ("year" or "år") and an index column ("cpi_2015_100", or SSB table 03014’s "Konsumprisindeks (2015=100)"), comma- or semicolon-separated.',
  })
  csv!: string;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description: 'Report what would change without storing anything.',
  })
  dryRun?: boolean | null;
}
