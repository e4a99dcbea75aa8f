/**
 * The matrix "who pays (rows) × who benefits (columns)" (issue 14, points 1 and 7). A payer row is an
 * administrative level for organisations (their allocations and own-budget payments) or a grant scheme
 * (co-financing, DigiFin, StimuLab, other) for the items it funds; a column is the benefiting organisations'
 * level.
 *
 * Within each initiative:
 * - each paying row's payment is split over the benefiting levels by their planned benefits above zero;
 * - each level's planned and realised benefits (of either sign) are split over the paying rows by what
 *   they pay;
 * both exactly, by the largest remainder (equal remainders: the larger weight, then the smaller name —
 * CENTRAL, LOCAL, REGIONAL, or the scheme's name); then summed over the initiatives. An initiative nobody
 * pays for puts its benefits in the row "no payer" (both payer fields null); one without planned benefits
 * above zero puts its payments in the column "no beneficiary" (null).
 *
 * So each payer's cells add up to its payments, and each beneficiary level's cells to its benefits
 * (payer-matrix.property.spec).
 */
import { AdministrativeLevel, msg } from '@gevinst/domain';
import { CostModelError } from './errors';
import { largestRemainder } from './largest-remainder';
import { formatOre, parseAmount } from './money';
import { GRANT_SCHEMES, type GrantScheme } from './payments';

/** A payment in an initiative by a level's organisation (scheme null) or by a scheme (level null). */
export interface MatrixPayment {
  initiativeId: string;
  level: AdministrativeLevel | null;
  scheme: GrantScheme | null;
  /** NOK ≥ 0 */
  amount: string;
}

/** A level's monetised benefits in an initiative. */
export interface MatrixBenefit {
  initiativeId: string;
  level: AdministrativeLevel;
  /** NOK, may be negative */
  planned: string;
  /** NOK, may be negative */
  realised: string;
}

export interface PayerMatrixCell {
  /** the paying organisations' level; null with payerScheme set: the scheme pays; both null: no payer */
  payerLevel: AdministrativeLevel | null;
  payerScheme: GrantScheme | null;
  /** null: no beneficiary (the initiative has no planned benefit above zero) */
  beneficiaryLevel: AdministrativeLevel | null;
  cost: string;
  plannedBenefit: string;
  realisedBenefit: string;
}

const LEVELS: readonly AdministrativeLevel[] = [
  AdministrativeLevel.CENTRAL,
  AdministrativeLevel.REGIONAL,
  AdministrativeLevel.LOCAL,
];

/** A payer row's key: a level's or a scheme's name (the two sets of names do not overlap). */
type Payer = AdministrativeLevel | GrantScheme;

const isLevel = (payer: Payer | null): payer is AdministrativeLevel =>
  payer !== null && LEVELS.includes(payer as AdministrativeLevel);

/** Rows: the levels, then the schemes, then "no payer"; columns: the levels, then "no beneficiary". */
function payerRank(payer: Payer | null): number {
  if (payer === null) return LEVELS.length + GRANT_SCHEMES.length;
  if (isLevel(payer)) return LEVELS.indexOf(payer);
  return LEVELS.length + GRANT_SCHEMES.indexOf(payer);
}

function levelRank(level: AdministrativeLevel | null): number {
  return level === null ? LEVELS.length : LEVELS.indexOf(level);
}

export function payerMatrix(
  payments: readonly MatrixPayment[],
  benefits: readonly MatrixBenefit[],
): PayerMatrixCell[] {
  interface PerInitiative {
    paid: Map<Payer, bigint>;
    planned: Map<AdministrativeLevel, bigint>;
    realised: Map<AdministrativeLevel, bigint>;
  }
  const initiatives = new Map<string, PerInitiative>();
  const of = (id: string): PerInitiative => {
    let found = initiatives.get(id);
    if (!found) {
      found = { paid: new Map(), planned: new Map(), realised: new Map() };
      initiatives.set(id, found);
    }
    return found;
  };
  const bump = <K>(map: Map<K, bigint>, key: K, amount: bigint) =>
    map.set(key, (map.get(key) ?? 0n) + amount);
  payments.forEach((row, index) => {
    const path = `payments[${index}]`;
    let payer: Payer;
    if (row.scheme === null || row.scheme === undefined) {
      if (!LEVELS.includes(row.level as AdministrativeLevel))
        throw new CostModelError('INVALID_INPUT', msg('NOT_AN_ADMINISTRATIVE_LEVEL'), `${path}.level`);
      payer = row.level as AdministrativeLevel;
    } else {
      if (!GRANT_SCHEMES.includes(row.scheme) || (row.level !== null && row.level !== undefined))
        throw new CostModelError(
          'INVALID_INPUT',
          msg('NOT_A_FUNDING_SCHEME', { got: JSON.stringify(row.scheme) }),
          `${path}.scheme`,
        );
      payer = row.scheme;
    }
    bump(of(row.initiativeId).paid, payer, parseAmount(row.amount, `${path}.amount`));
  });
  benefits.forEach((row, index) => {
    const path = `benefits[${index}]`;
    if (!LEVELS.includes(row.level))
      throw new CostModelError('INVALID_INPUT', msg('NOT_AN_ADMINISTRATIVE_LEVEL'), `${path}.level`);
    const initiative = of(row.initiativeId);
    bump(initiative.planned, row.level, parseAmount(row.planned, `${path}.planned`, { allowNegative: true }));
    bump(
      initiative.realised,
      row.level,
      parseAmount(row.realised, `${path}.realised`, { allowNegative: true }),
    );
  });

  interface Cell {
    payer: Payer | null;
    beneficiary: AdministrativeLevel | null;
    cost: bigint;
    planned: bigint;
    realised: bigint;
  }
  const cells = new Map<string, Cell>();
  const cell = (payer: Payer | null, beneficiary: AdministrativeLevel | null): Cell => {
    const key = `${payer ?? ''}|${beneficiary ?? ''}`;
    let found = cells.get(key);
    if (!found) {
      found = { payer, beneficiary, cost: 0n, planned: 0n, realised: 0n };
      cells.set(key, found);
    }
    return found;
  };
  for (const { paid, planned, realised } of initiatives.values()) {
    const payers = [...paid.entries()].filter(([, amount]) => amount > 0n);
    const beneficiaryWeights = [...planned.entries()].filter(([, amount]) => amount > 0n);
    for (const [payer, amount] of payers) {
      for (const [beneficiary, part] of split(amount, beneficiaryWeights))
        cell(payer, beneficiary).cost += part;
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
        payerRank(a.payer) - payerRank(b.payer) || levelRank(a.beneficiary) - levelRank(b.beneficiary),
    )
    .map((c) => ({
      payerLevel: isLevel(c.payer) ? c.payer : null,
      payerScheme: c.payer !== null && !isLevel(c.payer) ? c.payer : null,
      beneficiaryLevel: c.beneficiary,
      cost: formatOre(c.cost),
      plannedBenefit: formatOre(c.planned),
      realisedBenefit: formatOre(c.realised),
    }));
}

/** Splits øre (of either sign) by positive weights, exactly; with no weights, all of it goes to null. */
function split<K extends string>(amount: bigint, weights: readonly [K, bigint][]): [K | null, bigint][] {
  if (amount === 0n) return [];
  if (!weights.length) return [[null, amount]];
  const negative = amount < 0n;
  const parts = largestRemainder(
    negative ? -amount : amount,
    weights.map(([key, weight]) => ({ id: key, weight, driver: 0n })),
  );
  return weights.map(([key], index) => [key, negative ? -parts.amounts[index] : parts.amounts[index]]);
}
