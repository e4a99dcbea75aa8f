import { AdministrativeLevel } from '@gevinst/domain';
import { Field, ObjectType } from '@nestjs/graphql';
import { PortfolioFiguresModel } from './portfolio-figures.model.js';

@ObjectType('AdministrativeLevelFigures', {
  description: 'The figures of the initiatives whose owner organisation is at an administrative level.',
})
export class AdministrativeLevelFiguresModel extends PortfolioFiguresModel {
  @Field(() => AdministrativeLevel, { description: 'The administrative level.' })
  level!: AdministrativeLevel;
}
