/** The funding plan's rows as the admin shows them (pure: tested in fundingPlan.spec.ts). */
import type { InitiativeFundingPlanQuery } from '../api/graphql';
import { formatNok } from '../format';

export type FundingPlan = NonNullable<NonNullable<InitiativeFundingPlanQuery['initiative']>['fundingPlan']>;
type Figures = FundingPlan['total'];

/** The colour of a funding status, by the RAG palette: funded green, overfunded amber, underfunded red. */
export const FUNDING_STATUS_RAG: Record<string, 'GREEN' | 'AMBER' | 'RED'> = {
  FUNDED: 'GREEN',
  OVERFUNDED: 'AMBER',
  UNDERFUNDED: 'RED',
};

export interface FundingPlanRow {
  /** The year, or null for the total over all years. */
  year: number | null;
  plannedFunding: string;
  receivedFunding: string;
  plannedCost: string;
  /** "–" without actual costs */
  actualCost: string;
  plannedBalance: string;
  /** "–" without actual costs */
  receivedBalance: string;
  status: string;
  receivedStatus: string | null;
}

function row(year: number | null, figures: Figures): FundingPlanRow {
  return {
    year,
    plannedFunding: formatNok(figures.plannedFunding),
    receivedFunding: formatNok(figures.receivedFunding),
    plannedCost: formatNok(figures.plannedCost),
    actualCost: figures.actualCost === null ? '–' : formatNok(figures.actualCost),
    plannedBalance: formatNok(figures.plannedBalance),
    receivedBalance: figures.receivedBalance === null ? '–' : formatNok(figures.receivedBalance),
    status: figures.status,
    receivedStatus: figures.receivedStatus ?? null,
  };
}

/** One row per year, in nb-NO formats, and the total row (year null) last; none without a year. */
export function fundingPlanRows(plan: FundingPlan): FundingPlanRow[] {
  if (plan.years.length === 0) return [];
  return [...plan.years.map((year) => row(year.year, year)), row(null, plan.total)];
}

/**
 * Who pays an item, as the table shows it: a key's participants when a key allocates it, otherwise the
 * source it names (and whose own budget), otherwise the owner's own budget.
 */
export function payerLabel(
  item: {
    costSharingKey: { id: string } | null;
    fundingScheme: string | null;
    payingOrganisation: { name: string } | null;
  },
  initiativeHasKey: boolean,
  translate: (key: string, options?: Record<string, unknown>) => string,
): string {
  if (item.costSharingKey || initiativeHasKey) return translate('gevinst.costs.paid_by_key');
  if (!item.fundingScheme) return translate('gevinst.costs.paid_by_owner');
  const scheme = translate(`enums.FundingScheme.${item.fundingScheme}`, { _: item.fundingScheme });
  return item.payingOrganisation ? `${scheme}: ${item.payingOrganisation.name}` : scheme;
}
