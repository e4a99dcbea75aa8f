import { RagStatus, TargetForecast } from '@gevinst/domain';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { DecimalScalar } from '../../common/scalars/decimal.scalar.js';
import { LocalDateScalar } from '../../common/scalars/local-date.scalar.js';
import '../status-report-enums.js';

@InputType({ description: "A benefit owner's status report for one reporting period." })
export class SubmitBenefitStatusReportInput {
  @Field(() => ID, { description: "The benefit's id." })
  benefitId!: string;

  @Field(() => LocalDateScalar, {
    description:
      "Any day of the period reported on: the report is for the benefit's reporting period that contains it (by its measurement frequency; measured once: its one period). The period must have begun.",
  })
  period!: string;

  @Field(() => RagStatus, { description: "The owner's RAG judgement." })
  ownerRag!: RagStatus;

  @Field({
    nullable: true,
    description: 'The cause of the deviation: required when ownerRag is not GREEN or forecast is not MET.',
  })
  cause?: string;

  @Field({ nullable: true, description: 'The corrective action: required with a deviation (as cause).' })
  correctiveAction?: string;

  @Field({ nullable: true, description: 'Who is responsible for the action: required with a deviation.' })
  responsible?: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The date of the next review.' })
  nextReview?: string;

  @Field(() => TargetForecast, { description: 'Whether the next target will be met.' })
  forecast!: TargetForecast;

  @Field(() => DecimalScalar, {
    nullable: true,
    description:
      "The value now expected at the next target, in the indicator's unit: required with NOT_MET, optional with AT_RISK, not given with MET.",
  })
  forecastValue?: string;

  @Field(() => Int, {
    nullable: true,
    description:
      'To replace the report of a period that has one: the version you read. Leave out for a new report.',
  })
  version?: number;
}
