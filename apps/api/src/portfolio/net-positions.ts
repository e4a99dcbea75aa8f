import { AdministrativeLevel, type FinancialDetailScope, scopeAllowsLine } from '@gevinst/domain';
import {
  type BenefitPosition,
  type GrantScheme,
  type NetFigures,
  type OrganisationPosition,
  type Payment,
  type PositionFigures,
  organisationPositions,
  formatOre,
  netPositions,
  parseAmount,
  payerMatrix,
  payments,
} from '@gevinst/cost-model';
import type { BenefitCalculator } from '../realisation/benefit-figures.js';
import { NetPositionFlag } from './net-position-flag.enum.js';
import type { NetFiguresModel } from './net-figures.model.js';
import type { NetPositionsModel } from './net-positions.model.js';
import { compareBig } from './portfolio-summary.js';
import type { PaymentSumRow, PortfolioInitiativeRow, YearRange } from './portfolio.repository.js';

type InitiativeBenefit = BenefitPosition & { initiativeId: string };

/** A receiving organisation's planned and realised benefits in one initiative, in øre. */
export interface ReceivedBenefit {
  initiativeId: string;
  organisationId: string;
  planned: bigint;
  realised: bigint;
}

/** The answer when the selection has no years (nothing to count). */
export function noNetPositions(asOf: string, range: YearRange | null): NetPositionsModel {
  return {
    asOf,
    fromYear: range?.fromYear ?? null,
    toYear: range?.toYear ?? null,
    organisations: [],
    levels: [],
    schemes: [],
    matrix: [],
    totals: {
      allocatedCostNok: '0.00',
      ownBudgetCostNok: '0.00',
      schemePaidNok: '0.00',
      paidNok: '0.00',
      plannedBenefitNok: '0.00',
      realisedBenefitNok: '0.00',
      plannedNetNok: '0.00',
      realisedNetNok: '0.00',
    },
  };
}

/**
 * Only what the caller may see, row by row (libs/domain scopeAllowsLine): every total is computed from the
 * visible rows alone, so no figure reveals another organisation's allocated cost or benefit.
 */
function visibility(
  scope: FinancialDetailScope,
  initiatives: readonly PortfolioInitiativeRow[],
): (initiativeId: string, organisationId: string) => boolean {
  const byId = new Map(initiatives.map((row) => [row.id, row]));
  return (initiativeId, organisationId) => {
    const initiative = byId.get(initiativeId);
    return (
      initiative !== undefined &&
      scopeAllowsLine(scope, {
        organisationId,
        initiativeOwnerId: initiative.owner_id,
        initiativeMinistryId: initiative.ministry_id,
      })
    );
  };
}

/** What the scope lets the caller count of who pays: the payments (cost-model `payments`) and the funders. */
export interface VisiblePayments {
  /** per initiative, kind and payer; organisations' payments with their level */
  payments: (Payment & { level: AdministrativeLevel | null })[];
  /** organisations funding an initiative from their own budget in the period */
  funders: string[];
  /** the same, per initiative */
  initiativeFunders: { initiativeId: string; organisationId: string }[];
}

/**
 * Who pays, as far as the scope allows: cost-model's `payments` of all the rows, then an organisation's
 * payment (allocation or own budget) only where libs/domain scopeAllowsLine allows that organisation's line
 * in the initiative — the same rule as for allocation lines. A scheme's payment (a grant) is counted for
 * every initiative in the selection: the selection holds only initiatives the caller may read, and their
 * cost items and funding plan — whose totals these are — are visible to whoever may read the initiative.
 */
