import { IndicatorDirection } from '@gevinst/domain';
import { Field, ObjectType } from '@nestjs/graphql';
import './benefit-enums.js';

@ObjectType('Indicator', { description: 'What is measured to follow a benefit.' })
export class IndicatorModel {
  @Field({ description: 'E.g. "Saksbehandlingstimer per år".' })
  name!: string;

  @Field({ description: 'E.g. "timer", "prosent", "antall".' })
  unit!: string;

  @Field(() => IndicatorDirection)
  direction!: IndicatorDirection;
}
