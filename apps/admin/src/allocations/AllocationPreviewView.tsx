import { useMemo, useState } from 'react';
import { Alert, Box, Button, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { ChartFigure, SERIES_COLOURS, SeriesChart } from '../charts';
import { SimpleTable } from '../components';
import { formatCompactNok, formatNok, formatPercent, nokToNumber, sumNok } from '../format';
import type { PreviewAllocationQuery } from '../api/graphql';

const CHART_ROWS = 15;
const PAGE_ROWS = 25;

type Line = PreviewAllocationQuery['previewAllocation']['lines'][number];

/** Who would pay what: the total, a bar chart of the largest amounts and the full table. */
export const AllocationPreviewView = ({
  preview,
  stale = false,
  testId = 'allocation-preview',
}: {
  preview: PreviewAllocationQuery['previewAllocation'];
  /** A newer preview is on its way. */
  stale?: boolean;
  testId?: string;
}) => {
  const translate = useTranslate();
  const [shown, setShown] = useState(PAGE_ROWS);
  const [explain, setExplain] = useState(false);
  const lines = preview.lines;
  const largest = useMemo(
    () =>
      [...lines]
        .sort((a, b) => nokToNumber(b.amount) - nokToNumber(a.amount))
        .slice(0, CHART_ROWS)
        .map((line) => ({ name: line.organisation.name, amount: nokToNumber(line.amount) })),
    [lines],
  );
  const columns = [
    {
      key: 'organisation',
      label: translate('gevinst.preview.organisation'),
      render: (line: Line) => line.organisation.name,
    },
    {
      key: 'amount',
      label: translate('gevinst.preview.amount'),
      align: 'right' as const,
      render: (line: Line) => <span style={{ whiteSpace: 'nowrap' }}>{formatNok(line.amount)}</span>,
    },
    {
      key: 'share',
      label: translate('gevinst.preview.share'),
      align: 'right' as const,
      render: (line: Line) => formatPercent(line.share, { fraction: true, digits: 2 }),
    },
    {
      key: 'explanation',
      label: translate('gevinst.preview.explanation'),
      render: (line: Line) => (
        <Typography variant="caption" component="span">
          {line.explanation}
        </Typography>
      ),
    },
  ];
  const chartTitle =
    lines.length > CHART_ROWS
      ? translate('gevinst.preview.chart_largest', { count: CHART_ROWS })
      : translate('gevinst.preview.chart');

  return (
    <Box data-testid={testId} aria-busy={stale} sx={{ opacity: stale ? 0.6 : 1, transition: 'opacity 0.2s' }}>
      <Typography variant="h6" component="p" sx={{ mb: 1 }} aria-live="polite" data-testid="preview-total">
        {translate('gevinst.preview.total', {
          total: formatNok(preview.total),
          smart_count: lines.length,
        })}
      </Typography>
      <PreviewReconciliation preview={preview} />
      {lines.length > 0 && (
        <ChartFigure
          title={chartTitle}
          summary={translate('gevinst.preview.chart_summary', {
            smart_count: lines.length,
            total: formatNok(preview.total),
          })}
          chart={
            <SeriesChart
              data={largest}
              xKey="name"
              horizontal
              height={Math.max(160, largest.length * 28 + 60)}
              series={[
                { key: 'amount', label: translate('gevinst.preview.amount'), colour: SERIES_COLOURS[0] },
              ]}
              valueFormat={formatNok}
              axisFormat={formatCompactNok}
            />
          }
          table={
            <SimpleTable
              caption={chartTitle}
              columns={columns.slice(0, 3)}
              rows={[...lines]
                .sort((a, b) => nokToNumber(b.amount) - nokToNumber(a.amount))
                .slice(0, CHART_ROWS)}
            />
          }
        />
      )}
      <Button size="small" onClick={() => setExplain((on) => !on)} aria-pressed={explain} sx={{ mb: 0.5 }}>
        {translate(explain ? 'gevinst.preview.hide_explanations' : 'gevinst.preview.show_explanations')}
      </Button>
      <SimpleTable
        testId={`${testId}-table`}
        caption={translate('gevinst.preview.table_caption', { smart_count: lines.length })}
        columns={explain ? columns : columns.slice(0, 3)}
        rows={lines.slice(0, shown)}
        rowKey={(line) => line.organisationId}
        footer={[
          translate('gevinst.preview.sum'),
          formatNok(sumNok(lines.map((line) => line.amount))),
          '',
          ...(explain ? [''] : []),
        ]}
      />
      {lines.length > shown && (
        <Button onClick={() => setShown(lines.length)} sx={{ mt: 1 }}>
          {translate('gevinst.preview.show_all', { count: lines.length })}
        </Button>
      )}
    </Box>
  );
};

/**
 * The preview against the cost items it allocates: their amount, what the key allocates and the
 * difference (cost items − allocated), prominent when they differ (a key without a fixed total).
 */
const PreviewReconciliation = ({ preview }: { preview: PreviewAllocationQuery['previewAllocation'] }) => {
  const translate = useTranslate();
  if (preview.costItemAmount === null || preview.costItemAmount === undefined) return null;
  const differs = preview.reconciles === false;
  return (
    <Alert
      severity={differs ? 'warning' : 'success'}
      sx={{ mb: 2 }}
      data-testid="preview-reconciliation"
      aria-live="polite"
    >
      <Typography variant="subtitle2" component="p">
        {translate('gevinst.preview.reconciliation')}
      </Typography>
      <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'auto auto', columnGap: 2, my: 0.5 }}>
        <dt>{translate('gevinst.preview.cost_item_amount')}</dt>
        <dd style={{ margin: 0, textAlign: 'right' }}>{formatNok(preview.costItemAmount)}</dd>
        <dt>{translate('gevinst.preview.allocated_total')}</dt>
        <dd style={{ margin: 0, textAlign: 'right' }}>{formatNok(preview.allocatedTotal)}</dd>
        <dt>
          <strong>{translate('gevinst.preview.difference')}</strong>
        </dt>
        <dd style={{ margin: 0, textAlign: 'right' }} data-testid="preview-difference">
          <strong>{formatNok(preview.difference)}</strong>
        </dd>
      </Box>
      <Typography variant="body2" component="p">
        {differs
          ? translate('gevinst.preview.does_not_reconcile', { difference: formatNok(preview.difference) })
          : translate(preview.keyFixesTotal ? 'gevinst.preview.fixes_total' : 'gevinst.preview.reconciles')}
      </Typography>
    </Alert>
  );
};
