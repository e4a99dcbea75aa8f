import { Field, InputType } from '@nestjs/graphql';
import { DecimalScalar } from '../../common/scalars/decimal.scalar.js';
import { LocalDateScalar } from '../../common/scalars/local-date.scalar.js';

@InputType({ description: "A value of a benefit's indicator at a date." })
export class IndicatorValueInput {
  @Field(() => LocalDateScalar)
  date!: string;

  @Field(() => DecimalScalar)
  value!: string;
}
