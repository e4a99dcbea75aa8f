import { Field, ID, ObjectType } from '@nestjs/graphql';
import { PortfolioFiguresModel } from './portfolio-figures.model.js';

@ObjectType('InitiativeFigures', {
  description:
    'One initiative’s figures in a portfolio answer: the years of its own analysis period within the window, the same figures its `economics` gives for those years.',
})
export class InitiativeFiguresModel extends PortfolioFiguresModel {
  @Field(() => ID, { description: "The initiative's id." })
  initiativeId!: string;

  @Field({ description: "The initiative's code." })
  code!: string;

  @Field({ description: "The initiative's name." })
  name!: string;
}
