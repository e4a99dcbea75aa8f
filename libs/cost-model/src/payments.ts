/**
 * Who pays an initiative's costs, krone by krone, by the budget the money comes from (issue 14, point 1).
 *
 * - A cost item that the current allocation run of its year allocates is paid by the run's organisations:
 *   their allocation lines (`allocations`, summed per initiative and organisation) — kind ALLOCATION.
 * - A cost item that no run allocates (`unallocated`) is paid by the funding source it names
 *   (cost_items.funding_scheme), by the funding plan's rule (funding.ts `costPayer`), so the funding plan
 *   and the net positions agree on the scheme of every item:
 *   - OWN_BUDGET, or no source named: the own budget of `payingOrganisationId`, or else of the
 *     initiative's owner — kind OWN_BUDGET, an organisation;
 *   - CO_FINANCING (the state's co-financing budget), DIGIFIN (the DigiFin fund), STIMULAB, OTHER: the
 *     scheme itself, as its own payer, not an organisation — kind GRANT;
 *   - except an item a cost-sharing key allocates (`allocatedByKey`: its own key or the initiative's) whose
 *     year has no current run yet and that names no grant: the funding plan counts it for the own budgets
 *     of the key's participants, and until a run says how much each pays, the owner's own budget pays it
 *     here — kind OWN_BUDGET — so no krone of the year's costs is lost in between. An item that names a
 *     grant is the grant's until a run allocates it.
 *
 * Hence an organisation's payments are its allocations plus the own-budget items it pays, and a scheme's
 * payments are the grant-paid items; together they are the initiative's costs — Σ allocations + Σ
 * unallocated items — with no krone lost or counted twice (payments.property.spec).
 */
import { FundingScheme, msg } from '@gevinst/domain';
import { CostModelError } from './errors';
import { costPayer } from './funding';
import { formatOre, parseAmount } from './money';

/** A scheme that pays as itself: every funding scheme but OWN_BUDGET. */
export type GrantScheme = Exclude<FundingScheme, FundingScheme.OWN_BUDGET>;

/** The grant schemes in the order they are listed (the FundingScheme enum's order). */
export const GRANT_SCHEMES: readonly GrantScheme[] = [
  FundingScheme.CO_FINANCING,
  FundingScheme.DIGIFIN,
  FundingScheme.STIMULAB,
  FundingScheme.OTHER,
];

export interface PaymentInitiative {
  id: string;
  /** The owner organisation: it pays an unallocated item that names no source or no paying organisation. */
  ownerId: string;
}

/** An organisation's allocated amount in an initiative (its allocation lines, summed). */
export interface AllocatedPayment {
  initiativeId: string;
  organisationId: string;
  /** NOK ≥ 0 */
  amount: string;
}

/** Cost items no allocation run allocates, summed by the source that pays them. */
export interface UnallocatedCost {
  initiativeId: string;
  /** NOK ≥ 0: the items' planned amounts */
  amount: string;
  /** cost_items.funding_scheme; null: the owner's own budget */
  fundingScheme: FundingScheme | null;
  /** With OWN_BUDGET (or no scheme): whose own budget pays; null: the owner's. */
  payingOrganisationId: string | null;
  /** A cost-sharing key would allocate the items, but no current run has yet (absent: false). */
  allocatedByKey?: boolean;
}

export type PaymentKind = 'ALLOCATION' | 'OWN_BUDGET' | 'GRANT';

/** What one payer pays in one initiative, by kind. Exactly one of organisationId and scheme is set. */
export interface Payment {
  initiativeId: string;
  kind: PaymentKind;
  /** ALLOCATION and OWN_BUDGET: the paying organisation; GRANT: null */
  organisationId: string | null;
  /** GRANT: the scheme that pays; otherwise null */
  scheme: GrantScheme | null;
  /** NOK ≥ 0 */
  amount: string;
}

const SCHEMES = new Set<string>(Object.values(FundingScheme));

