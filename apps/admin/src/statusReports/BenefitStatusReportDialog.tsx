import { useState } from 'react';
import { useNotify, useTranslate } from 'react-admin';
import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  MenuItem,
  Stack,
  TextField,
} from '@mui/material';
import { RagStatus, STATUS_REPORT_LIMITS, TargetForecast } from '@gevinst/domain';
import { messageOf, useApiMutation } from '../api/client';
import { formatDecimal, parseDecimalInput } from '../format';
import { SUBMIT_BENEFIT_STATUS_REPORT } from './statusReports.graphql';

const KEY = 'gevinst.status_reports.';

/** A benefit the form can report on, with the period due (if any). */
export interface ReportableBenefit {
  id: string;
  title: string;
  indicator: { unit: string };
  statusReportDue: { state: string; periodEnd?: string | null };
}

/** A report being replaced (its period and what it said), or nothing for a new report. */
export interface ReportToReplace {
  benefitId: string;
  periodEnd: string;
  version: number;
  ownerRag: string;
  cause: string;
  correctiveAction: string;
  responsible: string;
  nextReview?: string | null;
  forecast: string;
  forecastValue?: string | null;
}

const today = () => new Date().toISOString().slice(0, 10);

/**
 * The benefit owner's status report (issue 16): the period (any day of it; the API finds the benefit's
 * reporting period), the owner's RAG, cause, corrective action, responsible, next review and the forecast
 * for the next target with a revised value. A deviation (amber, red, at risk, not met) needs cause, action
 * and responsible; the API says so field by field.
 */
