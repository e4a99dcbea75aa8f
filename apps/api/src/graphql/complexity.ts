import type { ComplexityEstimatorArgs } from 'graphql-query-complexity';

/**
 * Prices for fields whose cost is not one row: passed as `complexity` to `@Field`/`@ResolveField`/`@Query`
 * (Nest puts it in the field's extensions, where the hardening plugin's estimator reads it).
 *
 * The rule (docs/api.md, "Limits"): a scalar (or a list of scalars, stored with its row) costs 0, an object 1 plus its selection; a list with a `limit`
 * costs 1 + limit × its selection; a list without a page size costs 1 + (its largest real size) × its
 * selection, counted as at least 1 a row — 10 rows unless the field names its size here; a field that runs
 * SQL or a computation of its own for each row it appears on costs that work in points on top.
 */

/** A list without a page size that can hold up to `rows` rows (e.g. an initiative's participants: 357). */
export function listOf(rows: number) {
  return ({ childComplexity }: Pick<ComplexityEstimatorArgs, 'childComplexity'>): number =>
    1 + rows * Math.max(childComplexity, 1);
}

/** A field that runs its own SQL or computation worth `points` each time it is resolved. */
export function computed(points: number) {
  return ({ childComplexity }: Pick<ComplexityEstimatorArgs, 'childComplexity'>): number =>
    points + childComplexity;
}

/** Municipalities (357) plus counties, ministries and agencies: the most rows a per-organisation list holds. */
export const MAX_ORGANISATION_ROWS = 500;
/** The most municipalities an initiative, a county or a key can name. */
export const MAX_MUNICIPALITY_ROWS = 357;
/** What one organisation's allocation summary costs: an aggregate over its allocation lines. */
export const ALLOCATION_SUMMARY_POINTS = 50;
/** What one portfolio-wide figure (net positions, portfolio summary) costs: it reads every allocation line. */
export const PORTFOLIO_FIGURES_POINTS = 500;
