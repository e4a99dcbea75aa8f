import { Field, ID, ObjectType } from '@nestjs/graphql';
import { PortfolioFiguresModel } from './portfolio-figures.model.js';

@ObjectType('MinistryFigures', {
  description: 'The figures of the initiatives a ministry is responsible for.',
})
export class MinistryFiguresModel extends PortfolioFiguresModel {
  @Field(() => ID, { description: "The ministry's organisation id." })
  ministryId!: string;
}
