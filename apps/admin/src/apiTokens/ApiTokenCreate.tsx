import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import {
  AutocompleteInput,
  CheckboxGroupInput,
  CreateBase,
  DateTimeInput,
  Form,
  ReferenceInput,
  SaveButton,
  TextInput,
  Title,
  maxLength,
  required,
  useNotify,
  useRedirect,
  useTranslate,
  type Validator,
} from 'react-admin';
import {
  Alert,
  AlertTitle,
  Box,
  Button,
  Card,
  CardContent,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import CopyIcon from '@mui/icons-material/ContentCopy';
import { ApiTokenScope, LIMITS, isAdmin } from '@gevinst/domain';
import { usePrincipal } from '../access';
import { enumChoices } from '../enums';
import { formatDateTime } from '../format';

const inOneYear = () => {
  const date = new Date();
  date.setFullYear(date.getFullYear() + 1);
  return date.toISOString();
};

const withinTwoYears: Validator = (value: unknown) => {
  if (!value) return undefined;
  const at = new Date(value instanceof Date ? value : typeof value === 'string' ? value : NaN).getTime();
  const limit = new Date();
  limit.setFullYear(limit.getFullYear() + 2);
  if (Number.isNaN(at) || at <= Date.now()) return 'resources.apiTokens.validation.future';
  return at > limit.getTime() ? 'resources.apiTokens.validation.two_years' : undefined;
};

/** The secret, once: with a copy button and a plain statement that it will not be shown again. */
const SecretOnce = ({ secret, name, expiresAt }: { secret: string; name: string; expiresAt: string }) => {
  const translate = useTranslate();
  const redirect = useRedirect();
  const notify = useNotify();
  return (
    <Card sx={{ mt: 2, maxWidth: 880 }} data-testid="token-secret-card">
      <CardContent>
        <Alert severity="warning" sx={{ mb: 2 }}>
          <AlertTitle component="h2">{translate('resources.apiTokens.secret_title', { name })}</AlertTitle>
          {translate('resources.apiTokens.secret_once')}
        </Alert>
        <TextField
          label={translate('resources.apiTokens.secret')}
          value={secret}
          fullWidth
          slotProps={{ htmlInput: { readOnly: true, 'data-testid': 'token-secret', spellCheck: false } }}
          onFocus={(event) => event.target.select()}
        />
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          {translate('resources.apiTokens.secret_usage', { expiresAt: formatDateTime(expiresAt) })}
        </Typography>
        <Box component="pre" sx={{ bgcolor: 'grey.100', p: 1, overflowX: 'auto', fontSize: 13 }}>
          {`curl ${window.location.origin}/graphql -H 'content-type: application/json' \\\n  -H 'authorization: Bearer ${secret}' \\\n  -d '{"query":"{ me { name organisation { name } } }"}'`}
        </Box>
        <Stack direction="row" spacing={1} sx={{ mt: 1 }}>
          <Button
            variant="outlined"
            startIcon={<CopyIcon />}
            onClick={() => {
              void navigator.clipboard?.writeText(secret).then(
                () => notify('resources.apiTokens.copied', { type: 'info' }),
                () => undefined,
              );
            }}
          >
            {translate('resources.apiTokens.copy')}
          </Button>
          <Button variant="contained" onClick={() => redirect('list', 'apiTokens')}>
            {translate('resources.apiTokens.done')}
          </Button>
        </Stack>
      </CardContent>
    </Card>
  );
};

export const ApiTokenCreate = () => {
  const translate = useTranslate();
  const principal = usePrincipal();
  const queryClient = useQueryClient();
  const [created, setCreated] = useState<{ secret: string; name: string; expiresAt: string } | null>(null);
  if (created) {
    return (
      <Box>
        <Title title="resources.apiTokens.create" />
        <SecretOnce {...created} />
      </Box>
    );
  }
  return (
    <CreateBase
      resource="apiTokens"
      redirect={false}
      mutationOptions={{
        onSuccess: (data) => {
          const token = data as unknown as { secret: string; name: string; expiresAt: string };
          setCreated({ secret: token.secret, name: token.name, expiresAt: token.expiresAt });
          // react-admin caches the created record; the secret must live only on this screen.
          queryClient.removeQueries({ queryKey: ['apiTokens'] });
        },
      }}
      record={{ scopes: [ApiTokenScope.READ], expiresAt: inOneYear() }}
    >
      <Title title="resources.apiTokens.create" />
      <Card sx={{ mt: 2, maxWidth: 720 }}>
        <CardContent>
          <Typography variant="h5" component="h1" gutterBottom>
            {translate('resources.apiTokens.create')}
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
            {translate('resources.apiTokens.create_help')}
          </Typography>
          <Form>
            <TextInput
              source="name"
              validate={[required(), maxLength(LIMITS.label)]}
              fullWidth
              helperText="resources.apiTokens.help.name"
            />
            <CheckboxGroupInput
              source="scopes"
              choices={enumChoices('ApiTokenScope')}
              validate={required()}
            />
            <DateTimeInput source="expiresAt" validate={[required(), withinTwoYears]} />
            {principal && isAdmin(principal) && (
              <ReferenceInput source="userId" reference="users" sort={{ field: 'name', order: 'ASC' }}>
                <AutocompleteInput
                  label="resources.apiTokens.fields.serviceAccount"
                  helperText="resources.apiTokens.help.serviceAccount"
                  fullWidth
                />
              </ReferenceInput>
            )}
            <SaveButton label="resources.apiTokens.create" />
          </Form>
        </CardContent>
      </Card>
    </CreateBase>
  );
};

export default ApiTokenCreate;
