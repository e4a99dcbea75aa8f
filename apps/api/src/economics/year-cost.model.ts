import { Field, Int, ObjectType } from '@nestjs/graphql';
import { MoneyScalar } from '../common/scalars/money.scalar.js';

@ObjectType('YearCost', { description: "An initiative's cost items summed for a year." })
export class YearCostModel {
  @Field(() => Int)
  year!: number;

  @Field(() => MoneyScalar)
  planned!: string;

  @Field(() => MoneyScalar, {
    nullable: true,
    description: 'Null while no actual amount is recorded for the year.',
  })
  actual!: string | null;
}