export function visiblePayments(
  scope: FinancialDetailScope,
  initiatives: readonly PortfolioInitiativeRow[],
  rows: readonly PaymentSumRow[],
): VisiblePayments {
  const visible = visibility(scope, initiatives);
  const levelOf = new Map<string, AdministrativeLevel>();
  for (const initiative of initiatives) levelOf.set(initiative.owner_id, initiative.owner_level);
  for (const row of rows) if (row.organisation_id && row.level) levelOf.set(row.organisation_id, row.level);
  const paid = payments(
    initiatives.map((initiative) => ({ id: initiative.id, ownerId: initiative.owner_id })),
    rows
      .filter((row) => row.kind === 'ALLOCATION')
      .map((row) => ({
        initiativeId: row.initiative_id,
        organisationId: row.organisation_id as string,
        amount: row.amount,
      })),
    rows
      .filter((row) => row.kind === 'UNALLOCATED')
      .map((row) => ({
        initiativeId: row.initiative_id,
        amount: row.amount,
        fundingScheme: row.scheme,
        payingOrganisationId: row.organisation_id,
        allocatedByKey: row.keyed,
      })),
  );
  const initiativeFunders = rows
    .filter(
      (row) =>
        row.kind === 'OWN_BUDGET_FUNDER' &&
        row.organisation_id !== null &&
        visible(row.initiative_id, row.organisation_id),
    )
    .map((row) => ({ initiativeId: row.initiative_id, organisationId: row.organisation_id as string }));
  return {
    initiativeFunders,
    payments: paid
      .filter((row) => row.organisationId === null || visible(row.initiativeId, row.organisationId))
      .map((row) => ({
        ...row,
        level: row.organisationId === null ? null : (levelOf.get(row.organisationId) ?? null),
      })),
    funders: [...new Set(initiativeFunders.map((row) => row.organisationId))],
  };
}

/** The monetised benefits the scope allows, per initiative and receiving organisation, over the years. */
export function receivedBenefits(
  scope: FinancialDetailScope,
  initiatives: readonly PortfolioInitiativeRow[],
  calculators: readonly BenefitCalculator[],
  range: YearRange,
): ReceivedBenefit[] {
  const visible = visibility(scope, initiatives);
  const received = new Map<string, ReceivedBenefit>();
  for (const calculator of calculators) {
    const organisationId = calculator.plan.receivingOrganisationId;
    if (organisationId === null || !calculator.monetised) continue;
    if (!visible(calculator.plan.initiativeId, organisationId)) continue;
    const key = `${calculator.plan.initiativeId}|${organisationId}`;
    const sums = received.get(key) ?? {
      initiativeId: calculator.plan.initiativeId,
      organisationId,
      planned: 0n,
      realised: 0n,
    };
    for (const year of calculator.years(range.fromYear, range.toYear)) {
      sums.planned += year.planned;
      sums.realised += year.realised ?? 0n;
    }
    received.set(key, sums);
  }
  return [...received.values()];
}

/**
 * Net positions (cost-model's netPositions) of the visible payments and benefits: per organisation (largest
 * payment first), per administrative level, the scheme payers, the totals and the matrix who pays × who
 * benefits (cost-model's payerMatrix).
 */
