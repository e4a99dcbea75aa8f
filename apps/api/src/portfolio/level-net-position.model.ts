import { AdministrativeLevel } from '@gevinst/domain';
import { Field, Int, ObjectType } from '@nestjs/graphql';
import { NetFiguresModel } from './net-figures.model.js';

@ObjectType('LevelNetPosition', { description: 'The organisations of an administrative level together.' })
export class LevelNetPositionModel extends NetFiguresModel {
  @Field(() => AdministrativeLevel)
  level!: AdministrativeLevel;

  @Field(() => Int)
  organisations!: number;
}
