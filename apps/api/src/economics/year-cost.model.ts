import { Field, Int, ObjectType } from '@nestjs/graphql';
import { MoneyScalar } from '../common/scalars/money.scalar.js';

@ObjectType('YearCost', { description: "An initiative's cost items summed for a year." })
export class YearCostModel {
  @Field(() => Int, { description: 'The calendar year.' })
  year!: number;

  @Field(() => MoneyScalar, { description: 'The planned cost of the year in NOK.' })
  planned!: string;

  @Field(() => MoneyScalar, {
    nullable: true,
    description: 'Null while no actual amount is recorded for the year.',
  })
  actual!: string | null;
}
