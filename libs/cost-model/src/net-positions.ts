/**
 * Net positions: per organisation, what it pays against what it gains, and the same summed by
 * administrative level (central, regional, local), so that "who pays versus who benefits" across
 * organisations that do not report to each other is visible at a glance.
 *
 * - cost: the sum of the organisation's allocated amounts (e.g. lines from `allocate`).
 * - plannedBenefit / realisedBenefit: the sum of the monetised benefits it receives (e.g. `plannedValue`
 *   and `realisedValue` from `realisation`); dis-benefits count negative.
 * - plannedNet = plannedBenefit − cost; realisedNet = realisedBenefit − cost.
 * - costShare = cost / Σcost; benefitShare = plannedBenefit / ΣplannedBenefit and realisedBenefitShare
 *   likewise, as decimals with SHARE_DECIMALS places; null when the sum is not above zero.
 * - paysWithoutBenefit: it pays (cost > 0) but neither its planned nor its realised benefit is above zero.
 * - benefitsWithoutPaying: its planned or realised benefit is above zero and it pays nothing.
 */
import { type AdministrativeLevel, msg } from '@gevinst/domain';
import { CostModelError } from './errors';
import { formatOre, formatRatio, parseAmount } from './money';
import { SHARE_DECIMALS } from './allocate';

export interface CostPosition {
  organisationId: string;
  level: AdministrativeLevel;
  /** NOK ≥ 0 */
  amount: string;
}

export interface BenefitPosition {
  organisationId: string;
  level: AdministrativeLevel;
  /** NOK, may be negative (a dis-benefit) */
  planned: string;
  /** NOK, may be negative */
  realised: string;
}

export interface NetFigures {
  cost: string;
  plannedBenefit: string;
  realisedBenefit: string;
  plannedNet: string;
  realisedNet: string;
  costShare: string | null;
  benefitShare: string | null;
  realisedBenefitShare: string | null;
  paysWithoutBenefit: boolean;
  benefitsWithoutPaying: boolean;
}

export interface OrganisationNetPosition extends NetFigures {
  organisationId: string;
  level: AdministrativeLevel;
}

export interface LevelNetPosition extends NetFigures {
  level: AdministrativeLevel;
  /** how many organisations of the level appear */
  organisations: number;
}

export interface NetPositionsResult {
  /** one per organisation, in order of first appearance (allocations first, then benefits) */
  organisations: OrganisationNetPosition[];
  /** one per level present, in the order CENTRAL, REGIONAL, LOCAL */
  levels: LevelNetPosition[];
  totals: {
    cost: string;
    plannedBenefit: string;
    realisedBenefit: string;
    plannedNet: string;
    realisedNet: string;
  };
}

const LEVEL_ORDER = ['CENTRAL', 'REGIONAL', 'LOCAL'];

interface Sums {
  cost: bigint;
  planned: bigint;
  realised: bigint;
}

export function netPositions(
  allocations: readonly CostPosition[],
  benefits: readonly BenefitPosition[],
): NetPositionsResult {
  const byOrganisation = new Map<string, { level: AdministrativeLevel; sums: Sums }>();
  const entry = (organisationId: unknown, level: AdministrativeLevel, path: string): Sums => {
    if (typeof organisationId !== 'string' || organisationId === '') {
      throw new CostModelError('INVALID_INPUT', msg('ORGANISATION_ID_EMPTY'), `${path}.organisationId`);
    }
    if (typeof level !== 'string' || (level as string) === '') {
      throw new CostModelError('INVALID_INPUT', msg('NOT_AN_ADMINISTRATIVE_LEVEL'), `${path}.level`);
    }
    const found = byOrganisation.get(organisationId);
    if (found === undefined) {
      const sums = { cost: 0n, planned: 0n, realised: 0n };
      byOrganisation.set(organisationId, { level, sums });
      return sums;
    }
    if (found.level !== level) {
      throw new CostModelError(
        'INVALID_INPUT',
        msg('ORGANISATION_LEVEL_DIFFERS', {
          organisation: organisationId,
          elsewhere: found.level,
          here: level,
        }),
        `${path}.level`,
      );
    }
    return found.sums;
  };
  allocations.forEach((row, index) => {
    const path = `allocations[${index}]`;
    const sums = entry(row.organisationId, row.level, path);
    sums.cost += parseAmount(row.amount, `${path}.amount`);
  });
  benefits.forEach((row, index) => {
    const path = `benefits[${index}]`;
    const sums = entry(row.organisationId, row.level, path);
    sums.planned += parseAmount(row.planned, `${path}.planned`, { allowNegative: true });
    sums.realised += parseAmount(row.realised, `${path}.realised`, { allowNegative: true });
  });

  const all: Sums = { cost: 0n, planned: 0n, realised: 0n };
  const byLevel = new Map<AdministrativeLevel, { sums: Sums; organisations: number }>();
  for (const { level, sums } of byOrganisation.values()) {
    add(all, sums);
    const levelEntry = byLevel.get(level) ?? {
      sums: { cost: 0n, planned: 0n, realised: 0n },
      organisations: 0,
    };
    add(levelEntry.sums, sums);
    levelEntry.organisations++;
    byLevel.set(level, levelEntry);
  }

  const organisations = [...byOrganisation.entries()].map(([organisationId, { level, sums }]) => ({
    organisationId,
    level,
    ...figures(sums, all),
  }));
  const rank = (level: string): number => {
    const index = LEVEL_ORDER.indexOf(level);
    return index === -1 ? LEVEL_ORDER.length : index;
  };
  const levels = [...byLevel.entries()]
    .sort(([a], [b]) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0))
    .map(([level, { sums, organisations: count }]) => ({
      level,
      organisations: count,
      ...figures(sums, all),
    }));
  return {
    organisations,
    levels,
    totals: {
      cost: formatOre(all.cost),
      plannedBenefit: formatOre(all.planned),
      realisedBenefit: formatOre(all.realised),
      plannedNet: formatOre(all.planned - all.cost),
      realisedNet: formatOre(all.realised - all.cost),
    },
  };
}

function add(into: Sums, from: Sums): void {
  into.cost += from.cost;
  into.planned += from.planned;
  into.realised += from.realised;
}

function figures(sums: Sums, all: Sums): NetFigures {
  const share = (part: bigint, whole: bigint): string | null =>
    whole > 0n ? formatRatio(part, whole, SHARE_DECIMALS) : null;
  return {
    cost: formatOre(sums.cost),
    plannedBenefit: formatOre(sums.planned),
    realisedBenefit: formatOre(sums.realised),
    plannedNet: formatOre(sums.planned - sums.cost),
    realisedNet: formatOre(sums.realised - sums.cost),
    costShare: share(sums.cost, all.cost),
    benefitShare: share(sums.planned, all.planned),
    realisedBenefitShare: share(sums.realised, all.realised),
    paysWithoutBenefit: sums.cost > 0n && sums.planned <= 0n && sums.realised <= 0n,
    benefitsWithoutPaying: sums.cost === 0n && (sums.planned > 0n || sums.realised > 0n),
  };
}
