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
import { RagStatus, STATUS_REPORT_LIMITS } from '@gevinst/domain';
import { messageOf, useApiMutation } from '../api/client';
import { SUBMIT_INITIATIVE_STATUS_REPORT } from './statusReports.graphql';
import type { PeriodStatusRow } from './statusReports.graphql';

const KEY = 'gevinst.status_reports.';

/** The initiative owner's period status for a quarter: overall RAG, summary, top risks, decisions needed. */
export const PeriodStatusDialog = ({
  initiativeId,
  replace,
  onClose,
}: {
  initiativeId: string;
  replace?: PeriodStatusRow | null;
  onClose: () => void;
}) => {
  const translate = useTranslate();
  const notify = useNotify();
  const submit = useApiMutation(SUBMIT_INITIATIVE_STATUS_REPORT);
  const [period, setPeriod] = useState(replace?.periodEnd ?? new Date().toISOString().slice(0, 10));
  const [overallRag, setOverallRag] = useState<RagStatus>(replace?.overallRag ?? RagStatus.GREEN);
  const [summary, setSummary] = useState(replace?.summary ?? '');
  const [topRisks, setTopRisks] = useState(replace?.topRisks ?? '');
  const [decisions, setDecisions] = useState(replace?.decisionsNeeded ?? '');
  const [error, setError] = useState('');
  const max = { maxLength: STATUS_REPORT_LIMITS.text };

  const save = () =>
    submit.mutate(
      {
        input: {
          initiativeId,
          period,
          overallRag,
          summary,
          topRisks,
          decisionsNeeded: decisions,
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

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="period-status-title">
      <DialogTitle id="period-status-title">
        {translate(replace ? `${KEY}replace_period_status` : `${KEY}write_period_status`)}
      </DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ mt: 1 }}>
          {error && (
            <Alert severity="error" role="alert">
              {error}
            </Alert>
          )}
          <TextField
            type="date"
            label={translate(`${KEY}quarter`)}
            helperText={translate(`${KEY}quarter_help`)}
            value={period}
            disabled={!!replace}
            onChange={(e) => setPeriod(e.target.value)}
            slotProps={{ inputLabel: { shrink: true } }}
          />
          <TextField
            select
            label={translate(`${KEY}overall_rag`)}
            value={overallRag}
            onChange={(e) => setOverallRag(e.target.value as RagStatus)}
          >
            {Object.values(RagStatus).map((rag) => (
              <MenuItem key={rag} value={rag}>
                {translate(`enums.RagStatus.${rag}`)}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            label={translate(`${KEY}summary`)}
            value={summary}
            required
            multiline
            minRows={2}
            onChange={(e) => setSummary(e.target.value)}
            slotProps={{ htmlInput: max }}
          />
          <TextField
            label={translate(`${KEY}top_risks`)}
            value={topRisks}
            multiline
            minRows={2}
            onChange={(e) => setTopRisks(e.target.value)}
            slotProps={{ htmlInput: max }}
          />
          <TextField
            label={translate(`${KEY}decisions_needed`)}
            value={decisions}
            multiline
            minRows={2}
            onChange={(e) => setDecisions(e.target.value)}
            slotProps={{ htmlInput: max }}
          />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
        <Button variant="contained" onClick={save} disabled={submit.isPending}>
          {translate('ra.action.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