export function netPositionsOf(
  asOf: string,
  range: YearRange,
  paid: VisiblePayments,
  received: readonly ReceivedBenefit[],
  levelOf: ReadonlyMap<string, AdministrativeLevel>,
): NetPositionsModel {
  const benefits = benefitRows(received, levelOf);
  const position = (row: VisiblePayments['payments'][number]) => ({
    organisationId: row.organisationId as string,
    level: row.level as AdministrativeLevel,
    amount: row.amount,
  });
  const positions = netPositions(
    paid.payments.filter((row) => row.kind === 'ALLOCATION').map(position),
    benefits,
    {
      ownBudget: paid.payments.filter((row) => row.kind === 'OWN_BUDGET').map(position),
      schemes: paid.payments
        .filter((row) => row.kind === 'GRANT')
        .map((row) => ({ scheme: row.scheme as GrantScheme, amount: row.amount })),
      ownBudgetFunders: paid.funders,
    },
  );
  const result = noNetPositions(asOf, range);
  result.organisations = positions.organisations
    .map((position) => ({
      organisationId: position.organisationId,
      level: position.level,
      ...netFigures(position),
    }))
    .sort(
      (a, b) =>
        compareBig(parseAmount(b.paidNok, 'paid'), parseAmount(a.paidNok, 'paid')) ||
        compareBig(
          parseAmount(b.plannedBenefitNok, 'benefit', { allowNegative: true }),
          parseAmount(a.plannedBenefitNok, 'benefit', { allowNegative: true }),
        ) ||
        (a.organisationId < b.organisationId ? -1 : 1),
    );
  result.levels = positions.levels.map((position) => ({
    level: position.level,
    organisations: position.organisations,
    ...netFigures(position),
  }));
  result.schemes = positions.schemes.map((scheme) => ({
    scheme: scheme.scheme,
    paidNok: scheme.paid,
    share: scheme.share,
  }));
  result.totals = {
    allocatedCostNok: positions.totals.cost,
    ownBudgetCostNok: positions.totals.ownBudgetCost,
    schemePaidNok: positions.totals.schemePaid,
    paidNok: positions.totals.paid,
    plannedBenefitNok: positions.totals.plannedBenefit,
    realisedBenefitNok: positions.totals.realisedBenefit,
    plannedNetNok: positions.totals.plannedNet,
    realisedNetNok: positions.totals.realisedNet,
  };
  result.matrix = payerMatrix(
    paid.payments.map((row) => ({
      initiativeId: row.initiativeId,
      level: row.organisationId === null ? null : row.level,
      scheme: row.scheme,
      amount: row.amount,
    })),
    benefits,
  ).map((cell) => ({
    payerLevel: cell.payerLevel,
    payerScheme: cell.payerScheme,
    beneficiaryLevel: cell.beneficiaryLevel,
    costNok: cell.cost,
    plannedBenefitNok: cell.plannedBenefit,
    realisedBenefitNok: cell.realisedBenefit,
  }));
  return result;
}

/**
 * The per-organisation view (cost-model organisationPositions) of the same visible payments and benefits
 * as netPositionsOf: one row per organisation and per paying scheme, with the initiatives behind each.
 */
export function organisationPositionsOf(
  paid: VisiblePayments,
  received: readonly ReceivedBenefit[],
  levelOf: ReadonlyMap<string, AdministrativeLevel>,
): OrganisationPosition[] {
  return organisationPositions(paid.payments, benefitRows(received, levelOf), paid.initiativeFunders);
}

export function benefitRows(
  received: readonly ReceivedBenefit[],
  levelOf: ReadonlyMap<string, AdministrativeLevel>,
): InitiativeBenefit[] {
  return received.map((row) => ({
    initiativeId: row.initiativeId,
    organisationId: row.organisationId,
    level: levelOf.get(row.organisationId) as AdministrativeLevel,
    planned: formatOre(row.planned),
    realised: formatOre(row.realised),
  }));
}

/** The API's figures of a cost-model row: NetFiguresModel plus grantNok. */
export function positionFigures(position: PositionFigures): NetFiguresModel & { grantNok: string } {
  return { ...netFigures(position), grantNok: position.grantPaid };
}

function netFigures(position: NetFigures): NetFiguresModel {
  const flags: NetPositionFlag[] = [];
  if (position.paysWithoutBenefit) flags.push(NetPositionFlag.PAYS_WITHOUT_BENEFIT);
  if (position.benefitsWithoutPaying) flags.push(NetPositionFlag.BENEFITS_WITHOUT_PAYING);
  return {
    allocatedCostNok: position.cost,
    ownBudgetCostNok: position.ownBudgetCost,
    paidNok: position.paid,
    plannedBenefitNok: position.plannedBenefit,
    realisedBenefitNok: position.realisedBenefit,
    plannedNetNok: position.plannedNet,
    realisedNetNok: position.realisedNet,
    costShare: position.costShare,
    benefitShare: position.benefitShare,
    flags,
  };
}
