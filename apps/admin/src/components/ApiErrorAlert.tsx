import { Alert, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { messageOf, requestIdOf } from '../api/client';

/**
 * An API error where it happened (not only as a passing notification), with the request's id in small
 * print («Referanse: …»): a user's screenshot then leads support to the server's log line.
 */
export const ApiErrorAlert = ({ error }: { error: unknown }) => {
  const translate = useTranslate();
  if (!error) return null;
  const message = messageOf(error);
  const key = error instanceof Error ? error.message : '';
  const text = key.startsWith('ra.') || key.startsWith('gevinst.') ? translate(key) : message;
  const requestId = requestIdOf(error);
  return (
    <Alert severity="error" role="alert" sx={{ my: 1 }}>
      {text}
      {requestId && (
        <Typography
          variant="caption"
          component="div"
          color="text.secondary"
          sx={{ mt: 0.5, userSelect: 'all' }}
          data-testid="api-error-reference"
        >
          {translate('gevinst.errors.reference', { id: requestId })}
        </Typography>
      )}
    </Alert>
  );
};
