/**
 * The per-organisation view of "who pays, who benefits" (issue 16, "Who"): one row per paying or benefiting
 * organisation and one per grant scheme that pays, each with the initiatives behind its figures.
 *
 * Definitions (docs/api.md, "Who pays", and docs/organisation-positions.md):
 * - A row's figures are exactly `netPositions` of all the payments and benefits given: the same allocated,
 *   own-budget and paid amounts, the same planned and realised benefits, nets and flags. A scheme's row is
 *   `netPositions`' scheme payment: grantNok = paid, no benefit, no flag.
 * - A row's initiatives: per initiative in which the row pays or receives something, `netPositions` of that
 *   initiative's payments and benefits alone, with the own-budget funders of that initiative. Every money
 *   figure is a sum over the initiatives, so the initiatives add up to the row to the øre
 *   (organisation-positions.property.spec). The flags of an initiative row are that initiative's alone
 *   (an organisation may pay without benefit in one initiative and gain in another).
 * - The matrix cell behind a row selection (`matrixCellInitiatives`): the initiatives that put an amount
 *   in the cell of payerMatrix — the payer row pays above zero in them and the beneficiary level has a
 *   benefit other than zero (or, for "no beneficiary", no level has a planned benefit above zero; for "no
 *   payer", nobody pays).
 */
import type { AdministrativeLevel } from '@gevinst/domain';
import { netPositions, type NetFigures } from './net-positions';
import { formatOre, parseAmount } from './money';
import type { GrantScheme, Payment } from './payments';

/** A payment with the paying organisation's level (null for a scheme). */
export interface LevelledPayment extends Payment {
  level: AdministrativeLevel | null;
}

/** A receiving organisation's monetised benefits in one initiative. */
export interface InitiativeBenefitPosition {
  initiativeId: string;
  organisationId: string;
  level: AdministrativeLevel;
  /** NOK, may be negative */
  planned: string;
  /** NOK, may be negative */
  realised: string;
}

/** An organisation with an own-budget funding source in an initiative in the period. */
export interface InitiativeFunder {
  initiativeId: string;
  organisationId: string;
}

/** What a row pays and gets (an organisation's NetFigures, or a scheme's payment) plus grantNok. */
export interface PositionFigures extends NetFigures {
  /** what a grant scheme pays (0.00 for an organisation) */
  grantPaid: string;
}

export interface InitiativePosition extends PositionFigures {
  initiativeId: string;
}

export type PositionPayer =
  | { kind: 'ORGANISATION'; organisationId: string; level: AdministrativeLevel }
  | { kind: 'SCHEME'; scheme: GrantScheme };

export interface OrganisationPosition extends PositionFigures {
  payer: PositionPayer;
  /** per initiative, in the order the initiatives first appear; they add up to the row */
  initiatives: InitiativePosition[];
}

const ZERO = '0.00';

function schemeFigures(paid: string, share: string | null): PositionFigures {
  return {
    cost: ZERO,
    ownBudgetCost: ZERO,
    grantPaid: paid,
    paid,
    plannedBenefit: ZERO,
    realisedBenefit: ZERO,
    plannedNet: formatOre(-parseAmount(paid, 'paid')),
    realisedNet: formatOre(-parseAmount(paid, 'paid')),
    costShare: share,
    benefitShare: null,
    realisedBenefitShare: null,
    paysWithoutBenefit: false,
    benefitsWithoutPaying: false,
  };
}

const rowKey = (payer: PositionPayer): string =>
  payer.kind === 'ORGANISATION' ? `o:${payer.organisationId}` : `s:${payer.scheme}`;

