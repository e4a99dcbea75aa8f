import { Alert, Box, Link, Paper, Typography } from '@mui/material';
import { LinkBase, useLocaleState, useTranslate } from 'react-admin';
import { useApiQuery } from '../api/client';
import { ApiErrorAlert, SimpleTable } from '../components';
import { formatDate } from '../format';
import { DueStateChip } from './DueStateChip';
import { periodLabel } from './periods';
import { STATUS_REPORT_DEADLINES } from './statusReports.graphql';

const KEY = 'gevinst.status_reports.';

/** The initiative's status reports tab. */
export const statusReportsPath = (initiativeId: string) => `/initiatives/${initiativeId}/show/status-reports`;

/**
 * The benefit status reports due or overdue among those the signed-in user follows (the API's
 * statusReportDeadlines: the owner organisation's initiatives, the benefits it receives, a reviewer's
 * ministry): overdue ones flagged, each opening its initiative's status reports. Nothing when none is due;
 * `overdueOnly` for the reviewer's dashboard.
 */
export const StatusReportDeadlinesCard = ({
  headingId,
  overdueOnly = false,
}: {
  headingId: string;
  overdueOnly?: boolean;
}) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { data, error } = useApiQuery(STATUS_REPORT_DEADLINES, { overdueOnly });
  if (error) return <ApiErrorAlert error={error} />;
  const rows = data?.statusReportDeadlines ?? [];
  if (rows.length === 0) return null;
  const overdue = rows.filter((row) => row.state === 'OVERDUE').length;
  return (
    <Paper
      variant="outlined"
      sx={{ p: 2, mt: 3 }}
      component="section"
      aria-labelledby={headingId}
      data-testid="status-report-deadlines"
    >
      <Typography id={headingId} variant="h6" component="h2" sx={{ mb: 1 }}>
        {translate(`${KEY}deadlines_title`)}
      </Typography>
      {overdue > 0 && (
        <Alert severity="error" sx={{ mb: 1 }} data-testid="status-report-overdue">
          {translate(`${KEY}overdue_count`, { smart_count: overdue })}
        </Alert>
      )}
      <Box sx={{ overflowX: 'auto' }} tabIndex={0} role="region" aria-labelledby={headingId}>
        <SimpleTable
          caption={translate(`${KEY}deadlines_caption`)}
          rows={rows}
          rowKey={(row) => row.benefitId}
          columns={[
            {
              key: 'initiative',
              label: translate(`${KEY}initiative`),
              render: (row) => (
                <span>
                  <strong>{row.initiativeCode}</strong> {row.initiativeName}
                </span>
              ),
            },
            {
              key: 'benefit',
              label: translate(`${KEY}benefit`),
              render: (row) => (
                <Link
                  component={LinkBase}
                  to={statusReportsPath(row.initiativeId)}
                  data-testid="status-report-deadline-link"
                >
                  {row.benefitTitle}
                </Link>
              ),
            },
            {
              key: 'period',
              label: translate(`${KEY}period`),
              render: (row) =>
                row.periodStart && row.periodEnd ? periodLabel(row.periodStart, row.periodEnd, locale) : '–',
            },
            {
              key: 'due',
              label: translate(`${KEY}due_date`),
              render: (row) => formatDate(row.dueDate) || '–',
            },
            {
              key: 'state',
              label: translate(`${KEY}state`),
              render: (row) => <DueStateChip state={row.state} />,
            },
          ]}
        />
      </Box>
      <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
        {translate(`${KEY}deadlines_rule`)}
      </Typography>
    </Paper>
  );
};
