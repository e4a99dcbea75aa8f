/**
 * The administrators' page for OpenID Connect identity providers: the list (the one from the OIDC_*
 * environment variables read-only), and a form to add or change one with its role mapping table. The
 * client secret is write-only: the API never returns it.
 */
import { useState } from 'react';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Chip,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import {
  ArrayInput,
  AutocompleteInput,
  BooleanInput,
  Form,
  PasswordInput,
  ReferenceInput,
  SaveButton,
  SelectInput,
  SimpleFormIterator,
  TextInput,
  Title,
  required,
  useNotify,
  useTranslate,
} from 'react-admin';
import { messageOf, useApiMutation, useApiQuery } from '../api/client';
import type { IdentityProviderFieldsFragment, Role } from '../api/graphql';
import { enumChoices, enumLabelKey } from '../enums';
import { formatDateTime } from '../format';
import {
  CREATE_IDENTITY_PROVIDER,
  DELETE_IDENTITY_PROVIDER,
  IDENTITY_PROVIDERS,
  UPDATE_IDENTITY_PROVIDER,
} from './identityProviders.graphql';

interface FormValues {
  slug: string;
  displayName: string;
  issuerUrl: string;
  clientId: string;
  clientSecret?: string | null;
  scopes: string;
  organisationClaim?: string | null;
  organisationId?: string | null;
  groupClaim: string;
  roleMappings: { claimValue: string; role: Role }[];
  enabled: boolean;
}

const label = (key: string) => `gevinst.identity_providers.${key}`;

const NEW: FormValues = {
  slug: '',
  displayName: '',
  issuerUrl: 'https://',
  clientId: '',
  clientSecret: '',
  scopes: 'openid profile email',
  organisationClaim: '',
  organisationId: null,
  groupClaim: 'groups',
  roleMappings: [],
  enabled: true,
};

function ProviderForm({
  provider,
  onDone,
}: {
  provider: IdentityProviderFieldsFragment | null;
  onDone: () => void;
}) {
  const translate = useTranslate();
  const notify = useNotify();
  const create = useApiMutation(CREATE_IDENTITY_PROVIDER);
  const update = useApiMutation(UPDATE_IDENTITY_PROVIDER);
  const defaults: FormValues = provider
    ? {
        slug: provider.slug,
        displayName: provider.displayName,
        issuerUrl: provider.issuerUrl,
        clientId: provider.clientId,
        clientSecret: '',
        scopes: provider.scopes,
        organisationClaim: provider.organisationClaim ?? '',
        organisationId: provider.organisationId ?? null,
        groupClaim: provider.groupClaim,
        roleMappings: provider.roleMappings.map(({ claimValue, role }) => ({ claimValue, role })),
        enabled: provider.enabled,
      }
    : NEW;

  const save = (values: Partial<FormValues>) => {
    const input = {
      slug: values.slug ?? '',
      displayName: values.displayName ?? '',
      issuerUrl: values.issuerUrl ?? '',
      clientId: values.clientId ?? '',
      clientSecret: values.clientSecret || null,
      scopes: values.scopes ?? '',
      organisationClaim: values.organisationClaim || null,
      organisationId: values.organisationId || null,
      groupClaim: values.groupClaim ?? '',
      roleMappings: (values.roleMappings ?? []).map(({ claimValue, role }) => ({ claimValue, role })),
      enabled: values.enabled ?? true,
    };
    const done = {
      onSuccess: () => {
        notify(label('saved'), { type: 'success' });
        onDone();
      },
      onError: (error: Error) =>
        notify(messageOf(error), { type: 'error', messageArgs: { _: messageOf(error) } }),
    };
    if (provider) update.mutate({ id: provider.id, input: { ...input, version: provider.version } }, done);
    else create.mutate({ input }, done);
  };

  return (
    <Card sx={{ mb: 2 }} data-testid="identity-provider-form">
      <CardContent>
        <Form<Partial<FormValues>> defaultValues={defaults} onSubmit={save}>
          <Stack spacing={0} sx={{ maxWidth: 640 }}>
            <TextInput source="displayName" label={label('display_name')} validate={required()} fullWidth />
            <TextInput source="slug" label={label('slug')} validate={required()} fullWidth />
            <TextInput source="issuerUrl" label={label('issuer_url')} validate={required()} fullWidth />
            <TextInput source="clientId" label={label('client_id')} validate={required()} fullWidth />
            <PasswordInput
              source="clientSecret"
              label={label('client_secret')}
              helperText={provider ? label('client_secret_keep') : false}
              validate={provider ? undefined : required()}
              autoComplete="new-password"
              fullWidth
            />
            <TextInput source="scopes" label={label('scopes')} fullWidth />
            <TextInput source="organisationClaim" label={label('organisation_claim')} fullWidth />
            <ReferenceInput
              source="organisationId"
              reference="organisations"
              sort={{ field: 'name', order: 'ASC' }}
            >
              <AutocompleteInput label={label('organisation')} fullWidth />
            </ReferenceInput>
            <TextInput source="groupClaim" label={label('group_claim')} fullWidth />
            <ArrayInput source="roleMappings" label={label('role_mappings')}>
              <SimpleFormIterator inline disableReordering>
                <TextInput source="claimValue" label={label('claim_value')} validate={required()} />
                <SelectInput
                  source="role"
                  label={label('role')}
                  choices={enumChoices('Role')}
                  validate={required()}
                />
              </SimpleFormIterator>
            </ArrayInput>
            <BooleanInput source="enabled" label={label('enabled')} />
          </Stack>
          <Stack direction="row" spacing={1}>
            <SaveButton label={label('save')} alwaysEnable />
            <Button onClick={onDone}>{translate(label('cancel'))}</Button>
          </Stack>
        </Form>
      </CardContent>
    </Card>
  );
}

