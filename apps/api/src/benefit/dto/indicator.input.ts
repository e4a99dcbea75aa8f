import { IndicatorDirection, IndicatorKind } from '@gevinst/domain';
import { Field, InputType } from '@nestjs/graphql';
import '../benefit-enums.js';

@InputType({
  description:
    'The indicator a benefit is measured by: name, unit, which direction is better and how values turn into NOK.',
})
export class IndicatorInput {
  @Field({ description: "The indicator's name." })
  name!: string;

  @Field({ description: 'The indicator\'s unit, e.g. "hours" or "cases".' })
  unit!: string;

  @Field(() => IndicatorDirection, { description: 'Which way is better: INCREASE or DECREASE.' })
  direction!: IndicatorDirection;

  @Field(() => IndicatorKind, {
    nullable: true,
    description: 'RATE (default) or PERIOD_TOTAL: how the values turn into NOK a year (see IndicatorKind).',
  })
  kind?: IndicatorKind | null;
}
