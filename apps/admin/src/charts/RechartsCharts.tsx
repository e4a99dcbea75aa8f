/**
 * Every recharts chart of the admin, in one module that pages load lazily (see ./index.tsx), so the
 * first page does not download recharts.
 */
import {
  Bar,
  CartesianGrid,
  Cell,
  ComposedChart,
  Legend,
  Line,
  Pie,
  PieChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useState } from 'react';
import type { KeyboardEvent, SVGProps } from 'react';
import { formatAxisNumber, formatDate, formatDecimal } from '../format';
import { categoryAxisWidth, charactersIn, shorten, tickLabel } from './axis';
import type { ChartRow, DonutChartProps, RealisationChartProps, SeriesChartProps } from './types';

const plain = (value: number) => formatDecimal(value);

/** Enter or Space on a chart's link activates it, as on a button. */
const activateOnKey = (activate: () => void) => (event: KeyboardEvent) => {
  if (event.key === 'Enter' || event.key === ' ') {
    event.preventDefault();
    activate();
  }
};

/** What recharts gives a custom axis tick. */
interface TickProps {
  x?: number | string;
  y?: number | string;
  index?: number;
  payload?: { value?: string | number };
  textAnchor?: SVGProps<SVGTextElement>['textAnchor'];
}

/**
 * A category's label on the axis as a link to what the category counts: a tab stop, activated by click,
 * Enter or Space, named by `selectLabel` (one tab stop per category, present even where a bar is 0).
 */
function linkTick(
  data: ChartRow[],
  horizontal: boolean,
  onSelect: (row: ChartRow) => void,
  selectLabel: ((row: ChartRow) => string) | undefined,
  fitLabel: (label: string) => string,
) {
  const LinkTick = ({ x = 0, y = 0, index = 0, payload }: TickProps) => {
    const row = data[index];
    if (!row) return null;
    const label = String(payload?.value ?? '');
    return (
      <g
        className="gevinst-chart-link"
        transform={`translate(${x},${y})`}
        tabIndex={0}
        role="link"
        aria-label={selectLabel ? selectLabel(row) : label}
        data-testid="chart-link"
        style={{ cursor: 'pointer' }}
        onClick={() => onSelect(row)}
        onKeyDown={activateOnKey(() => onSelect(row))}
      >
        <title>{label}</title>
        <text
          x={horizontal ? -4 : 0}
          y={horizontal ? 0 : 12}
          dy={horizontal ? 4 : 0}
          textAnchor={horizontal ? 'end' : 'middle'}
          fontSize={12}
          fill="#0d47a1"
        >
          {horizontal ? fitLabel(label) : label}
        </text>
      </g>
    );
  };
  return LinkTick;
}

