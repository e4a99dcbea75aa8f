import { useParams } from 'react-router-dom';
import { LinkBase, Title, useNotify, useTranslate } from 'react-admin';
import { Alert, Box, Button, Chip, Grid, Link, Paper, Stack, Typography } from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import DoneIcon from '@mui/icons-material/TaskAlt';
import { canEditInitiative } from '@gevinst/domain';
import { usePrincipal } from '../access';
import { messageOf, useApiMutation, useApiQuery } from '../api/client';
import type { CoFinancingReportQuery, TakeOutFigureFieldsFragment } from '../api/graphql';
import { ApiErrorAlert, SimpleTable } from '../components';
import { formatDate, formatDateTime, formatNok, formatPercent } from '../format';
import {
  CO_FINANCING_REPORT,
  CO_FINANCING_REPORT_DEADLINES,
  MARK_CO_FINANCING_REPORT_SUBMITTED,
} from './coFinancingReports.graphql';
import { DueChip } from './DeadlinesCard';
import { coFinancingReportPath } from './paths';

type Report = NonNullable<CoFinancingReportQuery['coFinancingReport']>;
type GrantLine = Report['grantReconciliation']['years'][number];
type Agency = Report['budgetTakeOut']['agencies'][number];

const Fact = ({ label, children, testId }: { label: string; children: React.ReactNode; testId?: string }) => (
  <Box>
    <Typography variant="body2" color="text.secondary" component="p">
      {label}
    </Typography>
    <Typography variant="body1" component="p" data-testid={testId}>
      {children}
    </Typography>
  </Box>
);

/** "Ja" with the deviation, or "–": a flagged deviation is named in words, never colour alone. */
const Flag = ({ flagged, percent }: { flagged: boolean; percent: string | null }) => {
  const translate = useTranslate();
  return (
    <span>
      {percent === null ? '–' : formatPercent(percent, { digits: 2 })}
      {flagged && (
        <Chip
          size="small"
          color="error"
          sx={{ ml: 1 }}
          label={translate('gevinst.co_financing.flagged')}
          data-testid="deviation-flagged"
        />
      )}
    </span>
  );
};

/**
 * One co-financing report of an initiative (co-financed only: the API says so otherwise): its kind and
 * deadline, whether it is submitted (the owner marks it), the plan version it measures against, the grant
 * against the project accounts and the take-out per agency and budget chapter/post; the workbook for Digdir.
 */
