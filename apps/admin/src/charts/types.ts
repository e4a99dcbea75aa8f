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
  /** Called with the row of a clicked bar (charts link to what they count). */
  onSelect?: (row: ChartRow) => void;
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
  onSelect?: (key: string) => void;
}
