import { Field, ObjectType } from '@nestjs/graphql';
import { DecimalScalar } from '../common/scalars/decimal.scalar.js';
import { LocalDateScalar } from '../common/scalars/local-date.scalar.js';

@ObjectType('IndicatorValue', { description: 'An indicator value at a date: a baseline or a target.' })
export class IndicatorValueModel {
  @Field(() => LocalDateScalar, { description: 'The date of the value (YYYY-MM-DD).' })
  date!: string;

  @Field(() => DecimalScalar, { description: "The indicator's value, in its unit, as a decimal string." })
  value!: string;
}
