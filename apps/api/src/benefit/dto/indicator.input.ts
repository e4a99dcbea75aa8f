import { IndicatorDirection } from '@gevinst/domain';
import { Field, InputType } from '@nestjs/graphql';
import '../benefit-enums.js';

@InputType()
export class IndicatorInput {
  @Field()
  name!: string;

  @Field()
  unit!: string;

  @Field(() => IndicatorDirection)
  direction!: IndicatorDirection;
}