export function SeriesChart({
  data,
  xKey,
  series,
  height = 300,
  valueFormat = plain,
  axisFormat = plain,
  horizontal = false,
  onSelect,
  selectLabel,
}: SeriesChartProps) {
  const [width, setWidth] = useState(0);
  const axisWidth = categoryAxisWidth(width);
  // A link tick is one line of text (recharts wraps only its own ticks): cut to what fits on one line.
  const oneLine = (label: string) => shorten(label, charactersIn(axisWidth));
  const tick = onSelect ? linkTick(data, horizontal, onSelect, selectLabel, oneLine) : { fontSize: 12 };
  // The value axis's largest absolute value: its ticks share one unit («0,5 mill.», «1 mill.»).
  const axisMax = Math.max(
    0,
    ...data.flatMap((row) => series.map((serie) => Math.abs(Number(row[serie.key]) || 0))),
  );
  const valueTick = (value: number) => axisFormat(value, axisMax);
  const categoryAxis = horizontal ? (
    <YAxis
      type="category"
      dataKey={xKey}
      width={axisWidth}
      tick={tick}
      interval={0}
      tickFormatter={(label: unknown) => tickLabel(String(label), axisWidth)}
    />
  ) : (
    <XAxis dataKey={xKey} tick={tick} interval={onSelect ? 0 : undefined} />
  );
  const valueAxis = horizontal ? (
    <XAxis type="number" tickFormatter={valueTick} tick={{ fontSize: 12 }} />
  ) : (
    <YAxis tickFormatter={valueTick} tick={{ fontSize: 12 }} width={72} />
  );
  return (
    <ResponsiveContainer width="100%" height={height} onResize={(chartWidth) => setWidth(chartWidth)}>
      <ComposedChart
        accessibilityLayer={false}
        data={data}
        layout={horizontal ? 'vertical' : 'horizontal'}
        margin={{ top: 8, right: 16, bottom: 8, left: 8 }}
      >
        <CartesianGrid strokeDasharray="3 3" stroke="#cfd8dc" />
        {categoryAxis}
        {valueAxis}
        <Tooltip formatter={(value) => valueFormat(Number(value))} />
        <Legend />
        <ReferenceLine {...(horizontal ? { x: 0 } : { y: 0 })} stroke="#546e7a" />
        {series.map((serie) =>
          serie.type === 'line' ? (
            <Line
              key={serie.key}
              dataKey={serie.key}
              name={serie.label}
              stroke={serie.colour}
              strokeWidth={2}
              strokeDasharray={serie.dashed ? '6 4' : undefined}
              dot={
                onSelect
                  ? (dot: { cx?: number; cy?: number; index?: number; payload?: ChartRow }) =>
                      dot.cx === undefined || dot.cy === undefined || dot.cx === null || dot.cy === null ? (
                        <g key={`${serie.key}-${dot.index}`} />
                      ) : (
                        <circle
                          key={`${serie.key}-${dot.index}`}
                          cx={dot.cx}
                          cy={dot.cy}
                          r={4}
                          fill="#ffffff"
                          stroke={serie.colour}
                          strokeWidth={2}
                          style={{ cursor: 'pointer' }}
                          onClick={() => dot.payload && onSelect(dot.payload)}
                        />
                      )
                  : { r: 3 }
              }
              activeDot={
                onSelect
                  ? {
                      r: 5,
                      cursor: 'pointer',
                      onClick: (_: unknown, event: unknown) => {
                        const payload = (event as { payload?: ChartRow } | undefined)?.payload;
                        if (payload) onSelect(payload);
                      },
                    }
                  : undefined
              }
              connectNulls
              isAnimationActive={false}
            />
          ) : (
            <Bar
              key={serie.key}
              dataKey={serie.key}
              name={serie.label}
              fill={serie.colour}
              stackId={serie.stackId}
              isAnimationActive={false}
              cursor={onSelect ? 'pointer' : undefined}
              onClick={
                onSelect ? (entry: { payload?: unknown }) => onSelect(entry.payload as never) : undefined
              }
            />
          ),
        )}
      </ComposedChart>
    </ResponsiveContainer>
  );
}

