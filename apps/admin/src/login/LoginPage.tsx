import { useState } from 'react';
import { Box, Button, Card, CardContent, CircularProgress, Divider, Typography } from '@mui/material';
import LockIcon from '@mui/icons-material/Lock';
import LoginIcon from '@mui/icons-material/Login';
import { Form, PasswordInput, TextInput, required, useLogin, useNotify, useTranslate } from 'react-admin';
import { Intro } from '../dashboard/Intro';
import { LocaleSwitcher, useDocumentLanguage } from '../layout';
import { useApiQuery } from '../api/client';
import { SIGN_IN_OPTIONS } from './signIn.graphql';

interface Credentials {
  email: string;
  password: string;
}

/**
 * The public face of Gevinst: what it is, and the sign-in form. Lives outside the layout, so it sets
 * <html lang> and offers the language menu itself.
 */
export const LoginPage = () => {
  useDocumentLanguage();
  const translate = useTranslate();
  const login = useLogin();
  const notify = useNotify();
  const [submitting, setSubmitting] = useState(false);
  // The identity providers and whether the password form is on (public; until it answers, the form shows).
  const { data: options } = useApiQuery(SIGN_IN_OPTIONS);
  const providers = options?.signInOptions.providers ?? [];
  const passwordLoginEnabled = options?.signInOptions.passwordLoginEnabled ?? true;

  const submit = (values: Partial<Credentials>) => {
    setSubmitting(true);
    login({ email: values.email ?? '', password: values.password ?? '' })
      .catch((error: unknown) => {
        const message = error instanceof Error && error.message ? error.message : 'ra.auth.sign_in_error';
        notify(message, { type: 'error', messageArgs: { _: message } });
      })
      .finally(() => setSubmitting(false));
  };

  return (
    <Box sx={{ minHeight: '100vh', bgcolor: 'background.default', display: 'flex', flexDirection: 'column' }}>
      <Box component="header" sx={{ display: 'flex', justifyContent: 'flex-end', px: 2, py: 1 }}>
        <LocaleSwitcher />
      </Box>
      <Box component="main" sx={{ flex: 1, display: 'flex', justifyContent: 'center', px: 2, pb: 4 }}>
        <Card
          sx={{
            width: '100%',
            maxWidth: 1040,
            alignSelf: 'flex-start',
            display: 'grid',
            gridTemplateColumns: { xs: '1fr', md: '3fr auto 2fr' },
          }}
        >
          <CardContent sx={{ p: { xs: 2, md: 4 } }}>
            <Intro headingId="login-intro" />
          </CardContent>
          <Divider orientation="vertical" flexItem sx={{ display: { xs: 'none', md: 'block' } }} />
          <CardContent component="section" aria-labelledby="login-title" sx={{ p: { xs: 2, md: 4 } }}>
            <Typography id="login-title" variant="h5" component="h2" gutterBottom>
              {translate('ra.auth.sign_in')}
            </Typography>
            {providers.map((provider) => (
              <Button
                key={provider.slug}
                component="a"
                href={provider.startUrl}
                variant={passwordLoginEnabled ? 'outlined' : 'contained'}
                fullWidth
                startIcon={<LoginIcon />}
                sx={{ mb: 1 }}
              >
                {translate('gevinst.login.sign_in_with', { provider: provider.displayName })}
              </Button>
            ))}
            {passwordLoginEnabled ? (
              <>
                {providers.length > 0 && (
                  <Divider sx={{ my: 2 }}>
                    <Typography variant="body2" color="text.secondary">
                      {translate('gevinst.login.or_password')}
                    </Typography>
                  </Divider>
                )}
                <Form<Partial<Credentials>> onSubmit={submit} noValidate>
                  <TextInput
                    source="email"
                    type="email"
                    label="ra.auth.email"
                    autoComplete="username"
                    validate={required()}
                    fullWidth
                    autoFocus
                  />
                  <PasswordInput
                    source="password"
                    label="ra.auth.password"
                    autoComplete="current-password"
                    validate={required()}
                    fullWidth
                  />
                  <Button
                    type="submit"
                    variant="contained"
                    fullWidth
                    disabled={submitting}
                    startIcon={
                      submitting ? <CircularProgress size={18} color="inherit" aria-hidden /> : <LockIcon />
                    }
                    sx={{ mt: 1 }}
                  >
                    {translate('ra.auth.sign_in')}
                  </Button>
                </Form>
              </>
            ) : (
              <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
                {translate('gevinst.login.password_off')}
              </Typography>
            )}
          </CardContent>
        </Card>
      </Box>
    </Box>
  );
};

export default LoginPage;
