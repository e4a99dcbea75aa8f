import { Field, Int, ObjectType } from '@nestjs/graphql';
import { LocalDateScalar } from '../common/scalars/local-date.scalar.js';
import { InitiativeFiguresModel } from './initiative-figures.model.js';
import { AdministrativeLevelFiguresModel } from './level-figures.model.js';
import { LifeEventFiguresModel } from './life-event-figures.model.js';
import { MinistryFiguresModel } from './ministry-figures.model.js';
import { PortfolioFiguresModel } from './portfolio-figures.model.js';
import { PortfolioYearModel } from './portfolio-year.model.js';

@ObjectType('PortfolioSummary', {
  description:
    'Costs and benefits of a portfolio of initiatives: totals, planned versus realised per year, and breakdowns (each breakdown adds up to the totals).',
})
export class PortfolioSummaryModel extends PortfolioFiguresModel {
  @Field(() => LocalDateScalar, { description: 'The date the figures are computed at (YYYY-MM-DD).' })
  asOf!: string;

  @Field(() => Int, {
    nullable: true,
    description:
      'The first year of the window: as filtered, or the first year of the initiatives’ analysis periods. Null when the selection has no initiative.',
  })
  fromYear!: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'The last year of the window: as filtered, or the last year of the initiatives’ analysis periods.',
  })
  toYear!: number | null;

  @Field(() => [PortfolioYearModel], { description: 'The figures per calendar year.' })
  byYear!: PortfolioYearModel[];

  @Field(() => [MinistryFiguresModel], { description: 'The figures per responsible ministry.' })
  byMinistry!: MinistryFiguresModel[];

  @Field(() => [LifeEventFiguresModel], { description: 'The figures per life event.' })
  byLifeEvent!: LifeEventFiguresModel[];

  @Field(() => [AdministrativeLevelFiguresModel], { description: "By the owner organisation's level." })
  byAdministrativeLevel!: AdministrativeLevelFiguresModel[];

  @Field(() => [InitiativeFiguresModel], {
    description:
      'Per initiative, by code: its analysis period within the window (realisationPercent is the same definition as the totals’).',
  })
  byInitiative!: InitiativeFiguresModel[];
}
