import { Field, ID, InputType } from '@nestjs/graphql';
import { DecimalScalar } from '../../common/scalars/decimal.scalar.js';

@InputType({
  description:
    "One organisation's value of an allocation driver: give `decimalValue` (or the deprecated `value`), exactly one.",
})
export class DriverValueInput {
  @Field(() => ID, { description: "The organisation's id." })
  organisationId!: string;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'The value: a non-negative decimal with at most 4 decimals, e.g. "15320" or "12.5".',
  })
  decimalValue?: string | null;

  @Field(() => String, {
    nullable: true,
    deprecationReason: 'Use decimalValue.',
    description:
      'The value as a String (a non-negative decimal with at most 4 decimals). Replaced by the Decimal-typed decimalValue; give one of the two.',
  })
  value?: string | null;
}
