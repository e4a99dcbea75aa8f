import { Field, Int, ObjectType } from '@nestjs/graphql';
import { LocalDateScalar } from '../common/scalars/local-date.scalar.js';
import { LevelNetPositionModel } from './level-net-position.model.js';
import { NetPositionMatrixCellModel } from './net-position-matrix-cell.model.js';
import { NetTotalsModel } from './net-totals.model.js';
import { OrganisationNetPositionModel } from './organisation-net-position.model.js';
import { listOf, MAX_ORGANISATION_ROWS } from '../graphql/complexity.js';

@ObjectType('NetPositions', {
  description:
    'Who pays versus who benefits: per organisation, per administrative level and as a matrix. Only the figures the caller may see are included (administrators: all; portfolio reviewers: their ministry’s initiatives; users of an owner organisation: its initiatives; everybody: their own organisation), and every total is computed from those.',
})
export class NetPositionsModel {
  @Field(() => LocalDateScalar)
  asOf!: string;

  @Field(() => Int, { nullable: true })
  fromYear!: number | null;

  @Field(() => Int, { nullable: true })
  toYear!: number | null;

  @Field(() => [OrganisationNetPositionModel], {
    complexity: listOf(MAX_ORGANISATION_ROWS),
    description: 'By allocated cost, largest first; then by planned benefit.',
  })
  organisations!: OrganisationNetPositionModel[];

  @Field(() => [LevelNetPositionModel], { description: 'CENTRAL, REGIONAL, LOCAL.' })
  levels!: LevelNetPositionModel[];

  @Field(() => [NetPositionMatrixCellModel], { description: 'Rows: who pays; columns: who benefits.' })
  matrix!: NetPositionMatrixCellModel[];

  @Field(() => NetTotalsModel)
  totals!: NetTotalsModel;
}
