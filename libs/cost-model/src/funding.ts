/**
 * The funding plan: an initiative's funding sources reconciled, year by year, against its costs.
 *
 * Definitions (docs/api.md, "The funding plan"):
 * - plannedFunding: the sum of the planned amounts of the year's funding sources; receivedFunding: the
 *   sum of their received amounts (a source with nothing recorded counts 0).
 * - plannedCost: the sum of the year's cost items' planned amounts; actualCost: the sum of their actual
 *   amounts, null when no item of the year (or scheme) has one.
 * - plannedBalance = plannedFunding − plannedCost; receivedBalance = receivedFunding − actualCost, null
 *   when there is no actual cost yet.
 * - status (of a balance): FUNDED when it is 0, UNDERFUNDED below 0, OVERFUNDED above 0.
 * - By scheme: a source counts for its scheme; a cost counts for the scheme that pays it (see
 *   `costPayer`: an item allocated by a key, or that names no source, is paid from own budgets).
 * - Totals: the same over every year of the plan (every year with a source or a cost).
 * - coFinancingShare: the co-financing grant's planned total as a share of the planned cost total, in
 *   per cent; the co-financing mechanism covers at most 50 % (category 1) or 85 % (category 2) of the
 *   project cost (/work/shared/DOMAIN.md, the mechanism's rules), shown as an informative flag.
 *
 * Everything is summed in integer øre; the figures are NOK decimal strings with two decimals.
 */
import { CostModelError } from './errors';
import { formatOre, formatRatio, parseAmount } from './money';
import { msg } from '@gevinst/domain';

/** The funding schemes (as @gevinst/domain's FundingScheme codes). */
export type FundingSchemeCode = 'CO_FINANCING' | 'DIGIFIN' | 'STIMULAB' | 'OWN_BUDGET' | 'OTHER';

/** The order schemes are listed in: the grants first, then own budgets, then other. */
export const FUNDING_SCHEME_ORDER: readonly FundingSchemeCode[] = [
  'CO_FINANCING',
  'DIGIFIN',
  'STIMULAB',
  'OWN_BUDGET',
  'OTHER',
];

export type FundingStatus = 'FUNDED' | 'UNDERFUNDED' | 'OVERFUNDED';

/** Where a share of co-financing stands against the mechanism's caps (50 % category 1, 85 % category 2). */
export type CoFinancingShareFlag = 'WITHIN_CATEGORY_1' | 'CATEGORY_2_ONLY' | 'ABOVE_CAP';

export interface FundingSourceRow {
  year: number;
  scheme: FundingSchemeCode;
  /** OWN_BUDGET (or OTHER): whose budget; null for a grant. */
  organisationId: string | null;
  /** NOK ≥ 0, planned */
  planned: string;
  /** NOK ≥ 0 received so far, or null when nothing is recorded */
  received: string | null;
}

export interface FundingCostRow {
  year: number;
  /** The scheme that pays the cost (costPayer); absent or null: OWN_BUDGET. */
  scheme?: FundingSchemeCode | null;
  /** NOK ≥ 0 */
  planned: string;
  /** NOK ≥ 0, or null when not known yet */
  actual: string | null;
}

export interface FundingFigures {
  plannedFunding: string;
  receivedFunding: string;
  plannedCost: string;
  /** null when no cost has an actual amount */
  actualCost: string | null;
  /** plannedFunding − plannedCost */
  plannedBalance: string;
  /** receivedFunding − actualCost; null without actual costs */
  receivedBalance: string | null;
  /** of plannedBalance */
  status: FundingStatus;
  /** of receivedBalance; null without actual costs */
  receivedStatus: FundingStatus | null;
}

export interface SchemeFunding extends FundingFigures {
  scheme: FundingSchemeCode;
}

export interface YearFunding extends FundingFigures {
  year: number;
  /** The schemes with a source or a cost in the year, in FUNDING_SCHEME_ORDER. */
  schemes: SchemeFunding[];
}

/** One source of funding over the years: a grant scheme, or one organisation's own budget. */
export interface SourceFunding {
  scheme: FundingSchemeCode;
  organisationId: string | null;
  planned: string;
  received: string;
  years: { year: number; planned: string; received: string }[];
}

