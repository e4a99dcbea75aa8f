/**
 * Charts, lazy: recharts is loaded with the first chart on screen, not with the app. Every chart comes
 * with a table alternative (ChartFigure) for screen readers and keyboard users (WCAG 1.1.1).
 */
import { lazy, Suspense, useId, useState, type ReactNode } from 'react';
import { Box, Button, Skeleton, Typography } from '@mui/material';
import TableIcon from '@mui/icons-material/TableChart';
import { useTranslate } from 'react-admin';
import type { DonutChartProps, RealisationChartProps, SeriesChartProps } from './types';

export type * from './types';
export { RAG_COLOURS, SERIES_COLOURS } from './palette';

const LazySeriesChart = lazy(() => import('./RechartsCharts').then((m) => ({ default: m.SeriesChart })));
const LazyRealisationChart = lazy(() =>
  import('./RechartsCharts').then((m) => ({ default: m.RealisationChart })),
);
const LazyDonutChart = lazy(() => import('./RechartsCharts').then((m) => ({ default: m.DonutChart })));

const Loading = ({ height }: { height: number }) => (
  <Skeleton variant="rectangular" height={height} aria-hidden="true" />
);

export const SeriesChart = (props: SeriesChartProps) => (
  <Suspense fallback={<Loading height={props.height ?? 300} />}>
    <LazySeriesChart {...props} />
  </Suspense>
);

export const RealisationChart = (props: RealisationChartProps) => (
  <Suspense fallback={<Loading height={props.height ?? 320} />}>
    <LazyRealisationChart {...props} />
  </Suspense>
);

export const DonutChart = (props: DonutChartProps) => (
  <Suspense fallback={<Loading height={props.height ?? 240} />}>
    <LazyDonutChart {...props} />
  </Suspense>
);

/**
 * A chart with its title, a one-sentence summary for assistive technology, and the same figures as a
 * table, shown on request (or always, with `tableOpen`).
 */
export const ChartFigure = ({
  title,
  summary,
  chart,
  table,
  tableOpen = false,
  testId,
  headingLevel = 'h3',
  interactive = false,
}: {
  title: string;
  summary: string;
  chart: ReactNode;
  table: ReactNode;
  tableOpen?: boolean;
  testId?: string;
  headingLevel?: 'h2' | 'h3' | 'h4';
  /** The chart holds links (bars, points, labels that open what they count): a group, not an image. */
  interactive?: boolean;
}) => {
  const translate = useTranslate();
  const [showTable, setShowTable] = useState(tableOpen);
  const titleId = useId();
  const summaryId = useId();
  const tableId = useId();
  return (
    <Box component="figure" aria-labelledby={titleId} sx={{ m: 0, mb: 3 }} data-testid={testId}>
      <Box
        sx={{
          display: 'flex',
          flexWrap: 'wrap',
          alignItems: 'center',
          justifyContent: 'space-between',
          columnGap: 1,
        }}
      >
        <Typography id={titleId} variant="subtitle1" component={headingLevel} sx={{ fontWeight: 600 }}>
          {title}
        </Typography>
        <Button
          size="small"
          startIcon={<TableIcon />}
          aria-expanded={showTable}
          aria-controls={tableId}
          onClick={() => setShowTable((shown) => !shown)}
        >
          {translate(showTable ? 'gevinst.chart.hide_table' : 'gevinst.chart.show_table')}
        </Button>
      </Box>
      <Typography id={summaryId} variant="body2" color="text.secondary" component="figcaption">
        {summary}
      </Typography>
      <Box
        role={interactive ? 'group' : 'img'}
        aria-labelledby={`${titleId} ${summaryId}`}
        sx={{
          width: '100%',
          // A focused category label or legend entry of a chart that links (keyboard users see where they are).
          '& .gevinst-chart-link:focus-visible': { outline: '3px solid #0d47a1', outlineOffset: 2 },
          '& .gevinst-chart-link:focus-visible text': { fill: '#0d47a1', fontWeight: 700 },
          '& .gevinst-chart-link:hover text': { textDecoration: 'underline' },
        }}
      >
        {chart}
      </Box>
      <Box id={tableId} hidden={!showTable} sx={{ mt: 1, overflowX: 'auto' }}>
        {table}
      </Box>
    </Box>
  );
};