function run(
  payments: readonly LevelledPayment[],
  benefits: readonly InitiativeBenefitPosition[],
  funders: readonly string[],
) {
  const position = (row: LevelledPayment) => ({
    organisationId: row.organisationId as string,
    level: row.level as AdministrativeLevel,
    amount: row.amount,
  });
  return netPositions(payments.filter((row) => row.kind === 'ALLOCATION').map(position), benefits, {
    ownBudget: payments.filter((row) => row.kind === 'OWN_BUDGET').map(position),
    schemes: payments
      .filter((row) => row.kind === 'GRANT')
      .map((row) => ({ scheme: row.scheme as GrantScheme, amount: row.amount })),
    ownBudgetFunders: funders,
  });
}

function rowsOf(
  result: ReturnType<typeof netPositions>,
): { payer: PositionPayer; figures: PositionFigures }[] {
  return [
    ...result.organisations.map(({ organisationId, level, ...figures }) => ({
      payer: { kind: 'ORGANISATION' as const, organisationId, level },
      figures: { ...figures, grantPaid: ZERO },
    })),
    ...result.schemes.map((scheme) => ({
      payer: { kind: 'SCHEME' as const, scheme: scheme.scheme },
      figures: schemeFigures(scheme.paid, scheme.share),
    })),
  ];
}

/**
 * One row per organisation (as netPositions lists them) and then per paying scheme, each with its
 * initiatives. `funders` are per initiative; the row's flags count an organisation that funds any of the
 * initiatives from its own budget as a funder (as netPositions does with the flat list).
 */
export function organisationPositions(
  payments: readonly LevelledPayment[],
  benefits: readonly InitiativeBenefitPosition[],
  funders: readonly InitiativeFunder[],
): OrganisationPosition[] {
  const all = run(payments, benefits, [...new Set(funders.map((row) => row.organisationId))]);
  const rows = new Map<string, OrganisationPosition>();
  for (const { payer, figures } of rowsOf(all))
    rows.set(rowKey(payer), { payer, ...figures, initiatives: [] });

  const initiatives: string[] = [];
  const seen = new Set<string>();
  const note = (id: string) => {
    if (!seen.has(id)) {
      seen.add(id);
      initiatives.push(id);
    }
  };
  for (const row of payments) note(row.initiativeId);
  for (const row of benefits) note(row.initiativeId);
  for (const initiativeId of initiatives) {
    const one = run(
      payments.filter((row) => row.initiativeId === initiativeId),
      benefits.filter((row) => row.initiativeId === initiativeId),
      funders.filter((row) => row.initiativeId === initiativeId).map((row) => row.organisationId),
    );
    for (const { payer, figures } of rowsOf(one)) {
      const row = rows.get(rowKey(payer));
      if (row) row.initiatives.push({ initiativeId, ...figures });
    }
  }
  return [...rows.values()];
}

/** A payer row of the matrix: an administrative level, a grant scheme, or nobody (null). */
export type MatrixPayer = AdministrativeLevel | GrantScheme | null;

/**
 * The initiatives that put an amount in the payerMatrix cell (payer, beneficiary) — a side left undefined
 * is any row or any column: with a payer, it pays
 * above zero in the initiative (a level: an organisation of that level pays; a scheme: the scheme pays),
 * and the beneficiary level has a planned or realised benefit other than zero — or, beneficiary null, no
 * level has a planned benefit above zero; with payer null, nobody pays above zero and the level has a
 * benefit other than zero.
 */