export interface FundingPlan {
  /** Every year with a source or a cost, ascending. */
  years: YearFunding[];
  /** Over all years, with the schemes summed over all years. */
  total: YearFundingTotal;
  /** By source (scheme, and organisation for own budgets and OTHER), in FUNDING_SCHEME_ORDER. */
  sources: SourceFunding[];
  /** CO_FINANCING planned / plannedCost total × 100, two decimals; null without planned cost or co-financing. */
  coFinancingShare: string | null;
  coFinancingShareFlag: CoFinancingShareFlag | null;
}

export type YearFundingTotal = FundingFigures & { schemes: SchemeFunding[] };

/**
 * Who pays a cost item (the rule): an item that names a grant (CO_FINANCING, DIGIFIN, STIMULAB,
 * OTHER) is paid by that scheme — the item says so explicitly, and an initiative's key (for its operation,
 * say) does not take its development grant away (net positions count it for the allocation run's
 * organisations only if a run has in fact allocated it); otherwise an item a cost-sharing key allocates (its
 * own or the initiative's) is paid by the key's participants from their own budgets (organisation null:
 * several); otherwise the own budget it names (the owner unless another organisation was named); an item
 * that names nothing is paid by the owner's own budget.
 */
export function costPayer(
  item: {
    allocatedByKey: boolean;
    fundingScheme: FundingSchemeCode | null;
    payingOrganisationId: string | null;
  },
  ownerId: string,
): { scheme: FundingSchemeCode; organisationId: string | null } {
  const scheme = item.fundingScheme ?? 'OWN_BUDGET';
  if (scheme !== 'OWN_BUDGET') return { scheme, organisationId: null };
  if (item.allocatedByKey) return { scheme: 'OWN_BUDGET', organisationId: null };
  if (scheme === 'OWN_BUDGET') return { scheme, organisationId: item.payingOrganisationId ?? ownerId };
  return { scheme, organisationId: null };
}

/** Sums in øre. */
interface Sums {
  plannedFunding: bigint;
  receivedFunding: bigint;
  plannedCost: bigint;
  actualCost: bigint;
  hasActual: boolean;
}

const zero = (): Sums => ({
  plannedFunding: 0n,
  receivedFunding: 0n,
  plannedCost: 0n,
  actualCost: 0n,
  hasActual: false,
});

function statusOf(balance: bigint): FundingStatus {
  return balance === 0n ? 'FUNDED' : balance < 0n ? 'UNDERFUNDED' : 'OVERFUNDED';
}

function figures(s: Sums): FundingFigures {
  const plannedBalance = s.plannedFunding - s.plannedCost;
  const receivedBalance = s.hasActual ? s.receivedFunding - s.actualCost : null;
  return {
    plannedFunding: formatOre(s.plannedFunding),
    receivedFunding: formatOre(s.receivedFunding),
    plannedCost: formatOre(s.plannedCost),
    actualCost: s.hasActual ? formatOre(s.actualCost) : null,
    plannedBalance: formatOre(plannedBalance),
    receivedBalance: receivedBalance === null ? null : formatOre(receivedBalance),
    status: statusOf(plannedBalance),
    receivedStatus: receivedBalance === null ? null : statusOf(receivedBalance),
  };
}

function add(into: Sums, from: Partial<Sums>): void {
  into.plannedFunding += from.plannedFunding ?? 0n;
  into.receivedFunding += from.receivedFunding ?? 0n;
  into.plannedCost += from.plannedCost ?? 0n;
  into.actualCost += from.actualCost ?? 0n;
  into.hasActual ||= from.hasActual ?? false;
}

const schemeRank = (scheme: FundingSchemeCode) => {
  const rank = FUNDING_SCHEME_ORDER.indexOf(scheme);
  if (rank < 0)
    throw new CostModelError(
      'INVALID_INPUT',
      msg('FUNDING_SCHEME_UNKNOWN', { got: `"${scheme}"` }),
      'scheme',
    );
  return rank;
};

function bySchemes(map: Map<FundingSchemeCode, Sums>): SchemeFunding[] {
  return [...map]
    .sort(([a], [b]) => schemeRank(a) - schemeRank(b))
    .map(([scheme, sums]) => ({ scheme, ...figures(sums) }));
}

/**
 * Reconciles funding with costs per year, per scheme and in total (see the module's definitions).
 * @throws CostModelError(INVALID_AMOUNT) naming the row for an amount that is not a NOK string ≥ 0, and
 *   INVALID_INPUT for a year that is not an integer or an unknown scheme.
 */
