import { useState } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { Box, Button, Stack, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import { canRecordMeasurement } from '@gevinst/domain';
import { usePrincipal } from '../access';
import { useApiQuery } from '../api/client';
import { ApiErrorAlert } from '../components';
import { formatDate } from '../format';
import { BenefitStatusReportDialog, type ReportToReplace } from './BenefitStatusReportDialog';
import { DueStateChip } from './DueStateChip';
import { periodLabel } from './periods';
import { BENEFIT_STATUS_REPORTS } from './statusReports.graphql';
import { BenefitReportTimeline } from './StatusReportTimeline';

const KEY = 'gevinst.status_reports.';

/** A benefit's status reports (issue 16) on its page: the state, the timeline and the form. */
export const BenefitStatusReports = ({ benefitId }: { benefitId: string }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const principal = usePrincipal();
  const query = useApiQuery(BENEFIT_STATUS_REPORTS, { id: benefitId });
  const [writing, setWriting] = useState<{ replace: ReportToReplace | null } | null>(null);
  if (query.error) return <ApiErrorAlert error={query.error} />;
  const benefit = query.data?.benefit;
  if (!benefit) return null;
  const mayWrite =
    !!principal &&
    canRecordMeasurement(principal, {
      initiativeOwnerId: benefit.initiative.owner.id,
      receivingOrganisationId: benefit.receivingOrganisation?.id ?? null,
    });
  const due = benefit.statusReportDue;
  return (
    <Box
      component="section"
      aria-labelledby="benefit-status-reports"
      sx={{ mt: 3 }}
      data-testid="benefit-status-reports"
    >
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mb: 1, flexWrap: 'wrap' }}>
        <Typography id="benefit-status-reports" variant="h6" component="h2">
          {translate(`${KEY}title`)}
        </Typography>
        <DueStateChip state={due.state} />
        {due.periodStart && due.periodEnd && (
          <Typography variant="body2">
            {translate(`${KEY}due_line`, {
              period: periodLabel(due.periodStart, due.periodEnd, locale),
              date: formatDate(due.dueDate),
            })}
          </Typography>
        )}
        {mayWrite && (
          <Button
            size="small"
            variant="contained"
            startIcon={<AddIcon />}
            onClick={() => setWriting({ replace: null })}
          >
            {translate(`${KEY}write_title`)}
          </Button>
        )}
      </Stack>
      <BenefitReportTimeline
        reports={benefit.statusReports}
        unit={benefit.indicator.unit}
        onEdit={
          mayWrite ? (report) => setWriting({ replace: { ...report, benefitId: benefit.id } }) : undefined
        }
      />
      {writing && (
        <BenefitStatusReportDialog
          benefits={[benefit]}
          replace={writing.replace}
          onClose={() => setWriting(null)}
        />
      )}
    </Box>
  );
};
