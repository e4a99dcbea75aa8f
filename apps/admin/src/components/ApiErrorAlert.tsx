import { Alert } from '@mui/material';
import { useTranslate } from 'react-admin';
import { messageOf } from '../api/client';

/** An API error where it happened (not only as a passing notification). */
export const ApiErrorAlert = ({ error }: { error: unknown }) => {
  const translate = useTranslate();
  if (!error) return null;
  const message = messageOf(error);
  const key = error instanceof Error ? error.message : '';
  const text = key.startsWith('ra.') || key.startsWith('gevinst.') ? translate(key) : message;
  return (
    <Alert severity="error" role="alert" sx={{ my: 1 }}>
      {text}
    </Alert>
  );
};
