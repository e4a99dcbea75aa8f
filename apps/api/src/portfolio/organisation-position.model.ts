import { AdministrativeLevel, FundingScheme } from '@gevinst/domain';
import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Paginated } from '../common/pagination.js';
import { LocalDateScalar } from '../common/scalars/local-date.scalar.js';
import { MoneyScalar } from '../common/scalars/money.scalar.js';
import { NetFiguresModel } from './net-figures.model.js';

export enum PositionPayerKind {
  ORGANISATION = 'ORGANISATION',
  SCHEME = 'SCHEME',
}

registerEnumType(PositionPayerKind, {
  name: 'PositionPayerKind',
  description: 'Who a row of the per-organisation view is.',
  valuesMap: {
    ORGANISATION: {
      description: 'An organisation: it pays allocations and own-budget items and receives benefits.',
    },
    SCHEME: {
      description: 'A grant scheme (co-financing, DigiFin, StimuLab, other) paying the items it funds.',
    },
  },
});

/** The money figures of a row or an initiative of a row (NetFiguresModel plus what a scheme pays). */
@ObjectType({ isAbstract: true })
export abstract class PositionFiguresModel extends NetFiguresModel {
  @Field(() => MoneyScalar, {
    description: 'What a grant scheme pays (the cost items it funds); 0.00 for an organisation.',
  })
  grantNok!: string;
}

@ObjectType('OrganisationInitiativePosition', {
  description:
    'What one organisation (or scheme) pays and gets in one initiative, by the definitions of netPositions applied to that initiative alone; the initiatives of a row add up to the row. costShare and benefitShare are shares within the initiative; the flags are those of the initiative alone.',
})
export class OrganisationInitiativePositionModel extends PositionFiguresModel {
  @Field(() => ID, { description: 'The initiative.' })
  initiativeId!: string;
}

@ObjectType('OrganisationPosition', {
  description:
    'One row of the per-organisation view: an organisation, or a grant scheme as a payer, with the figures netPositions gives it for the same filter (docs/organisation-positions.md).',
})
export class OrganisationPositionModel extends PositionFiguresModel {
  @Field(() => PositionPayerKind, { description: 'An organisation or a grant scheme.' })
  payerKind!: PositionPayerKind;

  @Field(() => ID, { nullable: true, description: 'The organisation; null for a scheme.' })
  organisationId!: string | null;

  @Field(() => FundingScheme, { nullable: true, description: 'The scheme; null for an organisation.' })
  scheme!: FundingScheme | null;

  @Field(() => AdministrativeLevel, {
    nullable: true,
    description: 'The organisation’s level; null for a scheme.',
  })
  level!: AdministrativeLevel | null;

  @Field(() => Int, { description: 'How many initiatives the figures come from.' })
  initiativeCount!: number;

  @Field(() => [OrganisationInitiativePositionModel], {
    description: 'The initiatives behind the figures, by paidNok, largest first; they add up to this row.',
  })
  initiatives!: OrganisationInitiativePositionModel[];
}

@ObjectType('OrganisationPositionTotals', {
  description:
    'The sums of every row matching the filter (all pages), so the page’s sum line and the export agree.',
})
export class OrganisationPositionTotalsModel {
  @Field(() => MoneyScalar, { description: 'Σ allocatedCostNok.' })
  allocatedCostNok!: string;

  @Field(() => MoneyScalar, { description: 'Σ ownBudgetCostNok.' })
  ownBudgetCostNok!: string;

  @Field(() => MoneyScalar, { description: 'Σ grantNok.' })
  grantNok!: string;

  @Field(() => MoneyScalar, { description: 'Σ paidNok.' })
  paidNok!: string;

  @Field(() => MoneyScalar, { description: 'Σ plannedBenefitNok.' })
  plannedBenefitNok!: string;

  @Field(() => MoneyScalar, { description: 'Σ realisedBenefitNok.' })
  realisedBenefitNok!: string;

  @Field(() => MoneyScalar, { description: 'Σ plannedNetNok.' })
  plannedNetNok!: string;

  @Field(() => MoneyScalar, { description: 'Σ realisedNetNok.' })
  realisedNetNok!: string;
}

@ObjectType('OrganisationPositionPage', {
  description: 'A page of the per-organisation view, with the count and sums of every matching row.',
})
export class OrganisationPositionPage extends Paginated(OrganisationPositionModel) {
  @Field(() => LocalDateScalar, { description: 'The date realised figures are counted to.' })
  asOf!: string;

  @Field(() => Int, { nullable: true, description: 'The first year counted; null when there is nothing.' })
  fromYear!: number | null;

  @Field(() => Int, { nullable: true, description: 'The last year counted; null when there is nothing.' })
  toYear!: number | null;

  @Field(() => Int, {
    description: 'How many initiatives the selection counts (after the matrix-cell condition).',
  })
  initiativeCount!: number;

  @Field(() => OrganisationPositionTotalsModel, {
    description: 'Sums of every matching row, across all pages.',
  })
  totals!: OrganisationPositionTotalsModel;
}
