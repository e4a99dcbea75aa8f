import { Field, ID, InputType, Int } from '@nestjs/graphql';

@InputType({ description: 'Which allocation lines: all filters are optional and combine with AND.' })
export class AllocationFilter {
  @Field(() => ID, { nullable: true, description: 'The organisation that pays the lines.' })
  organisationId?: string;

  @Field(() => ID, { description: "The initiative's id.", nullable: true })
  initiativeId?: string;

  @Field(() => Int, { description: 'Only the lines of this budget year.', nullable: true })
  year?: number;

  @Field(() => ID, { nullable: true, description: 'One run (current or superseded).' })
  runId?: string;

  @Field({
    nullable: true,
    defaultValue: false,
    description: 'Include lines of superseded runs (default: current runs only).',
  })
  includeSuperseded?: boolean;
}
