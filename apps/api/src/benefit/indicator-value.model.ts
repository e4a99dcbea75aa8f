import { Field, ObjectType } from '@nestjs/graphql';
import { DecimalScalar } from '../common/scalars/decimal.scalar.js';
import { LocalDateScalar } from '../common/scalars/local-date.scalar.js';

@ObjectType('IndicatorValue', { description: 'An indicator value at a date: a baseline or a target.' })
export class IndicatorValueModel {
  @Field(() => LocalDateScalar)
  date!: string;

  @Field(() => DecimalScalar)
  value!: string;
}
