/**
 * Benefits (gevinster) after the Norwegian guidance (DFØ, Prosjektveiviseren) and the co-financing
 * mechanism's benefits realisation plan: the shared enums and rules used by the API and the admin UI.
 */
import { type Principal, canSeeInitiativeFinancials } from './access';
import { type Message, msg } from './messages';

/** The categories the co-financing benefits plan separates. */
export enum BenefitCategory {
  /** Budget effect in the receiving agency's own budget: cash-releasing, can be taken out as a budget cut. */
  BUDGET_RELEASING = 'BUDGET_RELEASING',
  /** Freed capacity in the agency, used for other tasks: not cash-releasing, time savings valued in NOK. */
  FREED_CAPACITY = 'FREED_CAPACITY',
  /** Monetised benefits elsewhere in the public sector (another agency, a municipality). */
  OTHER_PUBLIC_SECTOR = 'OTHER_PUBLIC_SECTOR',
  /** Effects that are followed by an indicator but not valued in NOK (quality, user satisfaction). */
  NON_MONETISED = 'NON_MONETISED',
  /** Benefits for citizens and businesses (time saved, fewer errors), monetised where possible. */
  CITIZENS_AND_BUSINESS = 'CITIZENS_AND_BUSINESS',
}

export const BENEFIT_CATEGORY_NAMES_NB: Record<BenefitCategory, string> = {
  [BenefitCategory.BUDGET_RELEASING]: 'Budsjettgevinst i egen virksomhet',
  [BenefitCategory.FREED_CAPACITY]: 'Frigjort kapasitet',
  [BenefitCategory.OTHER_PUBLIC_SECTOR]: 'Gevinst i annen offentlig virksomhet',
  [BenefitCategory.NON_MONETISED]: 'Ikke-prissatt virkning',
  [BenefitCategory.CITIZENS_AND_BUSINESS]: 'Gevinst for innbyggere og næringsliv',
};

export enum BenefitStatus {
  IDENTIFIED = 'IDENTIFIED',
  PLANNED = 'PLANNED',
  IN_REALISATION = 'IN_REALISATION',
  REALISED = 'REALISED',
  NOT_REALISED = 'NOT_REALISED',
  CANCELLED = 'CANCELLED',
}

/**
 * How an indicator's values turn into NOK per year (cost-model's valuation):
 * - RATE: an annual rate or a level at a moment (hours saved a year, active users); a year is valued at the
 *   time-weighted average improvement over the year.
 * - PERIOD_TOTAL: the total for the calendar year ending at the value's date (cases handled in the year); a
 *   year is valued at that year's total (the plan on 31 December, the measurement dated in the year).
 */
export enum IndicatorKind {
  RATE = 'RATE',
  PERIOD_TOTAL = 'PERIOD_TOTAL',
}

/**
 * The effect start of a benefit (the date its effect can begin), checked against its baseline and its first
 * target: not before the baseline date (nothing is measured before it) and not after the first target (the
 * plan would promise an improvement before the effect could begin). Null when it is fine or not given.
 */
export function effectStartProblem(
  effectStart: string | null,
  baselineDate: string,
  firstTargetDate: string | null,
): Message | null {
  if (effectStart === null) return null;
  if (effectStart < baselineDate)
    return msg('EFFECT_START_BEFORE_BASELINE', { baselineDate, date: effectStart });
  if (firstTargetDate !== null && effectStart > firstTargetDate)
    return msg('EFFECT_START_AFTER_FIRST_TARGET', { targetDate: firstTargetDate, date: effectStart });
  return null;
}

/** Which way an indicator is better. */
export enum IndicatorDirection {
  INCREASE = 'INCREASE',
  DECREASE = 'DECREASE',
}

export enum MeasurementFrequency {
  MONTHLY = 'MONTHLY',
  QUARTERLY = 'QUARTERLY',
  HALF_YEARLY = 'HALF_YEARLY',
  YEARLY = 'YEARLY',
  ONCE = 'ONCE',
}

export enum RiskLevel {
  LOW = 'LOW',
  MEDIUM = 'MEDIUM',
  HIGH = 'HIGH',
}

/** Red, amber, green: how far a benefit has come against its plan (GREEN ≥ 90 %, AMBER ≥ 60 %). */
export enum RagStatus {
  GREEN = 'GREEN',
  AMBER = 'AMBER',
  RED = 'RED',
}

/** An initiative's RAG status as a filter value: one of the statuses, or not assessed (no status yet). */
export enum RagFilter {
  GREEN = 'GREEN',
  AMBER = 'AMBER',
  RED = 'RED',
  NOT_ASSESSED = 'NOT_ASSESSED',
}

const RAG_SEVERITY: Record<RagStatus, number> = {
  [RagStatus.GREEN]: 1,
  [RagStatus.AMBER]: 2,
  [RagStatus.RED]: 3,
};

/**
 * An initiative's overall RAG status: the worst status of its benefits that have one (RED before AMBER
 * before GREEN), or null when none of them has been assessed (no benefits, none measured, or all
 * cancelled: pass only the statuses of benefits that count).
 */
export function overallRag(statuses: Iterable<RagStatus | null>): RagStatus | null {
  let worst: RagStatus | null = null;
  for (const status of statuses)
    if (status !== null && (worst === null || RAG_SEVERITY[status] > RAG_SEVERITY[worst])) worst = status;
  return worst;
}

/** Whether an overall status matches any of the filter values. */
export function ragMatches(status: RagStatus | null, filter: readonly RagFilter[]): boolean {
  return filter.includes(status === null ? RagFilter.NOT_ASSESSED : (status as string as RagFilter));
}

/** What a benefit depends on in the benefits map (gevinstkart). */
export enum EnablerKind {
  /** a deliverable of the initiative (a solution, an integration, a register) */
  DELIVERABLE = 'DELIVERABLE',
  /** a change in the organisation (a new way of working, a changed process, training) */
  CHANGE = 'CHANGE',
}

/** The co-financing mechanism takes out this share of the internal net budget-releasing benefits. */
export const CO_FINANCING_TAKE_OUT_PERCENT = 50;

/** The co-financing annual report flags deviations above this share of the planned amount. */
export const CO_FINANCING_DEVIATION_PERCENT = 10;

/** Benefits received by a public organisation must name it; the others may (citizens and business need not). */
export function requiresReceivingOrganisation(category: BenefitCategory): boolean {
  return (
    category === BenefitCategory.BUDGET_RELEASING ||
    category === BenefitCategory.FREED_CAPACITY ||
    category === BenefitCategory.OTHER_PUBLIC_SECTOR
  );
}

/** Returns what is wrong with a monetary value per unit for a category, or null. */
export function valuePerUnitProblem(
  category: BenefitCategory,
  valuePerUnit: string | null | undefined,
): Message | null {
  if (category === BenefitCategory.NON_MONETISED && valuePerUnit !== null && valuePerUnit !== undefined) {
    return msg('NON_MONETISED_VALUE_PER_UNIT');
  }
  return null;
}

/**
 * The co-financing annual report of an initiative: users of the owner organisation, portfolio reviewers
 * of its ministry, and administrators — the whole initiative's financial detail (canSeeInitiativeFinancials).
 */
export function canSeeCoFinancingReport(
  principal: Principal,
  initiative: { ownerId: string; ministryId: string },
): boolean {
  return canSeeInitiativeFinancials(principal, initiative);
}

// The portfolio scope is an access rule and lives with the others in access.ts (re-exported here for
// the importers of this module).
export { type PortfolioScope, portfolioScope } from './access';
