export type ChartRow = Record<string, string | number | null | undefined>;

export interface Series {
  key: string;
  label: string;
  colour: string;
  type?: 'bar' | 'line';
  stackId?: string;
  dashed?: boolean;
}

export interface SeriesChartProps {
  data: ChartRow[];
  /** The category of each row (a year, an organisation's name). */
  xKey: string;
  series: Series[];
  height?: number;
  /** Tooltip values, e.g. formatNok. */
  valueFormat?: (value: number) => string;
  /**
   * Axis ticks, e.g. formatCompactNok; given the axis's largest absolute value too, so every tick of an
   * axis is written in the same unit.
   */
  axisFormat?: (value: number, axisMax?: number) => string;
  /** Categories on the vertical axis (long names). */
  horizontal?: boolean;
  /**
   * Called with the row of a clicked bar or point, or of a category label activated with Enter or Space
   * (each category's label on the axis is a tab stop): charts open what they count.
   */
  onSelect?: (row: ChartRow) => void;
  /** The accessible name of a category's link, e.g. "Ny i Norge: åpne de 2 initiativene". */
  selectLabel?: (row: ChartRow) => string;
}

export interface RealisationPoint {
  /** Milliseconds since 1970 (UTC midnight of the date). */
  time: number;
  target?: number | null;
  measured?: number | null;
}

export interface RealisationChartProps {
  points: RealisationPoint[];
  baseline: number;
  asOf?: number;
  labels: { target: string; measured: string; baseline: string; today: string };
  unit: string;
  height?: number;
}

export interface DonutSlice {
  key: string;
  label: string;
  value: number;
  colour: string;
}

export interface DonutChartProps {
  slices: DonutSlice[];
  height?: number;
  /** Called with the key of a clicked slice or an activated legend entry (the legend entries are buttons). */
  onSelect?: (key: string) => void;
  /** The accessible name of a slice's legend button. */
  selectLabel?: (slice: DonutSlice) => string;
}
