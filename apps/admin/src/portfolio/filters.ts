import { AdministrativeLevel, InitiativePhase, LIMITS, LifeEvent } from '@gevinst/domain';

/** The dashboard's filter, the API's PortfolioFilter, and the initiatives list showing the same initiatives. */
export interface DashboardFilter {
  ministryId?: string;
  lifeEvent?: string;
  administrativeLevel?: string;
  phase?: string;
  fromYear?: number;
  toYear?: number;
}

/** The filter's keys in the order they are written to the address (so one view has one address). */
const KEYS = ['ministryId', 'lifeEvent', 'administrativeLevel', 'phase', 'fromYear', 'toYear'] as const;
type DashboardKey = (typeof KEYS)[number];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const oneOf = (values: Record<string, string>) => (value: string) => Object.values(values).includes(value);
const isYear = (value: string) =>
  /^\d{4}$/.test(value) && Number(value) >= LIMITS.year.min && Number(value) <= LIMITS.year.max;

/** What the address may hold for each key: anything else is ignored (and reported). */
const VALID: Record<DashboardKey, (value: string) => boolean> = {
  ministryId: (value) => UUID.test(value),
  lifeEvent: oneOf(LifeEvent),
  administrativeLevel: oneOf(AdministrativeLevel),
  phase: oneOf(InitiativePhase),
  fromYear: isYear,
  toYear: isYear,
};

/** The dashboard's filter read from the address's query string, and the keys it could not use. */
export interface FilterFromAddress {
  filter: DashboardFilter;
  /** Keys present with a value the dashboard does not know (a mistyped or outdated link). */
  ignored: DashboardKey[];
}

/**
 * The dashboard's filter from the query string of its address (issue 16: a view can be bookmarked and
 * shared, and back/forward and reload give the same view). Unknown keys are left alone; a known key with a
 * value that is not valid (no such life event, not a year in range, not an id) is ignored and reported;
 * a «to» year before the «from» year is ignored too.
 */
export function filterFromSearch(search: string | URLSearchParams): FilterFromAddress {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const filter: DashboardFilter = {};
  const ignored: DashboardKey[] = [];
  for (const key of KEYS) {
    const value = params.get(key)?.trim();
    if (!value) continue;
    if (!VALID[key](value)) {
      ignored.push(key);
      continue;
    }
    if (key === 'fromYear' || key === 'toYear') filter[key] = Number(value);
    else filter[key] = value;
  }
  if (filter.fromYear !== undefined && filter.toYear !== undefined && filter.toYear < filter.fromYear) {
    delete filter.toYear;
    ignored.push('toYear');
  }
  return { filter, ignored };
}

/**
 * The query string (without "?") for a dashboard filter, keys in a fixed order and empty values left out,
 * so that filterFromSearch(searchOfFilter(f)).filter equals f for every valid f.
 */
