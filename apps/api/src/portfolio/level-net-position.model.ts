import { AdministrativeLevel } from '@gevinst/domain';
import { Field, Int, ObjectType } from '@nestjs/graphql';
import { NetFiguresModel } from './net-figures.model.js';

@ObjectType('LevelNetPosition', { description: 'The organisations of an administrative level together.' })
export class LevelNetPositionModel extends NetFiguresModel {
  @Field(() => AdministrativeLevel, { description: 'The administrative level.' })
  level!: AdministrativeLevel;

  @Field(() => Int, { description: 'The number of organisations at this level.' })
  organisations!: number;
}
