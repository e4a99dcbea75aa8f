import { AdministrativeLevel, FundingScheme } from '@gevinst/domain';
import {
  type GrantScheme,
  type MatrixPayer as CostModelMatrixPayer,
  type PositionListRow,
  type PositionTotals,
  parseAmount,
} from '@gevinst/cost-model';
import { MatrixBeneficiary, MatrixPayer } from './dto/organisation-positions.args.js';
import { positionFigures } from './net-positions.js';
import type { OrganisationFactsRow } from './portfolio.repository.js';
import {
  type OrganisationPositionModel,
  type OrganisationPositionTotalsModel,
  PositionPayerKind,
} from './organisation-position.model.js';

/** A scheme's name where a name is needed (sorting, search, the workbook): as the admin's nb catalogue. */
export const SCHEME_NAME_NB: Record<GrantScheme, string> = {
  [FundingScheme.CO_FINANCING]: 'Medfinansieringsordningen',
  [FundingScheme.DIGIFIN]: 'DigiFin',
  [FundingScheme.STIMULAB]: 'StimuLab',
  [FundingScheme.OTHER]: 'Annen finansiering',
};

/** The answer of organisationPositions: a page with the count and sums of every matching row. */
export interface OrganisationPositionList {
  asOf: string;
  fromYear: number | null;
  toYear: number | null;
  initiativeCount: number;
  totalCount: number;
  totals: OrganisationPositionTotalsModel;
  nodes: OrganisationPositionModel[];
}

/** Every matching row, with what names them (the workbook). */
export interface OrganisationPositionRows {
  list: OrganisationPositionList;
  /** the rows of list.nodes, in the same order, with their names, numbers and counties */
  rows: PositionListRow[];
  facts: Map<string, OrganisationFactsRow>;
  /** the counted initiatives' codes and names */
  initiatives: Map<string, { code: string; name: string }>;
  /** the filter's ministry by name (null: none asked) */
  ministryName: string | null;
}

/** The GraphQL matrix row as cost-model's payer: a level, a scheme, null (nobody pays); undefined: any. */
export function matrixPayerOf(payer: MatrixPayer | null | undefined): CostModelMatrixPayer | undefined {
  if (payer === null || payer === undefined) return undefined;
  if (payer === MatrixPayer.NO_PAYER) return null;
  if (payer in AdministrativeLevel) return payer as unknown as AdministrativeLevel;
  return payer as unknown as GrantScheme;
}

/** The GraphQL matrix column as cost-model's beneficiary: a level, or null (no beneficiary); undefined: any. */
export function matrixBeneficiaryOf(
  beneficiary: MatrixBeneficiary | null | undefined,
): AdministrativeLevel | null | undefined {
  if (beneficiary === null || beneficiary === undefined) return undefined;
  if (beneficiary === MatrixBeneficiary.NO_BENEFICIARY) return null;
  return beneficiary as unknown as AdministrativeLevel;
}

export function totalsModel(totals: PositionTotals): OrganisationPositionTotalsModel {
  return {
    allocatedCostNok: totals.cost,
    ownBudgetCostNok: totals.ownBudgetCost,
    grantNok: totals.grantPaid,
    paidNok: totals.paid,
    plannedBenefitNok: totals.plannedBenefit,
    realisedBenefitNok: totals.realisedBenefit,
    plannedNetNok: totals.plannedNet,
    realisedNetNok: totals.realisedNet,
  };
}

const ore = (value: string): bigint => parseAmount(value, 'amount', { allowNegative: true });

/** A row as the GraphQL type; its initiatives by paidNok, then planned benefit, largest first. */
export function positionModel({ position }: PositionListRow): OrganisationPositionModel {
  const { payer } = position;
  return {
    payerKind: payer.kind === 'ORGANISATION' ? PositionPayerKind.ORGANISATION : PositionPayerKind.SCHEME,
    organisationId: payer.kind === 'ORGANISATION' ? payer.organisationId : null,
    scheme: payer.kind === 'SCHEME' ? payer.scheme : null,
    level: payer.kind === 'ORGANISATION' ? payer.level : null,
    ...positionFigures(position),
    initiativeCount: position.initiatives.length,
    initiatives: [...position.initiatives]
      .sort((a, b) => {
        const paid = ore(b.paid) - ore(a.paid);
        if (paid !== 0n) return paid > 0n ? 1 : -1;
        const planned = ore(b.plannedBenefit) - ore(a.plannedBenefit);
        return planned > 0n ? 1 : planned < 0n ? -1 : 0;
      })
      .map((initiative) => ({ initiativeId: initiative.initiativeId, ...positionFigures(initiative) })),
  };
}
