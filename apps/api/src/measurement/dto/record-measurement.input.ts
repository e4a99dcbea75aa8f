import { Field, ID, InputType } from '@nestjs/graphql';
import { DecimalScalar } from '../../common/scalars/decimal.scalar.js';
import { LocalDateScalar } from '../../common/scalars/local-date.scalar.js';

@InputType({ description: "A new measurement of a benefit's indicator." })
export class RecordMeasurementInput {
  @Field(() => ID, { description: "The benefit's id." })
  benefitId!: string;

  @Field(() => LocalDateScalar, {
    description: 'When the value was measured: on or after the baseline date, not in the future.',
  })
  date!: string;

  @Field(() => DecimalScalar, {
    description: "The measured value, in the indicator's unit, as a decimal string.",
  })
  value!: string;

  @Field({ nullable: true, description: 'Where the figure comes from (a system, a report, a survey).' })
  source?: string;

  @Field({ description: 'A free-text comment.', nullable: true })
  comment?: string;

  @Field(() => String, {
    nullable: true,
    description:
      "The source system's own reference for the measurement (at most 200 characters), unique per benefit: sending it again with the same date and value is UNCHANGED, with another date or value a CONFLICT.",
  })
  externalId?: string | null;
}