export function searchOfFilter(filter: DashboardFilter): string {
  const params = new URLSearchParams();
  for (const key of KEYS) {
    const value = filter[key];
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  return params.toString();
}

/** The address's query string with the dashboard's keys replaced by `filter` (other keys kept). */
export function withFilter(search: string | URLSearchParams, filter: DashboardFilter): URLSearchParams {
  const params = new URLSearchParams(search);
  for (const key of KEYS) params.delete(key);
  for (const [key, value] of new URLSearchParams(searchOfFilter(filter))) params.set(key, value);
  return params;
}

export function toPortfolioFilter(filter: DashboardFilter): Record<string, unknown> | undefined {
  const result: Record<string, unknown> = {};
  if (filter.ministryId) result.ministryId = filter.ministryId;
  if (filter.lifeEvent) result.lifeEvent = [filter.lifeEvent];
  if (filter.administrativeLevel) result.administrativeLevel = filter.administrativeLevel;
  if (filter.phase) result.phase = [filter.phase];
  if (filter.fromYear) result.fromYear = filter.fromYear;
  if (filter.toYear) result.toYear = filter.toYear;
  return Object.keys(result).length ? result : undefined;
}

/** The InitiativeFilter with the same initiatives (years do not narrow initiatives). */
export function toInitiativeFilter(filter: DashboardFilter): Record<string, unknown> | undefined {
  const result: Record<string, unknown> = {};
  if (filter.ministryId) result.ministryId = filter.ministryId;
  if (filter.lifeEvent) result.lifeEvent = [filter.lifeEvent];
  if (filter.administrativeLevel) result.administrativeLevel = filter.administrativeLevel;
  if (filter.phase) result.phase = [filter.phase];
  return Object.keys(result).length ? result : undefined;
}

/** The initiatives list's conditions a drill-down adds to the dashboard's (as the list's filter keys). */
export interface DrillDown {
  lifeEvent?: string;
  /** «Uten livshendelse»: the initiatives that serve no life event */
  withoutLifeEvent?: true;
  ministryId?: string;
  /** initiatives with a participant at this level (the dashboard's own level filter) */
  administrativeLevel?: string;
  /** the owner's level (the breakdown by level is by the owner's) */
  ownerAdministrativeLevel?: string;
  rag?: string;
}

/** The list's sort a drill-down opens with (the list's column sources). */
export interface DrillDownSort {
  field:
    | 'figures.plannedBenefitNok'
    | 'figures.plannedBenefitToDateNok'
    | 'figures.realisedBenefitNok'
    | 'figures.realisationPercent';
  order: 'ASC' | 'DESC';
}

/**
 * A link to the initiatives list with the initiatives a figure counts: the dashboard's filter and the
 * drill-down's own condition (a life event replaces the dashboard's, «Uten livshendelse» removes it), in
 * react-admin's list address (filter as JSON, page 1), optionally sorted by a figure column.
 */
export function initiativesLink(
  filter: DashboardFilter,
  extra: DrillDown = {},
  sort?: DrillDownSort,
): string {
  const listFilter: Record<string, string | boolean> = {};
  if (filter.ministryId) listFilter.ministryId = filter.ministryId;
  if (filter.lifeEvent) listFilter.lifeEvent = filter.lifeEvent;
  if (filter.administrativeLevel) listFilter.administrativeLevel = filter.administrativeLevel;
  if (filter.phase) listFilter.phase = filter.phase;
  if (extra.withoutLifeEvent) delete listFilter.lifeEvent;
  Object.assign(listFilter, extra);
  const params = new URLSearchParams({ filter: JSON.stringify(listFilter), page: '1' });
  if (sort) {
    params.set('sort', sort.field);
    params.set('order', sort.order);
  }
  return `/initiatives?${params.toString()}`;
}

/** The most initiatives a benefits link names (BenefitFilter.initiativeIds takes at most 500). */
export const MAX_LINKED_INITIATIVES = 500;

/**
 * A link to the benefits list with the benefits a dashboard count counts: those of the dashboard's
 * initiatives (PortfolioSummary.byInitiative), optionally with a status today (RagFilter; the definition of
 * PortfolioSummary.rag: not cancelled). Undefined when there are more initiatives than a link may name.
 */
export function benefitsLink(initiativeIds: readonly string[], rag?: string): string | undefined {
  if (initiativeIds.length > MAX_LINKED_INITIATIVES) return undefined;
  const listFilter: Record<string, unknown> = { initiativeIds: [...initiativeIds] };
  if (rag) listFilter.rag = [rag];
  return `/benefits?${new URLSearchParams({ filter: JSON.stringify(listFilter), page: '1' }).toString()}`;
}

/** The dashboard's own address for a filter (a year point narrows the dashboard to its year). */
export function dashboardLink(filter: DashboardFilter): string {
  const search = searchOfFilter(filter);
  return search ? `/portfolio?${search}` : '/portfolio';
}
