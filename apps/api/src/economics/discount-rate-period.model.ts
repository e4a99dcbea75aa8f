import { Field, Int, ObjectType } from '@nestjs/graphql';
import { DecimalScalar } from '../common/scalars/decimal.scalar.js';

@ObjectType('DiscountRatePeriod', { description: 'A period of the declining discount rate (R-109).' })
export class DiscountRatePeriodModel {
  @Field(() => Int, {
    nullable: true,
    description: 'Last year of the period counted from the base year; null: open-ended.',
  })
  throughYear!: number | null;

  @Field(() => DecimalScalar, { description: 'A fraction: "0.04" is 4 %.' })
  rate!: string;
}
