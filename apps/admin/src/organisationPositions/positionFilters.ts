/**
 * The per-organisation view's filter as the list keeps it in the URL (react-admin's `filter` parameter,
 * one value per select), as the API's OrganisationPositionFilter, as the workbook's query string, and the
 * links from the dashboard's matrix. Pure, so tested without a browser (positionFilters.spec.ts).
 */

/** The list's filter values (URL): single values; lists in the API take one value each here. */
export interface PositionListFilter {
  ministryId?: string;
  lifeEvent?: string;
  phase?: string;
  fromYear?: number | string;
  toYear?: number | string;
  participantLevel?: string;
  countyNumber?: string;
  level?: string;
  flag?: string;
  includeSchemes?: boolean | string;
  q?: string;
  matrixPayer?: string;
  matrixBeneficiary?: string;
}

const LISTS = ['lifeEvent', 'phase', 'level', 'flag'] as const;
const SINGLES = [
  'ministryId',
  'participantLevel',
  'countyNumber',
  'matrixPayer',
  'matrixBeneficiary',
] as const;

const present = (value: unknown): boolean => value !== undefined && value !== null && value !== '';

/** The API's OrganisationPositionFilter of the list's filter. */
export function toApiFilter(filter: PositionListFilter): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const key of SINGLES) if (present(filter[key])) result[key] = String(filter[key]);
  for (const key of LISTS) if (present(filter[key])) result[key] = [String(filter[key])];
  for (const key of ['fromYear', 'toYear'] as const)
    if (present(filter[key]) && Number.isInteger(Number(filter[key]))) result[key] = Number(filter[key]);
  if (filter.includeSchemes === false || filter.includeSchemes === 'false') result.includeSchemes = false;
  if (present(filter.q)) result.search = String(filter.q).trim();
  return result;
}

/** The workbook of the same rows in the same order: GET /api/exports/organisation-positions.xlsx. */
export function exportUrl(
  filter: PositionListFilter,
  sort?: { field: string; direction: 'ASC' | 'DESC' },
): string {
  const api = toApiFilter(filter);
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(api))
    params.set(key, Array.isArray(value) ? value.join(',') : String(value));
  if (sort) {
    params.set('sort', sort.field);
    params.set('direction', sort.direction);
  }
  const query = params.toString();
  return `/api/exports/organisation-positions.xlsx${query ? `?${query}` : ''}`;
}

/** The dashboard's filter (ministry, life event, phase, years) that the per-organisation view can take over. */
export interface DashboardLikeFilter {
  ministryId?: string;
  administrativeLevel?: string;
  lifeEvent?: string;
  phase?: string;
  fromYear?: number;
  toYear?: number;
}

/**
 * A link to the per-organisation view with the dashboard's filter and `extra` (a matrix cell: matrixPayer
 * and matrixBeneficiary; or a level, a flag), sorted by what is paid, largest first.
 */
export function positionsLink(filter: DashboardLikeFilter, extra: PositionListFilter = {}): string {
  const listFilter: Record<string, unknown> = {};
  for (const key of ['ministryId', 'lifeEvent', 'phase', 'fromYear', 'toYear'] as const)
    if (present(filter[key])) listFilter[key] = filter[key];
  // The dashboard's level selects initiatives (a participant at the level), as participantLevel does here.
  if (present(filter.administrativeLevel)) listFilter.participantLevel = filter.administrativeLevel;
  for (const [key, value] of Object.entries(extra)) if (present(value)) listFilter[key] = value;
  const params = new URLSearchParams({
    filter: JSON.stringify(listFilter),
    page: '1',
    sort: 'paidNok',
    order: 'DESC',
  });
  return `/organisationPositions?${params.toString()}`;
}

/** The matrix row of a payer (a level, a scheme, or nobody) as the API's MatrixPayer. */
export function matrixPayerOf(
  payer: { kind: 'LEVEL'; level: string } | { kind: 'SCHEME'; scheme: string } | { kind: 'NONE' },
): string {
  return payer.kind === 'LEVEL' ? payer.level : payer.kind === 'SCHEME' ? payer.scheme : 'NO_PAYER';
}

/** The matrix column of a beneficiary level (null: no beneficiary) as the API's MatrixBeneficiary. */
export const matrixBeneficiaryOf = (level: string | null): string => level ?? 'NO_BENEFICIARY';
