/** Sizing of chart axes to the chart's width (phones: issue 16). Pure, so it is unit-tested. */

/**
 * The width of a horizontal chart's category axis (the names on the left): 180 px where there is room,
 * down to 72 px on a phone, at most 38 % of the chart, so the bars keep most of a 390 px screen.
 */
export function categoryAxisWidth(chartWidth: number): number {
  if (!chartWidth) return 180;
  return Math.max(72, Math.min(180, Math.round(chartWidth * 0.38)));
}

/**
 * How many characters of 12 px text surely fit in `width` px: 7.5 px a character (capitals such as an
 * initiative's code run about 7.4 px; lower case is narrower) and 8 px for the tick.
 */
export const charactersIn = (width: number) => Math.max(4, Math.floor((width - 8) / 7.5));

/** A category name cut to `max` characters with an ellipsis; the tooltip and the table keep it whole. */
export function shorten(label: string, max: number): string {
  return label.length <= max ? label : `${label.slice(0, Math.max(1, max - 1)).trimEnd()}…`;
}

/**
 * A category axis tick for an axis `axisWidth` px wide: recharts wraps a tick at spaces, so a name with
 * spaces keeps two lines' worth of characters; one without (a code) must fit on one line.
 */
export function tickLabel(label: string, axisWidth: number): string {
  const perLine = charactersIn(axisWidth);
  return shorten(label, /\s/.test(label) ? 2 * perLine : perLine);
}
