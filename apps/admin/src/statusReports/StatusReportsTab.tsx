import { useState } from 'react';
import { Link, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { Alert, Box, Button, Stack, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import { canRecordMeasurement } from '@gevinst/domain';
import { usePrincipal } from '../access';
import { useApiQuery } from '../api/client';
import { ApiErrorAlert, SimpleTable } from '../components';
import { formatDate } from '../format';
import { useCanEditInitiative } from '../initiatives/useCanEdit';
import { BenefitStatusReportDialog, type ReportToReplace } from './BenefitStatusReportDialog';
import { DueStateChip } from './DueStateChip';
import { PeriodStatusDialog } from './PeriodStatusDialog';
import { periodLabel } from './periods';
import { INITIATIVE_STATUS_REPORTS, type PeriodStatusRow } from './statusReports.graphql';
import { BenefitReportTimeline, PeriodStatusTimeline } from './StatusReportTimeline';

const KEY = 'gevinst.status_reports.';

/**
 * The initiative's tab «Statusrapporter» (issue 16): overdue reports flagged, each benefit's reporting state
 * (period, due date), the owner's period status per quarter and every benefit's reports as a timeline, with
 * the forms to write them (for those who may: the benefit's measurement recorders, the initiative's owners).
 */
export const StatusReportsTab = () => {
  const record = useRecordContext<{ id: string; ownerId: string }>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const principal = usePrincipal();
  const canEdit = useCanEditInitiative();
  const query = useApiQuery(INITIATIVE_STATUS_REPORTS, { id: record?.id }, { enabled: !!record?.id });
  const [writing, setWriting] = useState<{ replace: ReportToReplace | null } | null>(null);
  const [periodStatus, setPeriodStatus] = useState<{ replace: PeriodStatusRow | null } | null>(null);
  if (!record) return null;
  if (query.error) return <ApiErrorAlert error={query.error} />;
  const data = query.data?.initiative;
  if (!data) return null;
  const reportable = data.benefits.filter(
    (benefit) =>
      !!principal &&
      canRecordMeasurement(principal, {
        initiativeOwnerId: data.owner.id,
        receivingOrganisationId: benefit.receivingOrganisation?.id ?? null,
      }),
  );
  const required = data.benefits.filter((benefit) => benefit.statusReportDue.state !== 'NOT_REQUIRED');

  return (
    <Stack spacing={3} data-testid="status-reports-tab">
      <Typography variant="body2" color="text.secondary">
        {translate(`${KEY}intro`)}
      </Typography>
      {data.overdueStatusReports > 0 && (
        <Alert severity="error" data-testid="status-reports-overdue">
          {translate(`${KEY}overdue_count`, { smart_count: data.overdueStatusReports })}
        </Alert>
      )}

      <Box component="section" aria-labelledby="period-status-heading">
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mb: 1 }}>
          <Typography id="period-status-heading" variant="h6" component="h3">
            {translate(`${KEY}period_status_title`)}
          </Typography>
          {canEdit && (
            <Button size="small" startIcon={<AddIcon />} onClick={() => setPeriodStatus({ replace: null })}>
              {translate(`${KEY}write_period_status`)}
            </Button>
          )}
        </Stack>
        <PeriodStatusTimeline
          reports={data.periodStatusReports}
          onEdit={canEdit ? (report) => setPeriodStatus({ replace: report }) : undefined}
        />
      </Box>

      <Box component="section" aria-labelledby="benefit-reports-heading">
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mb: 1 }}>
          <Typography id="benefit-reports-heading" variant="h6" component="h3">
            {translate(`${KEY}benefit_reports_title`)}
          </Typography>
          {reportable.length > 0 && (
            <Button
              size="small"
              variant="contained"
              startIcon={<AddIcon />}
              onClick={() => setWriting({ replace: null })}
              data-testid="write-status-report"
            >
              {translate(`${KEY}write_title`)}
            </Button>
          )}
        </Stack>
        {required.length > 0 && (
          <Box
            sx={{ overflowX: 'auto', mb: 2 }}
            tabIndex={0}
            role="region"
            aria-labelledby="benefit-reports-heading"
          >
            <SimpleTable
              caption={translate(`${KEY}due_caption`)}
              rows={required}
              rowKey={(benefit) => benefit.id}
              columns={[
                {
                  key: 'benefit',
                  label: translate(`${KEY}benefit`),
                  render: (benefit) => <Link to={`/benefits/${benefit.id}/show`}>{benefit.title}</Link>,
                },
                {
                  key: 'frequency',
                  label: translate('resources.benefits.fields.measurementFrequency'),
                  render: (benefit) =>
                    translate(`enums.MeasurementFrequency.${benefit.measurementFrequency}`),
                },
                {
                  key: 'state',
                  label: translate(`${KEY}state`),
                  render: (benefit) => <DueStateChip state={benefit.statusReportDue.state} />,
                },
                {
                  key: 'period',
                  label: translate(`${KEY}period`),
                  render: (benefit) =>
                    benefit.statusReportDue.periodStart && benefit.statusReportDue.periodEnd
                      ? periodLabel(
                          benefit.statusReportDue.periodStart,
                          benefit.statusReportDue.periodEnd,
                          locale,
                        )
                      : '–',
                },
                {
                  key: 'due',
                  label: translate(`${KEY}due_date`),
                  render: (benefit) => formatDate(benefit.statusReportDue.dueDate) || '–',
                },
              ]}
            />
          </Box>
        )}
        <BenefitReportTimeline
          reports={data.benefitStatusReports}
          showBenefit
          onEdit={
            reportable.length > 0
              ? (report) =>
                  report.benefit && reportable.some((b) => b.id === report.benefit!.id)
                    ? setWriting({ replace: { ...report, benefitId: report.benefit.id } })
                    : undefined
              : undefined
          }
        />
      </Box>

      {writing && (
        <BenefitStatusReportDialog
          benefits={reportable}
          replace={writing.replace}
          onClose={() => setWriting(null)}
        />
      )}
      {periodStatus && (
        <PeriodStatusDialog
          initiativeId={data.id}
          replace={periodStatus.replace}
          onClose={() => setPeriodStatus(null)}
        />
      )}
    </Stack>
  );
};
