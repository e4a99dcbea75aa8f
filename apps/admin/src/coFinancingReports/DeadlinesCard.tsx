import { Alert, Box, Chip, Link, Paper, Typography } from '@mui/material';
import { LinkBase, useTranslate } from 'react-admin';
import { useApiQuery } from '../api/client';
import { RAG_COLOURS } from '../charts/palette';
import { ApiErrorAlert, SimpleTable } from '../components';
import { formatDate } from '../format';
import { CO_FINANCING_REPORT_DEADLINES } from './coFinancingReports.graphql';
import { coFinancingReportPath } from './paths';

type Due = { year: number; kind: string; dueDate: string; overdue: boolean } | null;

/** A report's state as a chip with its name (never colour alone): overdue, due, or every report in. */
export const DueChip = ({ due }: { due: Due }) => {
  const translate = useTranslate();
  const state = due === null ? 'done' : due.overdue ? 'overdue' : 'due';
  const colours =
    state === 'overdue' ? RAG_COLOURS.RED : state === 'done' ? RAG_COLOURS.GREEN : RAG_COLOURS.AMBER;
  return (
    <Chip
      size="small"
      label={translate(`gevinst.co_financing.state.${state}`)}
      sx={{ bgcolor: colours?.background, color: colours?.text, fontWeight: 600 }}
      data-testid="co-financing-due-state"
      data-state={state}
    />
  );
};

/**
 * The co-financing reports the signed-in user answers for or follows (the API's access rules: the owner
 * organisation, the ministry's reviewers, administrators): each co-financed initiative's next report and
 * its deadline, overdue ones flagged. Nothing is shown to someone with no co-financed initiative in view.
 */
export const CoFinancingDeadlinesCard = ({ headingId }: { headingId: string }) => {
  const translate = useTranslate();
  const { data, error } = useApiQuery(CO_FINANCING_REPORT_DEADLINES, { overdueOnly: false });
  if (error) return <ApiErrorAlert error={error} />;
  const rows = data?.coFinancingReportDeadlines ?? [];
  if (rows.length === 0) return null;
  const overdue = rows.reduce((sum, row) => sum + row.overdueCount, 0);
  const label = (key: string) => translate(`gevinst.co_financing.${key}`);
  return (
    <Paper
      variant="outlined"
      sx={{ p: 2, mt: 3 }}
      component="section"
      aria-labelledby={headingId}
      data-testid="co-financing-deadlines"
    >
      <Typography id={headingId} variant="h6" component="h2" sx={{ mb: 1 }}>
        {label('deadlines_title')}
      </Typography>
      {overdue > 0 && (
        <Alert severity="error" sx={{ mb: 1 }} data-testid="co-financing-overdue">
          {translate('gevinst.co_financing.overdue_count', { smart_count: overdue })}
        </Alert>
      )}
      {/* Narrow screens: one block per initiative instead of the table's four columns. */}
      <Box component="ul" sx={{ display: { xs: 'block', sm: 'none' }, listStyle: 'none', p: 0, m: 0 }}>
        {rows.map((row) => (
          <Box component="li" key={row.initiativeId} sx={{ py: 1, borderBottom: 1, borderColor: 'divider' }}>
            <Typography variant="body2">
              <strong>{row.code}</strong> {row.name}
            </Typography>
            {row.nextDue && (
              <Typography variant="body2" sx={{ mt: 0.5 }}>
                <Link component={LinkBase} to={coFinancingReportPath(row.initiativeId, row.nextDue.year)}>
                  {translate(`enums.CoFinancingReportKind.${row.nextDue.kind}`)} {row.nextDue.year}
                </Link>
                {' · '}
                {label('due_date')} {formatDate(row.nextDue.dueDate)}
              </Typography>
            )}
            <Box sx={{ mt: 0.5 }}>
              <DueChip due={row.nextDue} />
            </Box>
          </Box>
        ))}
      </Box>
      <Box
        sx={{ overflowX: 'auto', display: { xs: 'none', sm: 'block' } }}
        tabIndex={0}
        role="region"
        aria-labelledby={headingId}
      >
        <SimpleTable
          caption={label('deadlines_caption')}
          rows={rows}
          rowKey={(row) => row.initiativeId}
          columns={[
            {
              key: 'initiative',
              label: label('initiative'),
              render: (row) => (
                <span>
                  <strong>{row.code}</strong> {row.name}
                </span>
              ),
            },
            {
              key: 'report',
              label: label('next_report'),
              render: (row) =>
                row.nextDue ? (
                  <Link
                    component={LinkBase}
                    to={coFinancingReportPath(row.initiativeId, row.nextDue.year)}
                    data-testid="co-financing-report-link"
                  >
                    {translate(`enums.CoFinancingReportKind.${row.nextDue.kind}`)} {row.nextDue.year}
                  </Link>
                ) : (
                  '–'
                ),
            },
            {
              key: 'due',
              label: label('due_date'),
              render: (row) => (row.nextDue ? formatDate(row.nextDue.dueDate) : '–'),
            },
            { key: 'state', label: label('state_label'), render: (row) => <DueChip due={row.nextDue} /> },
          ]}
        />
      </Box>
      <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
        {label('deadlines_rule')}
      </Typography>
    </Paper>
  );
};
