import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { DecimalScalar } from '../common/scalars/decimal.scalar.js';
import { LocalDateScalar } from '../common/scalars/local-date.scalar.js';

@ObjectType('Measurement', {
  description:
    "One version of a measurement of a benefit's indicator. Never changed: a correction is a new version that supersedes this one, and both stay readable.",
})
export class MeasurementModel {
  @Field(() => ID, { description: "The measurement's id." })
  id!: string;

  benefitId!: string;

  @Field(() => LocalDateScalar, { description: 'The date the value was measured.' })
  date!: string;

  @Field(() => DecimalScalar, {
    description: "The measured value, in the indicator's unit, as a decimal string.",
  })
  value!: string;

  @Field({ description: 'Where the figure comes from (a system, a report, a survey).' })
  source!: string;

  @Field({ description: 'A free-text comment.' })
  comment!: string;

  @Field(() => Int, { description: '1 for the first recording, one more for each correction.' })
  revision!: number;

  @Field(() => ID, { nullable: true, description: 'The version this one corrects.' })
  supersedesId!: string | null;

  @Field(() => String, { nullable: true, description: 'Why the previous version was corrected.' })
  correctionReason!: string | null;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When a correction superseded this version.',
  })
  supersededAt!: Date | null;

  @Field(() => ID, { nullable: true, description: 'The version that corrects this one.' })
  supersededById!: string | null;

  @Field(() => GraphQLISODateTime, { description: 'When the measurement was recorded.' })
  recordedAt!: Date;

  @Field(() => String, { nullable: true, description: 'Who recorded this version.' })
  recordedByName!: string | null;

  recordedByOrganisationId!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "The source system's own reference for this measurement, if it sent one: unique per benefit among current versions; corrections keep it.",
  })
  externalId!: string | null;

  @Field({ description: 'True for measurements that belong to the demo portfolio.' })
  isDemo!: boolean;
}