export const IdentityProvidersPage = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const { data, error } = useApiQuery(IDENTITY_PROVIDERS);
  const remove = useApiMutation(DELETE_IDENTITY_PROVIDER);
  const [editing, setEditing] = useState<IdentityProviderFieldsFragment | 'new' | null>(null);
  const providers = data?.identityProviders ?? [];

  return (
    <Box sx={{ mt: 2 }} data-testid="identity-providers">
      <Title title={label('title')} />
      <Typography variant="h5" component="h1" gutterBottom>
        {translate(label('title'))}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2, maxWidth: 800 }}>
        {translate(label('intro'))}
      </Typography>
      {error && <Alert severity="error">{messageOf(error)}</Alert>}
      {editing ? (
        <ProviderForm
          key={editing === 'new' ? 'new' : editing.id}
          provider={editing === 'new' ? null : editing}
          onDone={() => setEditing(null)}
        />
      ) : (
        <Button startIcon={<AddIcon />} variant="contained" onClick={() => setEditing('new')} sx={{ mb: 2 }}>
          {translate(label('add'))}
        </Button>
      )}
      {data && providers.length === 0 && <Typography>{translate(label('empty'))}</Typography>}
      {providers.length > 0 && (
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{translate(label('display_name'))}</TableCell>
              <TableCell>{translate(label('issuer_url'))}</TableCell>
              <TableCell>{translate(label('role_mappings'))}</TableCell>
              <TableCell>{translate(label('redirect_uri'))}</TableCell>
              <TableCell>{translate(label('created_at'))}</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {providers.map((provider) => (
              <TableRow key={provider.id}>
                <TableCell>
                  {provider.displayName}{' '}
                  <Chip
                    size="small"
                    label={translate(label(provider.enabled ? 'enabled' : 'disabled'))}
                    color={provider.enabled ? 'success' : 'default'}
                  />
                </TableCell>
                <TableCell>{provider.issuerUrl}</TableCell>
                <TableCell>
                  {provider.roleMappings
                    .map(
                      (mapping) => `${mapping.claimValue} → ${translate(enumLabelKey('Role', mapping.role))}`,
                    )
                    .join(', ') || '–'}
                </TableCell>
                <TableCell>
                  <code>{provider.redirectUri}</code>
                </TableCell>
                <TableCell>{provider.createdAt ? formatDateTime(provider.createdAt) : '–'}</TableCell>
                <TableCell>
                  {provider.fromEnvironment ? (
                    <Typography variant="caption" color="text.secondary">
                      {translate(label('from_environment'))}
                    </Typography>
                  ) : (
                    <Stack direction="row" spacing={1}>
                      <Button size="small" onClick={() => setEditing(provider)}>
                        {translate(label('edit'))}
                      </Button>
                      <Button
                        size="small"
                        color="error"
                        onClick={() =>
                          remove.mutate(
                            { id: provider.id },
                            {
                              onSuccess: () => notify(label('deleted'), { type: 'success' }),
                              onError: (e) =>
                                notify(messageOf(e), { type: 'error', messageArgs: { _: messageOf(e) } }),
                            },
                          )
                        }
                      >
                        {translate(label('delete'))}
                      </Button>
                    </Stack>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Box>
  );
};

export default IdentityProvidersPage;
