import { RagStatus } from '@gevinst/domain';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { LocalDateScalar } from '../../common/scalars/local-date.scalar.js';
import '../status-report-enums.js';

@InputType({ description: "An initiative owner's period status for one quarter." })
export class SubmitInitiativeStatusReportInput {
  @Field(() => ID, { description: "The initiative's id." })
  initiativeId!: string;

  @Field(() => LocalDateScalar, {
    description: 'Any day of the quarter reported on; the quarter must have begun.',
  })
  period!: string;

  @Field(() => RagStatus, { description: "The owner's overall RAG judgement of the initiative." })
  overallRag!: RagStatus;

  @Field({ description: 'What happened in the period, in a few sentences (required).' })
  summary!: string;

  @Field({ nullable: true, description: 'The most important risks now.' })
  topRisks?: string;

  @Field({ nullable: true, description: 'Decisions needed from the ministry.' })
  decisionsNeeded?: string;

  @Field(() => Int, {
    nullable: true,
    description:
      'To replace the period status of a quarter that has one: the version you read. Leave out for a new one.',
  })
  version?: number;
}
