/** The dashboard's filter, the API's PortfolioFilter, and the initiatives list showing the same initiatives. */
export interface DashboardFilter {
  ministryId?: string;
  lifeEvent?: string;
  administrativeLevel?: string;
  phase?: string;
  fromYear?: number;
  toYear?: number;
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

/** A link to the initiatives list, filtered like the dashboard (plus `extra`). */
export function initiativesLink(filter: DashboardFilter, extra: Record<string, string> = {}): string {
  const listFilter: Record<string, string> = {};
  if (filter.ministryId) listFilter.ministryId = filter.ministryId;
  if (filter.lifeEvent) listFilter.lifeEvent = filter.lifeEvent;
  if (filter.administrativeLevel) listFilter.administrativeLevel = filter.administrativeLevel;
  if (filter.phase) listFilter.phase = filter.phase;
  Object.assign(listFilter, extra);
  const params = new URLSearchParams({ filter: JSON.stringify(listFilter), page: '1' });
  return `/initiatives?${params.toString()}`;
}
