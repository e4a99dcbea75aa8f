import { BenefitCategory, BenefitStatus, RagFilter } from '@gevinst/domain';
import { Field, ID, InputType, GraphQLISODateTime } from '@nestjs/graphql';
import '../benefit-enums.js';
import '../../graphql/enums.js';

@InputType({ description: 'Which benefits to list; all given conditions must hold.' })
export class BenefitFilter {
  @Field(() => ID, { description: "The initiative's id.", nullable: true })
  initiativeId?: string;

  @Field(() => ID, { nullable: true, description: 'Benefits received by this organisation.' })
  receivingOrganisationId?: string;

  @Field(() => [BenefitCategory], { nullable: true, description: 'Any of these categories.' })
  category?: BenefitCategory[];

  @Field(() => [BenefitStatus], { nullable: true, description: 'Any of these statuses.' })
  status?: BenefitStatus[];

  @Field({ nullable: true, description: 'Free text matched against the title and the indicator name.' })
  search?: string;

  @Field(() => [ID], {
    nullable: true,
    description:
      'Benefits of any of these initiatives (at most 500): the portfolio dashboard opens the benefits it counts with them.',
  })
  initiativeIds?: string[];

  @Field(() => [RagFilter], {
    nullable: true,
    description:
      'Benefits that are not cancelled with any of these statuses today (Benefit.realisation.rag; NOT_ASSESSED: not measured yet or nothing planned yet) — the definition of PortfolioSummary.rag.',
  })
  rag?: RagFilter[];

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description:
      'Benefits with any activity at or after this instant: a change to the benefit itself or to its measurements, targets or reports (see Benefit.lastActivityAt).',
  })
  updatedSince?: Date;
}
