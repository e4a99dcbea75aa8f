import { Field, Int, ObjectType } from '@nestjs/graphql';
import { LocalDateScalar } from '../common/scalars/local-date.scalar.js';
import { LevelNetPositionModel } from './level-net-position.model.js';
import { NetPositionMatrixCellModel } from './net-position-matrix-cell.model.js';
import { NetTotalsModel } from './net-totals.model.js';
import { OrganisationNetPositionModel } from './organisation-net-position.model.js';
import { SchemeNetPositionModel } from './scheme-net-position.model.js';
import { listOf, MAX_ORGANISATION_ROWS } from '../graphql/complexity.js';

@ObjectType('NetPositions', {
  description:
    'Who pays versus who benefits: per organisation, per administrative level, per grant scheme and as a matrix. Every krone of the initiatives’ costs in the period is counted by the budget it comes from: an organisation pays its allocations and the unallocated cost items its own budget pays, a grant scheme the items it funds (docs/api.md, “Who pays”). Only the figures the caller may see are included (administrators: all; portfolio reviewers: their ministry’s initiatives; users of an owner organisation: its initiatives; everybody: their own organisation), and every total is computed from those.',
})
export class NetPositionsModel {
  @Field(() => LocalDateScalar, { description: 'The date realised figures are counted to.' })
  asOf!: string;

  @Field(() => Int, { nullable: true, description: 'The first year counted; null when there is nothing.' })
  fromYear!: number | null;

  @Field(() => Int, { nullable: true, description: 'The last year counted; null when there is nothing.' })
  toYear!: number | null;

  @Field(() => [OrganisationNetPositionModel], {
    complexity: listOf(MAX_ORGANISATION_ROWS),
    description:
      'By paidNok (allocations and own budget), largest first; then by planned benefit. An organisation’s own-budget payments are shown where its allocation lines in the initiative would be (libs/domain scopeAllowsLine).',
  })
  organisations!: OrganisationNetPositionModel[];

  @Field(() => [LevelNetPositionModel], { description: 'CENTRAL, REGIONAL, LOCAL.' })
  levels!: LevelNetPositionModel[];

  @Field(() => [SchemeNetPositionModel], {
    description:
      'The grant schemes that pay cost items, in the order CO_FINANCING, DIGIFIN, STIMULAB, OTHER.',
  })
  schemes!: SchemeNetPositionModel[];

  @Field(() => [NetPositionMatrixCellModel], {
    description: 'Rows: who pays (administrative levels, then grant schemes); columns: who benefits.',
  })
  matrix!: NetPositionMatrixCellModel[];

  @Field(() => NetTotalsModel, { description: 'The sums of the rows shown and of the schemes.' })
  totals!: NetTotalsModel;
}
