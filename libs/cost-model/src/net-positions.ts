/**
 * Net positions: per organisation, what it pays against what it gains, and the same summed by
 * administrative level (central, regional, local), so that "who pays versus who benefits" across
 * organisations that do not report to each other is visible at a glance.
 *
 * Every krone is counted by the budget it comes from (issue 14, point 1; `payments` says who pays what):
 *
 * - cost: the sum of the organisation's allocated amounts (e.g. lines from `allocate`).
 * - ownBudgetCost: the cost items no key allocates that its own budget pays (`payments` kind OWN_BUDGET).
 * - paid = cost + ownBudgetCost: everything it pays.
 * - Grant schemes (co-financing, DigiFin, StimuLab, other) pay the items they fund as their own payers
 *   (`schemes`): they pay and receive no benefit.
 * - plannedBenefit / realisedBenefit: the sum of the monetised benefits it receives (e.g. `plannedValue`
 *   and `realisedValue` from `realisation`); dis-benefits count negative.
 * - plannedNet = plannedBenefit − paid; realisedNet = realisedBenefit − paid.
 * - costShare = paid / Σpaid, where Σpaid counts the organisations and the schemes (so the organisations'
 *   and the schemes' shares add up to one); benefitShare = plannedBenefit / ΣplannedBenefit and
 *   realisedBenefitShare likewise, as decimals with SHARE_DECIMALS places; null when the sum is not above
 *   zero.
 * - paysWithoutBenefit: it pays (paid > 0) but neither its planned nor its realised benefit is above zero.
 * - benefitsWithoutPaying: its planned or realised benefit is above zero, it pays nothing (paid = 0) and it
 *   does not fund the initiatives from its own budget (`ownBudgetFunders`: organisations with an own-budget
 *   funding source in the period — money that may not yet be tied to a cost item).
 * - totals: Σ over the organisations, plus the schemes' payments in schemePaid and paid; so
 *   totals.plannedNet = Σ organisations' plannedNet − Σ schemes' paid (net-positions.property.spec).
 */
import { type AdministrativeLevel, msg } from '@gevinst/domain';
import { CostModelError } from './errors';
import { formatOre, formatRatio, parseAmount } from './money';
import { SHARE_DECIMALS } from './allocate';
import { GRANT_SCHEMES, type GrantScheme } from './payments';

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

/** What a grant scheme pays (the items it funds, summed). */
export interface SchemePayment {
  scheme: GrantScheme;
  /** NOK ≥ 0 */
  amount: string;
}

/** Besides the allocations: the own-budget payments, the schemes' payments and the own-budget funders. */
export interface NetPositionsFunding {
  /** Own-budget payments per organisation (e.g. `payments` of kind OWN_BUDGET); NOK ≥ 0. */
  ownBudget?: readonly CostPosition[];
  /** The schemes' payments (e.g. `payments` of kind GRANT). */
  schemes?: readonly SchemePayment[];
  /** Organisations that fund from their own budget in the period: never flagged as benefiting without paying. */
  ownBudgetFunders?: readonly string[];
}

export interface SchemeNetPosition {
  scheme: GrantScheme;
  paid: string;
  /** paid / Σpaid (organisations and schemes); null when Σpaid is not above zero */
  share: string | null;
}

export interface NetFigures {
  /** allocated */
  cost: string;
  /** own-budget items paid */
  ownBudgetCost: string;
  /** cost + ownBudgetCost */
  paid: string;
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
  /** one per scheme that pays, in the FundingScheme order (CO_FINANCING, DIGIFIN, STIMULAB, OTHER) */
  schemes: SchemeNetPosition[];
  totals: {
    /** Σ allocated */
    cost: string;
    /** Σ own-budget items */
    ownBudgetCost: string;
    /** Σ the schemes' payments */
    schemePaid: string;
    /** cost + ownBudgetCost + schemePaid: every krone paid */
    paid: string;
    plannedBenefit: string;
    realisedBenefit: string;
    plannedNet: string;
    realisedNet: string;
  };
}

const LEVEL_ORDER = ['CENTRAL', 'REGIONAL', 'LOCAL'];

interface Sums {
  cost: bigint;
  ownBudget: bigint;
  planned: bigint;
  realised: bigint;
  funds: boolean;
}

const noSums = (): Sums => ({ cost: 0n, ownBudget: 0n, planned: 0n, realised: 0n, funds: false });

