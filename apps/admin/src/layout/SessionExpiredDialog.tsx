import { useEffect, useId, useRef, useState } from 'react';
import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  TextField,
} from '@mui/material';
import { useAuthProvider, useGetIdentity, useLogout, useTranslate } from 'react-admin';
import { sessionExpiry } from '../session';

/**
 * Asks for the password again when the session expires, on top of the page, so that nothing typed is
 * lost: the request that failed is sent again after signing in (see ../session.ts).
 */
export const SessionExpiredDialog = () => {
  const translate = useTranslate();
  const authProvider = useAuthProvider();
  const logout = useLogout();
  const { identity } = useGetIdentity();
  const email = (identity as { email?: string } | undefined)?.email ?? '';
  const [open, setOpen] = useState(false);
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const answer = useRef<((signedIn: boolean) => void) | null>(null);
  const titleId = useId();

  useEffect(
    () =>
      sessionExpiry.listen(
        () =>
          new Promise<boolean>((resolve) => {
            answer.current = resolve;
            setPassword('');
            setProblem(null);
            setOpen(true);
          }),
      ),
    [],
  );

  const finish = (signedIn: boolean) => {
    setOpen(false);
    answer.current?.(signedIn);
    answer.current = null;
  };

  const signIn = async () => {
    if (!authProvider) return;
    setBusy(true);
    setProblem(null);
    try {
      await authProvider.login({ email, password });
      finish(true);
    } catch (error) {
      const message = error instanceof Error ? error.message : 'ra.auth.sign_in_error';
      setProblem(translate(message, { _: message }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog open={open} aria-labelledby={titleId} data-testid="session-expired">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void signIn();
        }}
      >
        <DialogTitle id={titleId}>{translate('gevinst.session.title')}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>{translate('gevinst.session.text')}</DialogContentText>
          <TextField
            label={translate('ra.auth.email')}
            value={email}
            slotProps={{ htmlInput: { readOnly: true } }}
            fullWidth
            margin="dense"
          />
          <TextField
            label={translate('ra.auth.password')}
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            autoFocus
            required
            fullWidth
            margin="dense"
          />
          {problem && (
            <Alert severity="error" role="alert" sx={{ mt: 1 }}>
              {problem}
            </Alert>
          )}
        </DialogContent>
        <DialogActions>
          <Button
            onClick={() => {
              finish(false);
              void logout();
            }}
          >
            {translate('ra.auth.logout')}
          </Button>
          <Button type="submit" variant="contained" disabled={busy || password === ''}>
            {translate('gevinst.session.continue')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
};
