/** Sizing of chart axes to the chart's width (phones: issue 16). Pure, so it is unit-tested. */

/**
 * The width of a horizontal chart's category axis (the names on the left): 180 px where there is room,
 * down to 72 px on a phone, at most 38 % of the chart, so the bars keep most of a 390 px screen.
 */
export function categoryAxisWidth(chartWidth: number): number {
  if (!chartWidth) return 180;
  return Math.max(72, Math.min(180, Math.round(chartWidth * 0.38)));
}

/** Roughly how many characters of 12 px text fit in `width` px (6.6 px a character, 8 px for the tick). */
export const charactersIn = (width: number) => Math.max(4, Math.floor((width - 8) / 6.6));

/**
 * A category name cut to `max` characters with an ellipsis; the tooltip and the table keep it whole.
 * recharts wraps a tick at spaces within the axis width, so the chart allows two lines' worth.
 */
export function shorten(label: string, max: number): string {
  return label.length <= max ? label : `${label.slice(0, Math.max(1, max - 1)).trimEnd()}…`;
}
