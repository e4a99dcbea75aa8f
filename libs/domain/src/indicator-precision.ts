/**
 * An indicator's precision: how many decimals its values are shown with. Definition (docs/labels.md):
 * the most decimals among the values people entered for it — the baseline, the targets and the
 * measurements — so a count entered as «4000» and «3000» is shown as whole numbers, and a rate entered as
 * «12,5» with one decimal. Interpolated targets (cost-model's realisation keeps 6 decimals) are rounded to
 * it for display: «3 284,931507 saker» becomes «3 285 saker» (issue 17). Capped at 6, the decimals the
 * API keeps.
 */
export const MAX_INDICATOR_DECIMALS = 6;

const DECIMAL = /^-?\d+(?:[.,](\d+))?$/;

/** Decimals written in one entered value: "12.50" → 2, "4000" → 0; not a number → 0. */
export function decimalsOf(value: string | number | null | undefined): number {
  if (value === null || value === undefined) return 0;
  const match = DECIMAL.exec(String(value).trim());
  return match?.[1]?.length ?? 0;
}

/** The indicator's precision: the most decimals among its entered values, at most 6. */
export function indicatorDecimals(entered: readonly (string | number | null | undefined)[]): number {
  return Math.min(
    MAX_INDICATOR_DECIMALS,
    entered.reduce<number>((most, value) => Math.max(most, decimalsOf(value)), 0),
  );
}
