import { useState } from 'react';
import { useNotify, useTranslate } from 'react-admin';
import { Box, Button, Stack, TextField, Typography } from '@mui/material';
import { messageOf, useApiMutation, useApiQuery } from '../api/client';
import { ApiErrorAlert, SimpleTable } from '../components';
import { formatDateTime } from '../format';
import { KEY_CONFIRMATIONS, RESPOND_TO_KEY } from './budget.graphql';

/**
 * The owner's and the reviewer's view of the key's confirmations (issue 21): who of the paying
 * participants confirmed the current key version, who objected (with comment), who has not answered.
 */
export const KeyConfirmationsPanel = ({ initiativeId }: { initiativeId: string }) => {
  const translate = useTranslate();
  const query = useApiQuery(KEY_CONFIRMATIONS, { initiativeId });
  const data = query.data?.keyConfirmations;
  const order = { OBJECTED: 0, NOT_ANSWERED: 1, CONFIRMED: 2 } as const;
  const participants = [...(data?.participants ?? [])].sort(
    (a, b) => order[a.status] - order[b.status] || a.name.localeCompare(b.name, 'nb'),
  );
  const count = (status: keyof typeof order) => participants.filter((p) => p.status === status).length;
  return (
    <Box
      component="section"
      aria-labelledby="confirmations-heading"
      sx={{ mb: 3 }}
      data-testid="key-confirmations"
    >
      <Typography id="confirmations-heading" variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
        {translate('gevinst.budget.confirmations_title')}
      </Typography>
      <ApiErrorAlert error={query.error} />
      {data && (
        <>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
            {translate('gevinst.budget.confirmations_summary', {
              key: data.keyName,
              version: data.keyVersion,
              confirmed: count('CONFIRMED'),
              objected: count('OBJECTED'),
              missing: count('NOT_ANSWERED'),
            })}
          </Typography>
          <SimpleTable
            caption={translate('gevinst.budget.confirmations_title')}
            rows={participants}
            rowKey={(p) => p.organisationId}
            columns={[
              { key: 'name', label: translate('gevinst.allocations.organisation') },
              {
                key: 'status',
                label: translate('gevinst.budget.answer'),
                render: (p) => translate(`enums.KeyConfirmationStatus.${p.status}`),
              },
              { key: 'comment', label: translate('gevinst.budget.comment'), render: (p) => p.comment ?? '' },
              {
                key: 'decidedAt',
                label: translate('gevinst.budget.answered_at'),
                render: (p) =>
                  p.decidedAt ? `${formatDateTime(p.decidedAt)} (${p.decidedByEmail ?? ''})` : '',
              },
            ]}
          />
        </>
      )}
    </Box>
  );
};

/**
 * A paying participant's answer to the current version of the initiative's key: confirm, or object with a
 * comment (the API refuses an objection without one).
 */
export const RespondToKeyForm = ({
  initiativeId,
  keyVersionId,
}: {
  initiativeId: string;
  keyVersionId: string;
}) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [comment, setComment] = useState('');
  const respond = useApiMutation(RESPOND_TO_KEY);
  const send = (decision: 'CONFIRMED' | 'OBJECTED') =>
    respond.mutate(
      { input: { initiativeId, keyVersionId, decision, comment: comment.trim() || null } },
      {
        onSuccess: () => notify(`gevinst.budget.answered_${decision}`, { type: 'success' }),
        onError: (error) => notify(messageOf(error), { type: 'error' }),
      },
    );
  return (
    <Box component="section" aria-labelledby="respond-heading" sx={{ mb: 3 }} data-testid="respond-to-key">
      <Typography id="respond-heading" variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
        {translate('gevinst.budget.respond_title')}
      </Typography>
      <TextField
        label={translate('gevinst.budget.comment')}
        value={comment}
        onChange={(event) => setComment(event.target.value)}
        multiline
        minRows={2}
        fullWidth
        sx={{ my: 1, maxWidth: '75ch' }}
      />
      <Stack direction="row" spacing={1}>
        <Button variant="contained" disabled={respond.isPending} onClick={() => send('CONFIRMED')}>
          {translate('gevinst.budget.confirm')}
        </Button>
        <Button
          variant="outlined"
          color="warning"
          disabled={respond.isPending}
          onClick={() => send('OBJECTED')}
        >
          {translate('gevinst.budget.object')}
        </Button>
      </Stack>
    </Box>
  );
};
