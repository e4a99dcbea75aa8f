import { Field, InputType } from '@nestjs/graphql';
import { DecimalScalar } from '../../common/scalars/decimal.scalar.js';
import { LocalDateScalar } from '../../common/scalars/local-date.scalar.js';

@InputType()
export class IndicatorValueInput {
  @Field(() => LocalDateScalar)
  date!: string;

  @Field(() => DecimalScalar)
  value!: string;
}
