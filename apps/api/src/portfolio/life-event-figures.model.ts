import { LifeEvent } from '@gevinst/domain';
import { Field, ObjectType } from '@nestjs/graphql';
import { PortfolioFiguresModel } from './portfolio-figures.model.js';

@ObjectType('LifeEventFigures', {
  description: 'The figures of the initiatives serving a life event (null: none).',
})
export class LifeEventFiguresModel extends PortfolioFiguresModel {
  @Field(() => LifeEvent, { description: 'The life event the initiative serves.', nullable: true })
  lifeEvent!: LifeEvent | null;
}