export const BenefitStatusReportDialog = ({
  benefits,
  replace,
  onClose,
}: {
  benefits: readonly ReportableBenefit[];
  replace?: ReportToReplace | null;
  onClose: () => void;
}) => {
  const translate = useTranslate();
  const notify = useNotify();
  const submit = useApiMutation(SUBMIT_BENEFIT_STATUS_REPORT);
  const first = benefits.find(
    (b) => b.statusReportDue.state === 'OVERDUE' || b.statusReportDue.state === 'DUE',
  );
  const [benefitId, setBenefitId] = useState(replace?.benefitId ?? first?.id ?? benefits[0]?.id ?? '');
  const benefit = benefits.find((b) => b.id === benefitId);
  const duePeriod = (b?: ReportableBenefit) =>
    b && (b.statusReportDue.state === 'OVERDUE' || b.statusReportDue.state === 'DUE')
      ? (b.statusReportDue.periodEnd ?? today())
      : today();
  const [period, setPeriod] = useState(replace?.periodEnd ?? duePeriod(benefit));
  const [ownerRag, setOwnerRag] = useState<RagStatus>(
    (replace?.ownerRag as RagStatus | undefined) ?? RagStatus.GREEN,
  );
  const [cause, setCause] = useState(replace?.cause ?? '');
  const [action, setAction] = useState(replace?.correctiveAction ?? '');
  const [responsible, setResponsible] = useState(replace?.responsible ?? '');
  const [nextReview, setNextReview] = useState(replace?.nextReview ?? '');
  const [forecast, setForecast] = useState<TargetForecast>(
    (replace?.forecast as TargetForecast | undefined) ?? TargetForecast.MET,
  );
  const [forecastValue, setForecastValue] = useState(
    replace?.forecastValue ? formatDecimal(replace.forecastValue) : '',
  );
  const [error, setError] = useState('');
  const deviation = ownerRag !== RagStatus.GREEN || forecast !== TargetForecast.MET;

  const save = () => {
    const value = forecastValue.trim() === '' ? null : parseDecimalInput(forecastValue);
    if (forecastValue.trim() !== '' && value === null) {
      setError(translate(`${KEY}bad_value`));
      return;
    }
    setError('');
    submit.mutate(
      {
        input: {
          benefitId,
          period,
          ownerRag,
          cause,
          correctiveAction: action,
          responsible,
          nextReview: nextReview || null,
          forecast,
          forecastValue: forecast === TargetForecast.MET ? null : value,
          version: replace?.version ?? null,
        },
      },
      {
        onSuccess: () => {
          notify(`${KEY}saved`, { type: 'success' });
          onClose();
        },
        onError: (e) => setError(messageOf(e)),
      },
    );
  };

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="benefit-status-report-title">
      <DialogTitle id="benefit-status-report-title">
        {translate(replace ? `${KEY}replace_title` : `${KEY}write_title`)}
      </DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ mt: 1 }} data-testid="benefit-status-report-form">
          {error && (
            <Alert severity="error" role="alert" data-testid="status-report-error">
              {error}
            </Alert>
          )}
          <TextField
            select
            label={translate(`${KEY}benefit`)}
            value={benefitId}
            disabled={!!replace}
            onChange={(e) => {
              setBenefitId(e.target.value);
              setPeriod(duePeriod(benefits.find((b) => b.id === e.target.value)));
            }}
            slotProps={{ htmlInput: { 'data-testid': 'status-report-benefit' } }}
          >
            {benefits.map((b) => (
              <MenuItem key={b.id} value={b.id}>
                {b.title}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            type="date"
            label={translate(`${KEY}period`)}
            helperText={translate(`${KEY}period_help`)}
            value={period}
            disabled={!!replace}
            onChange={(e) => setPeriod(e.target.value)}
            slotProps={{ inputLabel: { shrink: true } }}
          />
          <TextField
            select
            label={translate(`${KEY}owner_rag`)}
            value={ownerRag}
            onChange={(e) => setOwnerRag(e.target.value as RagStatus)}
            slotProps={{ htmlInput: { 'data-testid': 'status-report-owner-rag' } }}
          >
            {Object.values(RagStatus).map((rag) => (
              <MenuItem key={rag} value={rag}>
                {translate(`enums.RagStatus.${rag}`)}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            select
            label={translate(`${KEY}forecast`)}
            value={forecast}
            onChange={(e) => setForecast(e.target.value as TargetForecast)}
          >
            {Object.values(TargetForecast).map((value) => (
              <MenuItem key={value} value={value}>
                {translate(`enums.TargetForecast.${value}`)}
              </MenuItem>
            ))}
          </TextField>
          {forecast !== TargetForecast.MET && (
            <TextField
              label={translate(`${KEY}forecast_value`, { unit: benefit?.indicator.unit ?? '' })}
              helperText={translate(`${KEY}forecast_value_help`)}
              value={forecastValue}
              required={forecast === TargetForecast.NOT_MET}
              onChange={(e) => setForecastValue(e.target.value)}
              slotProps={{ htmlInput: { inputMode: 'decimal' } }}
            />
          )}
          <TextField
            label={translate(`${KEY}cause`)}
            value={cause}
            required={deviation}
            multiline
            minRows={2}
            onChange={(e) => setCause(e.target.value)}
            slotProps={{
              htmlInput: { maxLength: STATUS_REPORT_LIMITS.text, 'data-testid': 'status-report-cause-input' },
            }}
          />
          <TextField
            label={translate(`${KEY}corrective_action`)}
            value={action}
            required={deviation}
            multiline
            minRows={2}
            onChange={(e) => setAction(e.target.value)}
            slotProps={{
              htmlInput: {
                maxLength: STATUS_REPORT_LIMITS.text,
                'data-testid': 'status-report-action-input',
              },
            }}
          />
          <TextField
            label={translate(`${KEY}responsible`)}
            value={responsible}
            required={deviation}
            onChange={(e) => setResponsible(e.target.value)}
            slotProps={{
              htmlInput: {
                maxLength: STATUS_REPORT_LIMITS.responsible,
                'data-testid': 'status-report-responsible-input',
              },
            }}
          />
          <TextField
            type="date"
            label={translate(`${KEY}next_review`)}
            value={nextReview}
            onChange={(e) => setNextReview(e.target.value)}
            slotProps={{ inputLabel: { shrink: true } }}
          />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
        <Button
          variant="contained"
          onClick={save}
          disabled={submit.isPending || !benefitId}
          data-testid="status-report-save"
        >
          {translate('ra.action.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