export function fundingPlan(
  sources: readonly FundingSourceRow[],
  costs: readonly FundingCostRow[],
): FundingPlan {
  const years = new Map<number, { sums: Sums; schemes: Map<FundingSchemeCode, Sums> }>();
  const total = zero();
  const totalSchemes = new Map<FundingSchemeCode, Sums>();
  const bySource = new Map<string, SourceFunding & { ore: Map<number, [bigint, bigint]> }>();

  const at = (year: number, scheme: FundingSchemeCode, path: string) => {
    if (!Number.isInteger(year))
      throw new CostModelError('INVALID_INPUT', msg('FUNDING_YEAR_NOT_INTEGER', { got: String(year) }), path);
    schemeRank(scheme);
    let entry = years.get(year);
    if (!entry) years.set(year, (entry = { sums: zero(), schemes: new Map() }));
    let schemeSums = entry.schemes.get(scheme);
    if (!schemeSums) entry.schemes.set(scheme, (schemeSums = zero()));
    let totalScheme = totalSchemes.get(scheme);
    if (!totalScheme) totalSchemes.set(scheme, (totalScheme = zero()));
    return [entry.sums, schemeSums, totalScheme, total];
  };

  sources.forEach((source, index) => {
    const path = `sources[${index}]`;
    const planned = parseAmount(source.planned, `${path}.planned`);
    const received = source.received === null ? 0n : parseAmount(source.received, `${path}.received`);
    for (const sums of at(source.year, source.scheme, path))
      add(sums, { plannedFunding: planned, receivedFunding: received });
    const key = `${source.scheme}\u0000${source.organisationId ?? ''}`;
    let group = bySource.get(key);
    if (!group)
      bySource.set(
        key,
        (group = {
          scheme: source.scheme,
          organisationId: source.organisationId,
          planned: '',
          received: '',
          years: [],
          ore: new Map(),
        }),
      );
    const [p, r] = group.ore.get(source.year) ?? [0n, 0n];
    group.ore.set(source.year, [p + planned, r + received]);
  });

  costs.forEach((cost, index) => {
    const path = `costs[${index}]`;
    const planned = parseAmount(cost.planned, `${path}.planned`);
    const actual = cost.actual === null ? null : parseAmount(cost.actual, `${path}.actual`);
    for (const sums of at(cost.year, cost.scheme ?? 'OWN_BUDGET', path))
      add(sums, { plannedCost: planned, actualCost: actual ?? 0n, hasActual: actual !== null });
  });

  const coFinancing = totalSchemes.get('CO_FINANCING')?.plannedFunding ?? 0n;
  const share =
    total.plannedCost > 0n && coFinancing > 0n ? formatRatio(coFinancing * 100n, total.plannedCost, 2) : null;
  // The caps compare exactly: share > 50 % ⇔ 2 × co-financing > planned cost; > 85 % ⇔ 20 × cf > 17 × cost.
  const flag: CoFinancingShareFlag | null =
    share === null
      ? null
      : 20n * coFinancing > 17n * total.plannedCost
        ? 'ABOVE_CAP'
        : 2n * coFinancing > total.plannedCost
          ? 'CATEGORY_2_ONLY'
          : 'WITHIN_CATEGORY_1';

  return {
    years: [...years]
      .sort(([a], [b]) => a - b)
      .map(([year, entry]) => ({ year, ...figures(entry.sums), schemes: bySchemes(entry.schemes) })),
    total: { ...figures(total), schemes: bySchemes(totalSchemes) },
    sources: [...bySource.values()]
      .sort(
        (a, b) =>
          schemeRank(a.scheme) - schemeRank(b.scheme) ||
          (a.organisationId ?? '').localeCompare(b.organisationId ?? ''),
      )
      .map(({ scheme, organisationId, ore }) => {
        const list = [...ore].sort(([a], [b]) => a - b);
        return {
          scheme,
          organisationId,
          planned: formatOre(list.reduce((sum, [, [p]]) => sum + p, 0n)),
          received: formatOre(list.reduce((sum, [, [, r]]) => sum + r, 0n)),
          years: list.map(([year, [p, r]]) => ({ year, planned: formatOre(p), received: formatOre(r) })),
        };
      }),
    coFinancingShare: share,
    coFinancingShareFlag: flag,
  };
}