export function matrixCellInitiatives(
  payments: readonly LevelledPayment[],
  benefits: readonly InitiativeBenefitPosition[],
  cell: { payer?: MatrixPayer; beneficiary?: AdministrativeLevel | null },
): Set<string> {
  const { payer, beneficiary } = cell;
  const pays = new Map<string, Set<string>>();
  for (const row of payments) {
    if (parseAmount(row.amount, 'amount') <= 0n) continue;
    const who = row.kind === 'GRANT' ? (row.scheme as string) : (row.level as string);
    const set = pays.get(row.initiativeId) ?? new Set<string>();
    set.add(who);
    pays.set(row.initiativeId, set);
  }
  const planned = new Map<string, Map<string, bigint>>();
  const realised = new Map<string, Map<string, bigint>>();
  const bump = (map: Map<string, Map<string, bigint>>, id: string, level: string, amount: bigint) => {
    const inner = map.get(id) ?? new Map<string, bigint>();
    inner.set(level, (inner.get(level) ?? 0n) + amount);
    map.set(id, inner);
  };
  for (const row of benefits) {
    bump(planned, row.initiativeId, row.level, parseAmount(row.planned, 'planned', { allowNegative: true }));
    bump(
      realised,
      row.initiativeId,
      row.level,
      parseAmount(row.realised, 'realised', { allowNegative: true }),
    );
  }
  const ids = new Set([...pays.keys(), ...planned.keys()]);
  const result = new Set<string>();
  for (const id of ids) {
    const payers = pays.get(id) ?? new Set<string>();
    const payerOk = payer === undefined || (payer === null ? payers.size === 0 : payers.has(payer));
    if (!payerOk) continue;
    const plannedOf = planned.get(id) ?? new Map<string, bigint>();
    const realisedOf = realised.get(id) ?? new Map<string, bigint>();
    const beneficiaryOk =
      beneficiary === undefined ||
      (beneficiary === null
        ? ![...plannedOf.values()].some((amount) => amount > 0n)
        : (plannedOf.get(beneficiary) ?? 0n) !== 0n || (realisedOf.get(beneficiary) ?? 0n) !== 0n);
    if (beneficiaryOk) result.add(id);
  }
  return result;
}

/** The sums of a list of rows (the page's "Sum" line and the export's sum row). */
export interface PositionTotals {
  cost: string;
  ownBudgetCost: string;
  grantPaid: string;
  paid: string;
  plannedBenefit: string;
  realisedBenefit: string;
  plannedNet: string;
  realisedNet: string;
}

export function positionTotals(rows: readonly PositionFigures[]): PositionTotals {
  const fields = [
    'cost',
    'ownBudgetCost',
    'grantPaid',
    'paid',
    'plannedBenefit',
    'realisedBenefit',
    'plannedNet',
    'realisedNet',
  ] as const;
  const sums = Object.fromEntries(fields.map((field) => [field, 0n])) as Record<
    (typeof fields)[number],
    bigint
  >;
  for (const row of rows)
    for (const field of fields) sums[field] += parseAmount(row[field], field, { allowNegative: true });
  return Object.fromEntries(
    fields.map((field) => [field, formatOre(sums[field])]),
  ) as unknown as PositionTotals;
}

export type PositionFlag = 'PAYS_WITHOUT_BENEFIT' | 'BENEFITS_WITHOUT_PAYING';

export type PositionSortField =
  | 'NAME'
  | 'ALLOCATED'
  | 'OWN_BUDGET'
  | 'GRANT'
  | 'PAID'
  | 'PLANNED_BENEFIT'
  | 'REALISED_BENEFIT'
  | 'PLANNED_NET'
  | 'REALISED_NET';

/** A row with what the list filters and sorts by besides its figures. */
export interface PositionListRow {
  position: OrganisationPosition;
  /** the organisation's (or scheme's) name, for sorting and search */
  name: string;
  /** the organisation's county (municipalities and county authorities); null otherwise */
  countyNumber: string | null;
  /** the organisation number (search); null for a scheme */
  orgNumber: string | null;
}

/** Which rows, in what order, which page. Every condition narrows. */
export interface PositionQuery {
  /** organisations at any of these levels (schemes have no level and are left out) */
  levels?: readonly AdministrativeLevel[] | null;
  /** organisations in this county (schemes are left out) */
  countyNumber?: string | null;
  /** rows with any of these flags (schemes have none) */
  flags?: readonly PositionFlag[] | null;
  /** false: organisations only; default true */
  schemes?: boolean | null;
  /** only these organisations (schemes are left out) */
  organisationIds?: readonly string[] | null;
  /**
   * a matrix row: a level → its organisations that pay above zero; a scheme → that scheme; null (nobody
   * pays) → the organisations; undefined: any
   */
  payerRow?: MatrixPayer;
  /** part of the name or organisation number, case-insensitive */
  search?: string | null;
  sort: { field: PositionSortField; direction: 'ASC' | 'DESC' };
  offset: number;
  limit: number;
}