/**
 * The payers of the initiatives' costs: one row per initiative, kind and payer, in order of first
 * appearance (allocations first, then the unallocated items). Amounts are summed exactly in øre.
 */
export function payments(
  initiatives: readonly PaymentInitiative[],
  allocations: readonly AllocatedPayment[],
  unallocated: readonly UnallocatedCost[],
): Payment[] {
  const owners = new Map(initiatives.map((initiative) => [initiative.id, initiative.ownerId]));
  const rows = new Map<string, { payment: Omit<Payment, 'amount'>; ore: bigint }>();
  const add = (payment: Omit<Payment, 'amount'>, ore: bigint): void => {
    const key = `${payment.initiativeId}|${payment.kind}|${payment.organisationId ?? ''}|${payment.scheme ?? ''}`;
    const found = rows.get(key);
    if (found) found.ore += ore;
    else rows.set(key, { payment, ore });
  };
  const ownerOf = (initiativeId: unknown, path: string): string => {
    const owner = typeof initiativeId === 'string' ? owners.get(initiativeId) : undefined;
    if (owner === undefined)
      throw new CostModelError(
        'INVALID_INPUT',
        msg('INITIATIVE_NOT_LISTED', { got: JSON.stringify(initiativeId) ?? 'undefined' }),
        `${path}.initiativeId`,
      );
    return owner;
  };
  const organisation = (id: unknown, path: string): string => {
    if (typeof id !== 'string' || id === '')
      throw new CostModelError('INVALID_INPUT', msg('ORGANISATION_ID_EMPTY'), path);
    return id;
  };

  allocations.forEach((row, index) => {
    const path = `allocations[${index}]`;
    ownerOf(row.initiativeId, path);
    add(
      {
        initiativeId: row.initiativeId,
        kind: 'ALLOCATION',
        organisationId: organisation(row.organisationId, `${path}.organisationId`),
        scheme: null,
      },
      parseAmount(row.amount, `${path}.amount`),
    );
  });
  unallocated.forEach((row, index) => {
    const path = `unallocated[${index}]`;
    const owner = ownerOf(row.initiativeId, path);
    const ore = parseAmount(row.amount, `${path}.amount`);
    const scheme = row.fundingScheme ?? FundingScheme.OWN_BUDGET;
    if (!SCHEMES.has(scheme))
      throw new CostModelError(
        'INVALID_INPUT',
        msg('NOT_A_FUNDING_SCHEME', { got: JSON.stringify(scheme) }),
        `${path}.fundingScheme`,
      );
    const named = row.payingOrganisationId ?? null;
    if (named !== null) {
      if (scheme !== FundingScheme.OWN_BUDGET)
        throw new CostModelError(
          'INVALID_INPUT',
          msg('PAYING_ORGANISATION_NEEDS_OWN_BUDGET', { scheme }),
          `${path}.payingOrganisationId`,
        );
      organisation(named, `${path}.payingOrganisationId`);
    }
    // The funding plan's rule (funding.ts costPayer), so the plan and the net positions name the same scheme.
    const payer = costPayer(
      { allocatedByKey: row.allocatedByKey === true, fundingScheme: scheme, payingOrganisationId: named },
      owner,
    );
    if (payer.scheme === 'OWN_BUDGET')
      add(
        {
          initiativeId: row.initiativeId,
          kind: 'OWN_BUDGET',
          // costPayer names no organisation for a keyed item (the key's participants): the owner until a run.
          organisationId: payer.organisationId ?? owner,
          scheme: null,
        },
        ore,
      );
    else
      add(
        {
          initiativeId: row.initiativeId,
          kind: 'GRANT',
          organisationId: null,
          scheme: payer.scheme as GrantScheme,
        },
        ore,
      );
  });
  return [...rows.values()].map(({ payment, ore }) => ({ ...payment, amount: formatOre(ore) }));
}
