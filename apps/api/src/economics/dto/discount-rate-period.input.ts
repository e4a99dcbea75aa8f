import { Field, InputType, Int } from '@nestjs/graphql';
import { DecimalScalar } from '../../common/scalars/decimal.scalar.js';

@InputType({
  description:
    'A period of the declining discount rate: `rate` (a fraction, "0.04" is 4 %) applies to the years after the previous period through `throughYear` (counted from the base year); the last period has no throughYear.',
})
export class DiscountRatePeriodInput {
  @Field(() => Int, {
    description:
      'The last year of the period, counted in years from the base year; empty for the last period.',
    nullable: true,
  })
  throughYear?: number | null;

  @Field(() => DecimalScalar, {
    description: 'The discount rate as a fraction in a decimal string: "0.04" is 4 %.',
  })
  rate!: string;
}
