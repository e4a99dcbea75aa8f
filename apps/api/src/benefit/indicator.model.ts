import { IndicatorDirection, IndicatorKind } from '@gevinst/domain';
import { Field, ObjectType } from '@nestjs/graphql';
import './benefit-enums.js';

@ObjectType('Indicator', { description: 'What is measured to follow a benefit.' })
export class IndicatorModel {
  @Field({ description: 'E.g. "Saksbehandlingstimer per år".' })
  name!: string;

  @Field({ description: 'E.g. "timer", "prosent", "antall".' })
  unit!: string;

  @Field(() => IndicatorDirection, { description: 'Which way is better: INCREASE or DECREASE.' })
  direction!: IndicatorDirection;

  @Field(() => IndicatorKind, {
    description: "RATE or PERIOD_TOTAL: how the indicator's values turn into NOK a year (see IndicatorKind).",
  })
  kind!: IndicatorKind;
}
