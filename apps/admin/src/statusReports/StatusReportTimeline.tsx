import { Box, Button, Chip, Stack, Typography } from '@mui/material';
import EditIcon from '@mui/icons-material/Edit';
import { useLocaleState, useTranslate } from 'react-admin';
import { RagChip } from '../components';
import { formatDate, formatDecimal } from '../format';
import { periodLabel } from './periods';
import type { BenefitStatusReportRow, PeriodStatusRow } from './statusReports.graphql';

const KEY = 'gevinst.status_reports.';

/** A label and its text, left out when the text is empty. */
const Line = ({
  label,
  text,
  testId,
}: {
  label: string;
  text: string | null | undefined;
  testId?: string;
}) => {
  const translate = useTranslate();
  if (!text) return null;
  return (
    <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }} data-testid={testId}>
      <Box component="span" sx={{ fontWeight: 600 }}>
        {translate(`${KEY}${label}`)}:
      </Box>{' '}
      {text}
    </Typography>
  );
};

/** One entry of a timeline: a dot and line on the left, the content on the right. */
const Entry = ({ children, testId }: { children: React.ReactNode; testId: string }) => (
  <Box
    component="li"
    data-testid={testId}
    sx={{
      position: 'relative',
      pl: 3,
      pb: 2,
      borderLeft: 2,
      borderColor: 'divider',
      ml: 1,
      listStyle: 'none',
    }}
  >
    <Box
      sx={{
        position: 'absolute',
        left: -7,
        top: 4,
        width: 12,
        height: 12,
        borderRadius: '50%',
        bgcolor: 'primary.main',
      }}
    />
    {children}
  </Box>
);

type BenefitReport = Omit<BenefitStatusReportRow, 'benefit'> & {
  benefit?: BenefitStatusReportRow['benefit'];
};

/**
 * Benefit status reports as a timeline, newest period first: the period, the owner's RAG beside the
 * computed one, cause, action, who is responsible, next review, the forecast for the next target (with the
 * revised value in the indicator's unit) and who wrote it when. `onEdit` offers replacing a report.
 */
export const BenefitReportTimeline = ({
  reports,
  unit,
  showBenefit,
  onEdit,
}: {
  reports: readonly BenefitReport[];
  unit?: string;
  showBenefit?: boolean;
  onEdit?: (report: BenefitReport) => void;
}) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (reports.length === 0)
    return (
      <Typography variant="body2" color="text.secondary">
        {translate(`${KEY}none`)}
      </Typography>
    );
  return (
    <Box component="ol" sx={{ p: 0, m: 0 }} data-testid="benefit-report-timeline">
      {reports.map((report) => {
        const indicatorUnit = report.benefit?.indicator.unit ?? unit ?? '';
        const forecast = translate(`enums.TargetForecast.${report.forecast}`);
        const target = report.forecastTargetDate
          ? translate(`${KEY}forecast_at`, { date: formatDate(report.forecastTargetDate) })
          : '';
        const revised = report.forecastValue
          ? translate(`${KEY}revised`, {
              value: `${formatDecimal(report.forecastValue)} ${indicatorUnit}`.trim(),
            })
          : '';
        return (
          <Entry key={report.id} testId="benefit-status-report">
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', mb: 0.5 }}>
              <Typography variant="subtitle2" component="h4" sx={{ fontWeight: 700 }}>
                {periodLabel(report.periodStart, report.periodEnd, locale)}
                {showBenefit && report.benefit ? ` · ${report.benefit.title}` : ''}
              </Typography>
              <Typography variant="body2" component="span">
                {translate(`${KEY}owner_rag`)}
              </Typography>
              <RagChip rag={report.ownerRag} />
              <Typography variant="body2" component="span">
                {translate(`${KEY}computed_rag`)}
              </Typography>
              <RagChip rag={report.computedRag} />
              {report.computedRag && report.ownerRag !== report.computedRag && (
                <Chip size="small" variant="outlined" label={translate(`${KEY}differs`)} />
              )}
            </Stack>
            <Line label="cause" text={report.cause} testId="status-report-cause" />
            <Line label="corrective_action" text={report.correctiveAction} testId="status-report-action" />
            <Line label="responsible" text={report.responsible} />
            <Line label="next_review" text={report.nextReview ? formatDate(report.nextReview) : ''} />
            <Line label="forecast" text={[forecast, target, revised].filter(Boolean).join(' ')} />
            <Typography variant="caption" color="text.secondary">
              {translate(`${KEY}written_by`, {
                name: report.reportedByName ?? '–',
                date: formatDate(report.updatedAt),
                version: report.version,
              })}
            </Typography>
            {onEdit && (
              <Button size="small" startIcon={<EditIcon />} onClick={() => onEdit(report)} sx={{ ml: 1 }}>
                {translate(`${KEY}replace`)}
              </Button>
            )}
          </Entry>
        );
      })}
    </Box>
  );
};

/** The initiative's period statuses as a timeline, newest quarter first. */
export const PeriodStatusTimeline = ({
  reports,
  onEdit,
}: {
  reports: readonly PeriodStatusRow[];
  onEdit?: (report: PeriodStatusRow) => void;
}) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (reports.length === 0)
    return (
      <Typography variant="body2" color="text.secondary">
        {translate(`${KEY}no_period_status`)}
      </Typography>
    );
  return (
    <Box component="ol" sx={{ p: 0, m: 0 }} data-testid="period-status-timeline">
      {reports.map((report) => (
        <Entry key={report.id} testId="period-status">
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 0.5 }}>
            <Typography variant="subtitle2" component="h4" sx={{ fontWeight: 700 }}>
              {periodLabel(report.periodStart, report.periodEnd, locale)}
            </Typography>
            <RagChip rag={report.overallRag} />
          </Stack>
          <Line label="summary" text={report.summary} />
          <Line label="top_risks" text={report.topRisks} />
          <Line label="decisions_needed" text={report.decisionsNeeded} />
          <Typography variant="caption" color="text.secondary">
            {translate(`${KEY}written_by`, {
              name: report.reportedByName ?? '–',
              date: formatDate(report.updatedAt),
              version: report.version,
            })}
          </Typography>
          {onEdit && (
            <Button size="small" startIcon={<EditIcon />} onClick={() => onEdit(report)} sx={{ ml: 1 }}>
              {translate(`${KEY}replace`)}
            </Button>
          )}
        </Entry>
      ))}
    </Box>
  );
};