export function netPositions(
  allocations: readonly CostPosition[],
  benefits: readonly BenefitPosition[],
  funding: NetPositionsFunding = {},
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
      const sums = noSums();
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
  (funding.ownBudget ?? []).forEach((row, index) => {
    const path = `ownBudget[${index}]`;
    const sums = entry(row.organisationId, row.level, path);
    sums.ownBudget += parseAmount(row.amount, `${path}.amount`);
  });
  benefits.forEach((row, index) => {
    const path = `benefits[${index}]`;
    const sums = entry(row.organisationId, row.level, path);
    sums.planned += parseAmount(row.planned, `${path}.planned`, { allowNegative: true });
    sums.realised += parseAmount(row.realised, `${path}.realised`, { allowNegative: true });
  });
  const funders = new Set(funding.ownBudgetFunders ?? []);
  for (const [organisationId, { sums }] of byOrganisation) sums.funds = funders.has(organisationId);
  const bySchemes = new Map<GrantScheme, bigint>();
  (funding.schemes ?? []).forEach((row, index) => {
    const path = `schemes[${index}]`;
    if (!GRANT_SCHEMES.includes(row.scheme))
      throw new CostModelError(
        'INVALID_INPUT',
        msg('NOT_A_FUNDING_SCHEME', { got: JSON.stringify(row.scheme) }),
        `${path}.scheme`,
      );
    bySchemes.set(row.scheme, (bySchemes.get(row.scheme) ?? 0n) + parseAmount(row.amount, `${path}.amount`));
  });
  let schemePaid = 0n;
  for (const amount of bySchemes.values()) schemePaid += amount;

  const all: Sums = noSums();
  const byLevel = new Map<AdministrativeLevel, { sums: Sums; organisations: number }>();
  for (const { level, sums } of byOrganisation.values()) {
    add(all, sums);
    const levelEntry = byLevel.get(level) ?? {
      sums: noSums(),
      organisations: 0,
    };
    add(levelEntry.sums, sums);
    levelEntry.organisations++;
    byLevel.set(level, levelEntry);
  }

  const allPaid = all.cost + all.ownBudget + schemePaid;
  const organisations = [...byOrganisation.entries()].map(([organisationId, { level, sums }]) => ({
    organisationId,
    level,
    ...figures(sums, all, allPaid),
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
      ...figures(sums, all, allPaid),
    }));
  const schemes = GRANT_SCHEMES.filter((scheme) => bySchemes.has(scheme)).map((scheme) => ({
    scheme,
    paid: formatOre(bySchemes.get(scheme) as bigint),
    share: share(bySchemes.get(scheme) as bigint, allPaid),
  }));
  return {
    organisations,
    levels,
    schemes,
    totals: {
      cost: formatOre(all.cost),
      ownBudgetCost: formatOre(all.ownBudget),
      schemePaid: formatOre(schemePaid),
      paid: formatOre(allPaid),
      plannedBenefit: formatOre(all.planned),
      realisedBenefit: formatOre(all.realised),
      plannedNet: formatOre(all.planned - allPaid),
      realisedNet: formatOre(all.realised - allPaid),
    },
  };
}

function add(into: Sums, from: Sums): void {
  into.cost += from.cost;
  into.ownBudget += from.ownBudget;
  into.planned += from.planned;
  into.realised += from.realised;
  into.funds ||= from.funds;
}

function share(part: bigint, whole: bigint): string | null {
  return whole > 0n ? formatRatio(part, whole, SHARE_DECIMALS) : null;
}

function figures(sums: Sums, all: Sums, allPaid: bigint): NetFigures {
  const paid = sums.cost + sums.ownBudget;
  return {
    cost: formatOre(sums.cost),
    ownBudgetCost: formatOre(sums.ownBudget),
    paid: formatOre(paid),
    plannedBenefit: formatOre(sums.planned),
    realisedBenefit: formatOre(sums.realised),
    plannedNet: formatOre(sums.planned - paid),
    realisedNet: formatOre(sums.realised - paid),
    costShare: share(paid, allPaid),
    benefitShare: share(sums.planned, all.planned),
    realisedBenefitShare: share(sums.realised, all.realised),
    paysWithoutBenefit: paid > 0n && sums.planned <= 0n && sums.realised <= 0n,
    benefitsWithoutPaying: paid === 0n && !sums.funds && (sums.planned > 0n || sums.realised > 0n),
  };
}
