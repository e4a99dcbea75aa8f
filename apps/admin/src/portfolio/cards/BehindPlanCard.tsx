import { useMemo } from 'react';
import { Link, useTranslate } from 'react-admin';
import { Box, Stack, Typography } from '@mui/material';
import { useApiQuery } from '../../api/client';
import { ApiErrorAlert, EmptyState, RagChip, SimpleTable } from '../../components';
import { formatDate, formatNok, formatPercent } from '../../format';
import { OverdueReportsChip } from '../../statusReports/OverdueReportsChip';
import { statusReportsPath } from '../../statusReports/StatusReportDeadlinesCard';
import { INITIATIVE_STATUS_OVERVIEWS, type StatusOverview } from '../../statusReports/statusReports.graphql';
import type { InitiativeFigures } from '../portfolio.graphql';
import { behindPlanRows } from './behindPlan';
import { Section } from './Section';

/** Clamps a long text to a few lines (the whole text is one click away, in the report). */
const clamp = {
  display: '-webkit-box',
  WebkitLineClamp: 3,
  WebkitBoxOrient: 'vertical',
  overflow: 'hidden',
} as const;

/**
 * The latest cause and corrective action reported for an initiative's benefits, the report's date, its
 * overdue reports and a link opening its status reports (issue 16).
 */
const Why = ({ initiativeId, overview }: { initiativeId: string; overview: StatusOverview | undefined }) => {
  const translate = useTranslate();
  const cause = overview?.latestCause;
  return (
    <Box sx={{ minWidth: 260, maxWidth: 420 }} data-testid="behind-plan-why">
      {cause ? (
        <>
          <Typography variant="body2" sx={clamp} data-testid="behind-plan-cause">
            {cause.cause}
          </Typography>
          <Typography variant="body2" sx={{ ...clamp, mt: 0.5 }} data-testid="behind-plan-action">
            <strong>{translate('gevinst.portfolio.behind_action_prefix')}</strong> {cause.correctiveAction}
          </Typography>
          <Typography variant="caption" color="text.secondary" component="div">
            {cause.benefit.title} ·{' '}
            {translate('gevinst.portfolio.behind_report_date', { date: formatDate(cause.updatedAt) })}
          </Typography>
        </>
      ) : (
        <Typography variant="body2" color="text.secondary">
          {translate('gevinst.portfolio.behind_no_cause')}
        </Typography>
      )}
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mt: 0.5 }}>
        <Link to={statusReportsPath(initiativeId)} data-testid="behind-plan-open-report">
          {translate('gevinst.portfolio.behind_open')}
        </Link>
        <OverdueReportsChip count={overview?.overdueCount} />
      </Stack>
    </Box>
  );
};

/** The initiatives whose monetised benefits are furthest behind plan to date (behindPlanRows). */
const BehindPlan = ({ data }: { data: readonly InitiativeFigures[] }) => {
  const translate = useTranslate();
  const rows = useMemo(() => behindPlanRows(data), [data]);
  // One call for every row's latest cause and action (batched in the API).
  const ids = rows.map((row) => row.initiativeId);
  const overviews = useApiQuery(
    INITIATIVE_STATUS_OVERVIEWS,
    { ids },
    { enabled: ids.length > 0, keepPrevious: true },
  );
  const byId = new Map((overviews.data?.initiativeStatusOverviews ?? []).map((o) => [o.initiativeId, o]));
  return (
    <>
      <ApiErrorAlert error={overviews.error} />
      <SimpleTable
        testId="behind-plan"
        caption={translate('gevinst.portfolio.behind_caption')}
        rows={rows}
        rowKey={(row) => row.initiativeId}
        empty={<EmptyState message="gevinst.portfolio.behind_empty" />}
        columns={[
          {
            key: 'code',
            label: translate('resources.initiatives.name', { smart_count: 1 }),
            render: (row) => (
              <Link to={`/initiatives/${row.initiativeId}/show/benefits`}>
                {row.code} – {row.name}
              </Link>
            ),
          },
          {
            key: 'planned',
            label: translate('gevinst.portfolio.planned_to_date'),
            align: 'right',
            render: (row) => formatNok(row.plannedBenefitToDateNok),
          },
          {
            key: 'realised',
            label: translate('gevinst.portfolio.kpi.realised_benefit'),
            align: 'right',
            render: (row) => formatNok(row.realisedBenefitNok),
          },
          {
            key: 'percent',
            label: translate('gevinst.portfolio.kpi.realisation'),
            align: 'right',
            render: (row) => formatPercent(row.percent, { digits: 1 }),
          },
          {
            key: 'rag',
            label: translate('gevinst.portfolio.red_amber'),
            render: (row) => (
              <Stack direction="row" spacing={0.5}>
                {row.rag.red > 0 && <RagChip rag="RED" />}
                {row.rag.amber > 0 && <RagChip rag="AMBER" />}
                <Typography variant="body2" component="span">
                  {translate('gevinst.portfolio.red_amber_count', { red: row.rag.red, amber: row.rag.amber })}
                </Typography>
              </Stack>
            ),
          },
          {
            key: 'why',
            label: translate('gevinst.portfolio.behind_cause'),
            render: (row) => <Why initiativeId={row.initiativeId} overview={byId.get(row.initiativeId)} />,
          },
        ]}
      />
    </>
  );
};

/** The initiatives furthest behind plan, with the query's error if it failed. */
export const BehindPlanCard = ({
  data,
  error,
}: {
  data: readonly InitiativeFigures[] | undefined;
  error: unknown;
}) => {
  const translate = useTranslate();
  return (
    <Section id="portfolio-behind" title={translate('gevinst.portfolio.behind')}>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {translate('gevinst.portfolio.behind_help')}
      </Typography>
      <ApiErrorAlert error={error} />
      {data && <BehindPlan data={data} />}
    </Section>
  );
};
