import { AdministrativeLevel, type FinancialDetailScope, scopeAllowsLine } from '@gevinst/domain';
import {
  type BenefitPosition,
  type CostPosition,
  type NetFigures,
  formatOre,
  largestRemainder,
  netPositions,
  parseAmount,
} from '@gevinst/cost-model';
import type { BenefitCalculator } from '../realisation/benefit-figures.js';
import { NetPositionFlag } from './net-position-flag.enum.js';
import type { NetFiguresModel } from './net-figures.model.js';
import type { NetPositionMatrixCellModel } from './net-position-matrix-cell.model.js';
import type { NetPositionsModel } from './net-positions.model.js';
import { LEVELS, compareBig, rank } from './portfolio-summary.js';
import type { AllocationSumRow, PortfolioInitiativeRow, YearRange } from './portfolio.repository.js';

type InitiativeCost = CostPosition & { initiativeId: string };
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
    matrix: [],
    totals: {
      allocatedCostNok: '0.00',
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

/** The allocated costs the scope allows, per initiative and organisation. */
export function visibleCosts(
  scope: FinancialDetailScope,
  initiatives: readonly PortfolioInitiativeRow[],
  rows: readonly AllocationSumRow[],
): InitiativeCost[] {
  const visible = visibility(scope, initiatives);
  return rows
    .filter((row) => visible(row.initiative_id, row.organisation_id))
    .map((row) => ({
      initiativeId: row.initiative_id,
      organisationId: row.organisation_id,
      level: row.level,
      amount: row.amount,
    }));
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
 * Net positions (cost-model's netPositions) of the visible costs and benefits: per organisation (largest
 * cost first), per administrative level, the totals and the matrix who pays × who benefits.
 */
export function netPositionsOf(
  asOf: string,
  range: YearRange,
  costs: readonly InitiativeCost[],
  received: readonly ReceivedBenefit[],
  levelOf: ReadonlyMap<string, AdministrativeLevel>,
): NetPositionsModel {
  const benefits: InitiativeBenefit[] = received.map((row) => ({
    initiativeId: row.initiativeId,
    organisationId: row.organisationId,
    level: levelOf.get(row.organisationId) as AdministrativeLevel,
    planned: formatOre(row.planned),
    realised: formatOre(row.realised),
  }));
  const positions = netPositions(costs, benefits);
  const result = noNetPositions(asOf, range);
  result.organisations = positions.organisations
    .map((position) => ({
      organisationId: position.organisationId,
      level: position.level,
      ...netFigures(position),
    }))
    .sort(
      (a, b) =>
        compareBig(parseAmount(b.allocatedCostNok, 'cost'), parseAmount(a.allocatedCostNok, 'cost')) ||
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
  result.totals = {
    allocatedCostNok: positions.totals.cost,
    plannedBenefitNok: positions.totals.plannedBenefit,
    realisedBenefitNok: positions.totals.realisedBenefit,
    plannedNetNok: positions.totals.plannedNet,
    realisedNetNok: positions.totals.realisedNet,
  };
  result.matrix = matrix(costs, benefits);
  return result;
}

function netFigures(position: NetFigures): NetFiguresModel {
  const flags: NetPositionFlag[] = [];
  if (position.paysWithoutBenefit) flags.push(NetPositionFlag.PAYS_WITHOUT_BENEFIT);
  if (position.benefitsWithoutPaying) flags.push(NetPositionFlag.BENEFITS_WITHOUT_PAYING);
  return {
    allocatedCostNok: position.cost,
    plannedBenefitNok: position.plannedBenefit,
    realisedBenefitNok: position.realisedBenefit,
    plannedNetNok: position.plannedNet,
    realisedNetNok: position.realisedNet,
    costShare: position.costShare,
    benefitShare: position.benefitShare,
    flags,
  };
}

/**
 * "Who pays versus who benefits" by administrative level. Within each initiative, each level's planned and
 * realised benefits are split over the paying levels by what they pay, and each paying level's cost over
 * the benefiting levels by their planned benefits above zero — exactly, by cost-model's largest remainder —
 * then summed over the initiatives. An initiative without allocated cost puts its benefits in the row
 * "no payer" (null); one without planned benefits above zero puts its cost in the column "no beneficiary".
 */
export function matrix(
  costs: readonly (CostPosition & { initiativeId: string })[],
  benefits: readonly (BenefitPosition & { initiativeId: string })[],
): NetPositionMatrixCellModel[] {
  interface PerInitiative {
    cost: Map<AdministrativeLevel, bigint>;
    planned: Map<AdministrativeLevel, bigint>;
    realised: Map<AdministrativeLevel, bigint>;
  }
  const initiatives = new Map<string, PerInitiative>();
  const of = (id: string): PerInitiative => {
    let found = initiatives.get(id);
    if (!found) {
      found = { cost: new Map(), planned: new Map(), realised: new Map() };
      initiatives.set(id, found);
    }
    return found;
  };
  const bump = (map: Map<AdministrativeLevel, bigint>, level: AdministrativeLevel, amount: bigint) =>
    map.set(level, (map.get(level) ?? 0n) + amount);
  for (const row of costs) bump(of(row.initiativeId).cost, row.level, parseAmount(row.amount, 'amount'));
  for (const row of benefits) {
    bump(
      of(row.initiativeId).planned,
      row.level,
      parseAmount(row.planned, 'planned', { allowNegative: true }),
    );
    bump(
      of(row.initiativeId).realised,
      row.level,
      parseAmount(row.realised, 'realised', { allowNegative: true }),
    );
  }

  const cells = new Map<
    string,
    {
      payer: AdministrativeLevel | null;
      beneficiary: AdministrativeLevel | null;
      cost: bigint;
      planned: bigint;
      realised: bigint;
    }
  >();
  const cell = (payer: AdministrativeLevel | null, beneficiary: AdministrativeLevel | null) => {
    const key = `${payer ?? ''}|${beneficiary ?? ''}`;
    let found = cells.get(key);
    if (!found) {
      found = { payer, beneficiary, cost: 0n, planned: 0n, realised: 0n };
      cells.set(key, found);
    }
    return found;
  };
  for (const { cost, planned, realised } of initiatives.values()) {
    const payers = [...cost.entries()].filter(([, amount]) => amount > 0n);
    const beneficiaryWeights = [...planned.entries()].filter(([, amount]) => amount > 0n);
    for (const [level, amount] of payers) {
      for (const [beneficiary, part] of split(amount, beneficiaryWeights))
        cell(level, beneficiary).cost += part;
    }
    const benefitLevels = new Set([...planned.keys(), ...realised.keys()]);
    for (const level of benefitLevels) {
      for (const [payer, part] of split(planned.get(level) ?? 0n, payers)) cell(payer, level).planned += part;
      for (const [payer, part] of split(realised.get(level) ?? 0n, payers))
        cell(payer, level).realised += part;
    }
  }
  return [...cells.values()]
    .filter((c) => c.cost !== 0n || c.planned !== 0n || c.realised !== 0n)
    .sort(
      (a, b) =>
        rank(LEVELS, a.payer) - rank(LEVELS, b.payer) ||
        rank(LEVELS, a.beneficiary) - rank(LEVELS, b.beneficiary),
    )
    .map((c) => ({
      payerLevel: c.payer,
      beneficiaryLevel: c.beneficiary,
      costNok: formatOre(c.cost),
      plannedBenefitNok: formatOre(c.planned),
      realisedBenefitNok: formatOre(c.realised),
    }));
}

/** Splits øre (of either sign) by positive weights, exactly; with no weights, all of it goes to null. */
function split(
  amount: bigint,
  weights: readonly [AdministrativeLevel, bigint][],
): [AdministrativeLevel | null, bigint][] {
  if (amount === 0n) return [];
  if (!weights.length) return [[null, amount]];
  const negative = amount < 0n;
  const parts = largestRemainder(
    negative ? -amount : amount,
    weights.map(([level, weight]) => ({ id: level, weight, driver: 0n })),
  );
  return weights.map(([level], index) => [level, negative ? -parts.amounts[index] : parts.amounts[index]]);
}
