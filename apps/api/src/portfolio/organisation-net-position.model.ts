import { AdministrativeLevel } from '@gevinst/domain';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import { NetFiguresModel } from './net-figures.model.js';

@ObjectType('OrganisationNetPosition', {
  description: 'One organisation: what it pays against what it gains.',
})
export class OrganisationNetPositionModel extends NetFiguresModel {
  @Field(() => ID, { description: "The organisation's id." })
  organisationId!: string;

  @Field(() => AdministrativeLevel, { description: "The organisation's administrative level." })
  level!: AdministrativeLevel;
}