export const CoFinancingReportPage = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const principal = usePrincipal();
  const params = useParams<{ initiativeId: string; year: string }>();
  const initiativeId = params.initiativeId ?? '';
  const year = Number(params.year);
  const { data, error } = useApiQuery(
    CO_FINANCING_REPORT,
    { initiativeId, year },
    { enabled: !!initiativeId && Number.isInteger(year) },
  );
  const deadlines = useApiQuery(CO_FINANCING_REPORT_DEADLINES, { overdueOnly: false });
  const mark = useApiMutation(MARK_CO_FINANCING_REPORT_SUBMITTED);
  const label = (key: string) => translate(`gevinst.co_financing.${key}`);
  const report = data?.coFinancingReport;
  const schedule = deadlines.data?.coFinancingReportDeadlines?.find((d) => d.initiativeId === initiativeId);
  const due = schedule?.reports.find((r) => r.year === year) ?? null;

  const title = report
    ? `${translate(`enums.CoFinancingReportKind.${report.kind}`)} ${report.year} – ${report.initiative.code}`
    : label('report_title');
  const canMark =
    !!report &&
    !report.submission &&
    !!due &&
    report.year < new Date().getFullYear() &&
    !!principal &&
    canEditInitiative(principal, { ownerId: report.initiative.owner.id });

  const submit = () =>
    mark.mutate(
      { input: { initiativeId, year } },
      {
        onSuccess: () => notify('gevinst.co_financing.marked', { type: 'success' }),
        onError: (e) => notify(messageOf(e), { type: 'error' }),
      },
    );

  const grantColumns = [
    {
      key: 'year',
      label: label('year'),
      render: (line: GrantLine) => (line.year === null ? label('total') : String(line.year)),
    },
    {
      key: 'gp',
      label: label('grant_planned'),
      align: 'right' as const,
      render: (l: GrantLine) => formatNok(l.grantPlannedNok),
    },
    {
      key: 'gr',
      label: label('grant_received'),
      align: 'right' as const,
      render: (l: GrantLine) => formatNok(l.grantReceivedNok),
    },
    {
      key: 'pc',
      label: label('planned_cost'),
      align: 'right' as const,
      render: (l: GrantLine) => formatNok(l.plannedCostNok),
    },
    {
      key: 'ac',
      label: label('actual_cost'),
      align: 'right' as const,
      render: (l: GrantLine) => (l.actualCostNok === null ? '–' : formatNok(l.actualCostNok)),
    },
    {
      key: 'share',
      label: label('grant_share'),
      align: 'right' as const,
      render: (l: GrantLine) => formatPercent(l.grantSharePercent, { digits: 2 }),
    },
    {
      key: 'used',
      label: label('grant_used'),
      align: 'right' as const,
      render: (l: GrantLine) => formatNok(l.grantUsedNok),
    },
    {
      key: 'unused',
      label: label('grant_unused'),
      align: 'right' as const,
      render: (l: GrantLine) => formatNok(l.grantUnusedNok),
    },
    {
      key: 'cd',
      label: label('cost_deviation'),
      align: 'right' as const,
      render: (l: GrantLine) => <Flag flagged={l.costFlagged} percent={l.costDeviationPercent} />,
    },
    {
      key: 'gd',
      label: label('grant_deviation'),
      align: 'right' as const,
      render: (l: GrantLine) => <Flag flagged={l.grantFlagged} percent={l.grantDeviationPercent} />,
    },
  ];

  const takeOutRow = (
    name: string,
    chapter: string,
    f: { planned: TakeOutFigureFieldsFragment; realised: TakeOutFigureFieldsFragment },
  ) => ({
    name,
    chapter,
    ...f,
  });
  type TakeOutRow = ReturnType<typeof takeOutRow>;
  const side =
    (which: 'planned' | 'realised', field: keyof TakeOutFigureFieldsFragment) => (row: TakeOutRow) =>
      formatNok(row[which][field]);

  return (
    <Box sx={{ mt: 2 }} data-testid="co-financing-report-page">
      <Title title={title} />
      <Typography variant="h4" component="h1" gutterBottom>
        {title}
      </Typography>
      <ApiErrorAlert error={error} />
      {report && (
        <>
          <Typography variant="body1" color="text.secondary" sx={{ mb: 2, maxWidth: '80ch' }}>
            {report.initiative.name} · {report.initiative.owner.name}
          </Typography>
          <Paper variant="outlined" sx={{ p: 2, mb: 2 }}>
            <Grid container spacing={2}>
              <Grid size={{ xs: 6, md: 3 }}>
                <Fact label={label('due_date')} testId="report-due-date">
                  {formatDate(report.dueDate)}
                </Fact>
              </Grid>
              <Grid size={{ xs: 6, md: 3 }}>
                <Fact label={label('state_label')} testId="report-state">
                  {report.submission ? (
                    translate('gevinst.co_financing.submitted_by', {
                      at: formatDateTime(report.submission.submittedAt),
                      name: report.submission.submittedByName,
                    })
                  ) : (
                    <DueChip
                      due={due ?? { year, kind: report.kind, dueDate: report.dueDate, overdue: false }}
                    />
                  )}
                </Fact>
              </Grid>
              <Grid size={{ xs: 6, md: 3 }}>
                <Fact label={label('plan_version')} testId="report-plan-version">
                  {report.benefitPlanVersion === null
                    ? label('no_approved_plan')
                    : translate('gevinst.co_financing.plan_version_n', {
                        version: report.benefitPlanVersion,
                      })}
                </Fact>
              </Grid>
              <Grid size={{ xs: 6, md: 3 }}>
                <Fact label={label('grant')}>{formatNok(report.coFinancingGrantNok)}</Fact>
              </Grid>
            </Grid>
            <Stack direction="row" useFlexGap spacing={2} sx={{ mt: 2, flexWrap: 'wrap' }}>
              <Button
                variant="outlined"
                startIcon={<DownloadIcon />}
                href={`/api/exports/co-financing-report.xlsx?initiativeId=${encodeURIComponent(initiativeId)}&year=${year}`}
                download
              >
                {label('download')}
              </Button>
              {canMark && (
                <Button
                  variant="contained"
                  startIcon={<DoneIcon />}
                  onClick={submit}
                  disabled={mark.isPending}
                  data-testid="mark-report-submitted"
                >
                  {label('mark_submitted')}
                </Button>
              )}
              <Button component={LinkBase} to={`/initiatives/${encodeURIComponent(initiativeId)}/show`}>
                {label('to_initiative')}
              </Button>
            </Stack>
            {schedule && (
              <Box sx={{ mt: 2, display: 'flex', gap: 1, flexWrap: 'wrap', alignItems: 'center' }}>
                <Typography variant="body2" color="text.secondary" component="span">
                  {label('reports')}:
                </Typography>
                {schedule.reports.map((r) => (
                  <Link
                    key={r.year}
                    component={LinkBase}
                    to={coFinancingReportPath(initiativeId, r.year)}
                    aria-current={r.year === year ? 'page' : undefined}
                    sx={{ fontWeight: r.year === year ? 700 : 400 }}
                  >
                    {r.year}
                    {r.submission ? ' ✓' : r.overdue ? ` (${label('state.overdue').toLowerCase()})` : ''}
                  </Link>
                ))}
              </Box>
            )}
          </Paper>

          <Paper variant="outlined" sx={{ p: 2, mb: 2 }} component="section" aria-labelledby="grant-heading">
            <Typography id="grant-heading" variant="h6" component="h2">
              {label('grant_title')}
            </Typography>
            {/* A wide table scrolls on narrow screens; the region can take focus to scroll by keyboard. */}
            <Box sx={{ overflowX: 'auto' }} tabIndex={0} role="region" aria-labelledby="grant-heading">
              <SimpleTable
                caption={translate('gevinst.co_financing.grant_caption', {
                  threshold: report.deviationThresholdPercent,
                })}
                testId="grant-reconciliation"
                rows={[...report.grantReconciliation.years, report.grantReconciliation.total]}
                rowKey={(line) => String(line.year ?? 'total')}
                columns={grantColumns}
              />
            </Box>
            <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
              {label('grant_definition')}
            </Typography>
          </Paper>

          <Paper
            variant="outlined"
            sx={{ p: 2, mb: 2 }}
            component="section"
            aria-labelledby="take-out-heading"
          >
            <Typography id="take-out-heading" variant="h6" component="h2">
              {translate('gevinst.co_financing.take_out_title', {
                percent: report.budgetTakeOut.takeOutPercent,
              })}
            </Typography>
            <Typography variant="body2" sx={{ mb: 1 }} data-testid="pre-project-level">
              {report.budgetTakeOut.preProjectRunningCostNok === null
                ? label('pre_project_none')
                : translate('gevinst.co_financing.pre_project', {
                    amount: formatNok(report.budgetTakeOut.preProjectRunningCostNok),
                  })}
            </Typography>
            <Box sx={{ overflowX: 'auto' }} tabIndex={0} role="region" aria-labelledby="take-out-heading">
              <SimpleTable
                caption={translate('gevinst.co_financing.take_out_caption', { year: report.year })}
                testId="take-out"
                rows={[
                  ...report.budgetTakeOut.agencies.map((a: Agency) =>
                    takeOutRow(
                      a.organisation.name,
                      a.budgetChapter ? `${a.budgetChapter}.${a.budgetPost}` : '–',
                      a,
                    ),
                  ),
                  takeOutRow(label('total'), '', report.budgetTakeOut),
                ]}
                rowKey={(row, index) => `${row.name}-${index}`}
                columns={[
                  { key: 'name', label: label('agency') },
                  { key: 'chapter', label: label('chapter_post') },
                  {
                    key: 'pg',
                    label: label('gross_planned'),
                    align: 'right',
                    render: side('planned', 'grossBenefitNok'),
                  },
                  {
                    key: 'pd',
                    label: label('dis_planned'),
                    align: 'right',
                    render: side('planned', 'disBenefitNok'),
                  },
                  {
                    key: 'pr',
                    label: label('running_planned'),
                    align: 'right',
                    render: side('planned', 'runningCostIncreaseNok'),
                  },
                  {
                    key: 'pt',
                    label: label('take_out_planned'),
                    align: 'right',
                    render: side('planned', 'takeOutNok'),
                  },
                  {
                    key: 'rg',
                    label: label('gross_realised'),
                    align: 'right',
                    render: side('realised', 'grossBenefitNok'),
                  },
                  {
                    key: 'rd',
                    label: label('dis_realised'),
                    align: 'right',
                    render: side('realised', 'disBenefitNok'),
                  },
                  {
                    key: 'rr',
                    label: label('running_realised'),
                    align: 'right',
                    render: side('realised', 'runningCostIncreaseNok'),
                  },
                  {
                    key: 'rt',
                    label: label('take_out_realised'),
                    align: 'right',
                    render: side('realised', 'takeOutNok'),
                  },
                ]}
              />
            </Box>
            <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
              {label('take_out_definition')}
            </Typography>
          </Paper>
          {report.benefits.some((b) => b.externalInputMissing) && (
            <Alert severity="warning">{label('external_input_missing')}</Alert>
          )}
        </>
      )}
    </Box>
  );
};

export default CoFinancingReportPage;