const SORT_FIGURE: Record<Exclude<PositionSortField, 'NAME'>, keyof PositionFigures> = {
  ALLOCATED: 'cost',
  OWN_BUDGET: 'ownBudgetCost',
  GRANT: 'grantPaid',
  PAID: 'paid',
  PLANNED_BENEFIT: 'plannedBenefit',
  REALISED_BENEFIT: 'realisedBenefit',
  PLANNED_NET: 'plannedNet',
  REALISED_NET: 'realisedNet',
};

const nameOrder = new Intl.Collator('nb-NO', { sensitivity: 'base' });

const FLAG_OF: Record<PositionFlag, (row: PositionFigures) => boolean> = {
  PAYS_WITHOUT_BENEFIT: (row) => row.paysWithoutBenefit,
  BENEFITS_WITHOUT_PAYING: (row) => row.benefitsWithoutPaying,
};

/**
 * Filters (every condition narrows), sorts (by the field; equal values by name, then by the row's key, in
 * the same direction, so pages are stable) and pages the rows; totalCount and totals are those of every
 * matching row, not of the page.
 */
export function selectPositions(
  rows: readonly PositionListRow[],
  query: PositionQuery,
): { totalCount: number; totals: PositionTotals; nodes: PositionListRow[] } {
  const search = query.search?.trim().toLocaleLowerCase('nb-NO') || null;
  const ids = query.organisationIds ? new Set(query.organisationIds) : null;
  const matching = rows.filter(({ position, name, countyNumber, orgNumber }) => {
    const organisation = position.payer.kind === 'ORGANISATION' ? position.payer : null;
    if (!organisation && query.schemes === false) return false;
    if (query.levels?.length && !(organisation && query.levels.includes(organisation.level))) return false;
    if (query.countyNumber && !(organisation && countyNumber === query.countyNumber)) return false;
    if (ids && !(organisation && ids.has(organisation.organisationId))) return false;
    if (query.payerRow !== undefined && !matchesPayerRow(position, query.payerRow)) return false;
    if (query.flags?.length && !query.flags.some((flag) => FLAG_OF[flag](position))) return false;
    if (search && !name.toLocaleLowerCase('nb-NO').includes(search) && !(orgNumber ?? '').includes(search))
      return false;
    return true;
  });
  const sign = query.sort.direction === 'DESC' ? -1 : 1;
  const field = query.sort.field;
  const sorted = [...matching].sort((a, b) => {
    let order = 0;
    if (field !== 'NAME') {
      const key = SORT_FIGURE[field];
      const x = parseAmount(a.position[key], key, { allowNegative: true });
      const y = parseAmount(b.position[key], key, { allowNegative: true });
      order = x < y ? -1 : x > y ? 1 : 0;
    }
    if (order === 0) order = nameOrder.compare(a.name, b.name);
    if (order === 0) {
      const ka = rowKey(a.position.payer);
      const kb = rowKey(b.position.payer);
      order = ka < kb ? -1 : ka > kb ? 1 : 0;
    }
    return sign * order;
  });
  return {
    totalCount: sorted.length,
    totals: positionTotals(sorted.map((row) => row.position)),
    nodes: sorted.slice(query.offset, query.offset + query.limit),
  };
}

function matchesPayerRow(position: OrganisationPosition, payer: MatrixPayer): boolean {
  const { payer: who } = position;
  if (payer === null) return who.kind === 'ORGANISATION';
  if (who.kind === 'SCHEME') return who.scheme === payer;
  return who.level === payer && parseAmount(position.paid, 'paid') > 0n;
}
