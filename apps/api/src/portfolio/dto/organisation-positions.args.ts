import { AdministrativeLevel, InitiativePhase, LifeEvent } from '@gevinst/domain';
import { ArgsType, Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { PageArgs } from '../../common/pagination.js';
import { LocalDateScalar } from '../../common/scalars/local-date.scalar.js';
import { SortInput } from '../../common/sorting.js';
import { SortDirection } from '../../common/sort-direction.enum.js';
import { NetPositionFlag } from '../net-position-flag.enum.js';

export enum OrganisationPositionSortField {
  NAME = 'NAME',
  ALLOCATED = 'ALLOCATED',
  OWN_BUDGET = 'OWN_BUDGET',
  GRANT = 'GRANT',
  PAID = 'PAID',
  PLANNED_BENEFIT = 'PLANNED_BENEFIT',
  REALISED_BENEFIT = 'REALISED_BENEFIT',
  PLANNED_NET = 'PLANNED_NET',
  REALISED_NET = 'REALISED_NET',
}

registerEnumType(OrganisationPositionSortField, {
  name: 'OrganisationPositionSortField',
  description: 'What the per-organisation view is sorted by; equal values by name.',
  valuesMap: {
    NAME: { description: 'The organisation’s name (a scheme by its Norwegian name).' },
    ALLOCATED: { description: 'allocatedCostNok' },
    OWN_BUDGET: { description: 'ownBudgetCostNok' },
    GRANT: { description: 'grantNok' },
    PAID: { description: 'paidNok' },
    PLANNED_BENEFIT: { description: 'plannedBenefitNok' },
    REALISED_BENEFIT: { description: 'realisedBenefitNok' },
    PLANNED_NET: { description: 'plannedNetNok' },
    REALISED_NET: { description: 'realisedNetNok' },
  },
});

/** A payer row of the level matrix (netPositions.matrix), to open the organisations behind a cell. */
export enum MatrixPayer {
  CENTRAL = 'CENTRAL',
  REGIONAL = 'REGIONAL',
  LOCAL = 'LOCAL',
  CO_FINANCING = 'CO_FINANCING',
  DIGIFIN = 'DIGIFIN',
  STIMULAB = 'STIMULAB',
  OTHER = 'OTHER',
  NO_PAYER = 'NO_PAYER',
}

registerEnumType(MatrixPayer, {
  name: 'MatrixPayer',
  description: 'A row of the matrix who pays × who benefits.',
  valuesMap: {
    CENTRAL: { description: 'Organisations at the central level.' },
    REGIONAL: { description: 'Organisations at the regional level.' },
    LOCAL: { description: 'Organisations at the local level.' },
    CO_FINANCING: { description: 'The co-financing scheme.' },
    DIGIFIN: { description: 'DigiFin.' },
    STIMULAB: { description: 'StimuLab.' },
    OTHER: { description: 'Other grant funding.' },
    NO_PAYER: { description: 'Nobody pays (initiatives without costs in the period).' },
  },
});

/** A beneficiary column of the level matrix. */
export enum MatrixBeneficiary {
  CENTRAL = 'CENTRAL',
  REGIONAL = 'REGIONAL',
  LOCAL = 'LOCAL',
  NO_BENEFICIARY = 'NO_BENEFICIARY',
}

registerEnumType(MatrixBeneficiary, {
  name: 'MatrixBeneficiary',
  description: 'A column of the matrix who pays × who benefits.',
  valuesMap: {
    CENTRAL: { description: 'Benefits received at the central level.' },
    REGIONAL: { description: 'Benefits received at the regional level.' },
    LOCAL: { description: 'Benefits received at the local level.' },
    NO_BENEFICIARY: { description: 'Initiatives without a planned benefit above zero.' },
  },
});

@InputType({
  description:
    'Which initiatives are counted (as in PortfolioFilter: ministryId, lifeEvent, phase, years) and which rows are listed (the organisation’s county and level, the flags, the matrix cell). Every condition narrows.',
})
export class OrganisationPositionFilter {
  @Field(() => ID, { nullable: true, description: 'Initiatives of this responsible ministry.' })
  ministryId?: string;

  @Field(() => [LifeEvent], { nullable: true, description: 'Initiatives serving any of these life events.' })
  lifeEvent?: LifeEvent[];

  @Field(() => [InitiativePhase], { nullable: true, description: 'Initiatives in any of these phases.' })
  phase?: InitiativePhase[];

  @Field(() => Int, {
    nullable: true,
    description: 'First year of the window (as PortfolioFilter.fromYear).',
  })
  fromYear?: number;

  @Field(() => Int, { nullable: true, description: 'Last year of the window (as PortfolioFilter.toYear).' })
  toYear?: number;

  @Field(() => AdministrativeLevel, {
    nullable: true,
    description:
      'Initiatives with at least one participant at this level (as PortfolioFilter.administrativeLevel, so a dashboard filtered by it opens the same initiatives).',
  })
  participantLevel?: AdministrativeLevel;

  @Field({
    nullable: true,
    description:
      'Rows: organisations in this county (two digits: municipalities and county authorities). Leaves the schemes out.',
  })
  countyNumber?: string;

  @Field(() => [AdministrativeLevel], {
    nullable: true,
    description: 'Rows: organisations at any of these levels. Leaves the schemes out.',
  })
  level?: AdministrativeLevel[];

  @Field(() => [NetPositionFlag], { nullable: true, description: 'Rows with any of these flags.' })
  flag?: NetPositionFlag[];

  @Field({ nullable: true, description: 'false: organisations only, no scheme rows. Default true.' })
  includeSchemes?: boolean;

  @Field(() => [ID], { nullable: true, description: 'Rows: only these organisations (at most 500).' })
  organisationIds?: string[];

  @Field({ nullable: true, description: 'Rows whose name or organisation number contains this text.' })
  search?: string;

  @Field(() => MatrixPayer, {
    nullable: true,
    description:
      'The matrix cell’s row: only initiatives in which this payer pays above zero (NO_PAYER: nobody pays), and only its rows (a level: its organisations that pay; a scheme: the scheme).',
  })
  matrixPayer?: MatrixPayer;

  @Field(() => MatrixBeneficiary, {
    nullable: true,
    description:
      'The matrix cell’s column: only initiatives in which this level receives a benefit other than zero (NO_BENEFICIARY: initiatives without a planned benefit above zero).',
  })
  matrixBeneficiary?: MatrixBeneficiary;
}

@InputType({ description: 'The order of the per-organisation view.' })
export class OrganisationPositionSort extends SortInput(
  OrganisationPositionSortField,
  OrganisationPositionSortField.PAID,
  SortDirection.DESC,
) {}

@ArgsType()
export class OrganisationPositionsArgs extends PageArgs {
  @Field(() => OrganisationPositionFilter, {
    nullable: true,
    description: 'Initiatives counted and rows listed.',
  })
  filter?: OrganisationPositionFilter;

  @Field(() => OrganisationPositionSort, {
    nullable: true,
    description: 'Default: by paidNok, largest first.',
  })
  sort?: OrganisationPositionSort;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Default today (Norwegian time).' })
  asOf?: string | null;
}