export function RealisationChart({
  points,
  baseline,
  asOf,
  labels,
  unit,
  height = 320,
}: RealisationChartProps) {
  const times = points.map((point) => point.time);
  if (asOf !== undefined) times.push(asOf);
  const domain: [number, number] = [Math.min(...times), Math.max(...times)];
  const axisMax = Math.max(
    Math.abs(baseline) || 0,
    ...points.flatMap((point) => [Math.abs(point.target ?? 0), Math.abs(point.measured ?? 0)]),
  );
  return (
    <ResponsiveContainer width="100%" height={height}>
      <ComposedChart
        accessibilityLayer={false}
        data={points}
        margin={{ top: 8, right: 24, bottom: 8, left: 8 }}
      >
        <CartesianGrid strokeDasharray="3 3" stroke="#cfd8dc" />
        <XAxis
          dataKey="time"
          type="number"
          scale="time"
          domain={domain}
          tickFormatter={(time: number) => formatDate(new Date(time))}
          tick={{ fontSize: 12 }}
        />
        <YAxis
          tickFormatter={(value: number) => formatAxisNumber(value, axisMax)}
          tick={{ fontSize: 12 }}
          width={80}
          label={{ value: unit, angle: -90, position: 'insideLeft', fontSize: 12 }}
          domain={['auto', 'auto']}
        />
        <Tooltip
          labelFormatter={(time) => formatDate(new Date(Number(time)))}
          formatter={(value) => `${plain(Number(value))} ${unit}`}
        />
        <Legend />
        <ReferenceLine
          y={baseline}
          stroke="#546e7a"
          strokeDasharray="2 2"
          label={{ value: labels.baseline, position: 'insideTopLeft', fontSize: 12 }}
        />
        {asOf !== undefined && (
          <ReferenceLine
            x={asOf}
            stroke="#6a1b9a"
            label={{ value: labels.today, position: 'insideTopRight', fontSize: 12 }}
          />
        )}
        <Line
          dataKey="target"
          name={labels.target}
          stroke="#1565c0"
          strokeWidth={2}
          strokeDasharray="6 4"
          dot={{ r: 3 }}
          connectNulls
          isAnimationActive={false}
        />
        <Line
          dataKey="measured"
          name={labels.measured}
          stroke="#2e7d32"
          strokeWidth={3}
          dot={{ r: 5, strokeWidth: 2 }}
          connectNulls
          isAnimationActive={false}
        />
      </ComposedChart>
    </ResponsiveContainer>
  );
}

export function DonutChart({ slices, height = 240, onSelect, selectLabel }: DonutChartProps) {
  const data = slices.filter((slice) => slice.value > 0);
  // With onSelect, the legend is a row of buttons (one per slice shown): the keyboard's way to a slice.
  const legend = onSelect ? (
    <Legend
      content={() => (
        <ul
          style={{
            listStyle: 'none',
            margin: 0,
            padding: 0,
            display: 'flex',
            flexWrap: 'wrap',
            gap: 8,
            justifyContent: 'center',
          }}
        >
          {data.map((slice) => (
            <li key={slice.key}>
              <button
                type="button"
                className="gevinst-chart-link"
                data-testid="chart-link"
                aria-label={selectLabel ? selectLabel(slice) : `${slice.label}: ${slice.value}`}
                onClick={() => onSelect(slice.key)}
                style={{
                  display: 'inline-flex',
                  alignItems: 'center',
                  gap: 4,
                  border: 'none',
                  background: 'none',
                  padding: '2px 4px',
                  cursor: 'pointer',
                  color: '#0d47a1',
                  textDecoration: 'underline',
                  font: 'inherit',
                  fontSize: 14,
                }}
              >
                <span
                  aria-hidden="true"
                  style={{ width: 12, height: 12, background: slice.colour, display: 'inline-block' }}
                />
                {slice.label} ({slice.value})
              </button>
            </li>
          ))}
        </ul>
      )}
    />
  ) : (
    <Legend />
  );
  return (
    <ResponsiveContainer width="100%" height={height}>
      <PieChart accessibilityLayer={false}>
        <Pie
          data={data}
          dataKey="value"
          nameKey="label"
          innerRadius="50%"
          outerRadius="80%"
          isAnimationActive={false}
          label={({ value }: { value?: number }) => String(value ?? '')}
          onClick={
            onSelect
              ? (entry) => onSelect(String((entry as { payload?: { key?: string } }).payload?.key ?? ''))
              : undefined
          }
          cursor={onSelect ? 'pointer' : undefined}
        >
          {data.map((slice) => (
            <Cell key={slice.key} fill={slice.colour} stroke="#ffffff" />
          ))}
        </Pie>
        <Tooltip />
        {legend}
      </PieChart>
    </ResponsiveContainer>
  );
}
