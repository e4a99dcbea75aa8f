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
import { formatDate, formatDecimal } from '../format';
import { categoryAxisWidth, tickLabel } from './axis';
import type { DonutChartProps, RealisationChartProps, SeriesChartProps } from './types';

const plain = (value: number) => formatDecimal(value);

export function SeriesChart({
  data,
  xKey,
  series,
  height = 300,
  valueFormat = plain,
  axisFormat = plain,
  horizontal = false,
  onSelect,
}: SeriesChartProps) {
  const [width, setWidth] = useState(0);
  const axisWidth = categoryAxisWidth(width);
  const categoryAxis = horizontal ? (
    <YAxis
      type="category"
      dataKey={xKey}
      width={axisWidth}
      tick={{ fontSize: 12 }}
      interval={0}
      tickFormatter={(label: unknown) => tickLabel(String(label), axisWidth)}
    />
  ) : (
    <XAxis dataKey={xKey} tick={{ fontSize: 12 }} />
  );
  const valueAxis = horizontal ? (
    <XAxis type="number" tickFormatter={axisFormat} tick={{ fontSize: 12 }} />
  ) : (
    <YAxis tickFormatter={axisFormat} tick={{ fontSize: 12 }} width={72} />
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
              dot={{ r: 3 }}
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
          tickFormatter={plain}
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

export function DonutChart({ slices, height = 240, onSelect }: DonutChartProps) {
  const data = slices.filter((slice) => slice.value > 0);
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
        <Legend />
      </PieChart>
    </ResponsiveContainer>
  );
}
