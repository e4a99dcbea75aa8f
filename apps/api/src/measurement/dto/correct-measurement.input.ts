import { Field, ID, InputType } from '@nestjs/graphql';
import { DecimalScalar } from '../../common/scalars/decimal.scalar.js';

@InputType({
  description:
    'A correction of a recorded measurement: the new value and the reason; the old version is kept as superseded.',
})
export class CorrectMeasurementInput {
  @Field(() => ID, { description: 'The current version of the measurement to correct.' })
  measurementId!: string;

  @Field(() => DecimalScalar, { description: 'The corrected value.' })
  value!: string;

  @Field({ description: 'Why the value is corrected; kept with the new version.' })
  reason!: string;
}
