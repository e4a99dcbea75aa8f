import { Field, ID, InputType } from '@nestjs/graphql';
import { DecimalScalar } from '../../common/scalars/decimal.scalar.js';

@InputType()
export class CorrectMeasurementInput {
  @Field(() => ID, { description: 'The current version of the measurement to correct.' })
  measurementId!: string;

  @Field(() => DecimalScalar, { description: 'The corrected value.' })
  value!: string;

  @Field({ description: 'Why the value is corrected; kept with the new version.' })
  reason!: string;
}
