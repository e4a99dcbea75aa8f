import { Field, InputType } from '@nestjs/graphql';
import { DecimalScalar } from '../../common/scalars/decimal.scalar.js';
import { LocalDateScalar } from '../../common/scalars/local-date.scalar.js';

@InputType({ description: "A value of a benefit's indicator at a date." })
export class IndicatorValueInput {
  @Field(() => LocalDateScalar, { description: 'The date of the value (YYYY-MM-DD).' })
  date!: string;

  @Field(() => DecimalScalar, { description: "The indicator's value, in its unit, as a decimal string." })
  value!: string;
}
