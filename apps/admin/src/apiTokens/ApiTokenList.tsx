import { useState } from 'react';
import {
  BooleanInput,
  Confirm,
  CreateButton,
  DataTable,
  FunctionField,
  List,
  SelectInput,
  TextInput,
  TopToolbar,
  useListContext,
  useDelete,
  useNotify,
  useTranslate,
} from 'react-admin';
import { Button, Chip, Stack } from '@mui/material';
import BlockIcon from '@mui/icons-material/Block';
import { isAdmin } from '@gevinst/domain';
import { usePrincipal } from '../access';
import { EmptyState } from '../components';
import { enumLabelKey } from '../enums';
import { formatDateTime } from '../format';

interface Token {
  id: string;
  name: string;
  prefix: string;
  scopes: string[];
  status: string;
  expiresAt: string;
  lastUsedAt: string | null;
  createdAt: string;
  owner?: { id: string; name: string; email: string; organisation?: { name: string } | null } | null;
}

const RevokeButton = ({ token }: { token: Token }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [open, setOpen] = useState(false);
  const [revoke, { isPending }] = useDelete();
  if (token.status !== 'ACTIVE') return null;
  return (
    <>
      <Button
        size="small"
        color="error"
        startIcon={<BlockIcon />}
        disabled={isPending}
        onClick={(event) => {
          event.stopPropagation();
          setOpen(true);
        }}
        aria-label={translate('resources.apiTokens.revoke_named', { name: token.name })}
      >
        {translate('resources.apiTokens.revoke')}
      </Button>
      <Confirm
        isOpen={open}
        title="resources.apiTokens.revoke_title"
        content="resources.apiTokens.revoke_content"
        translateOptions={{ name: token.name }}
        onClose={() => setOpen(false)}
        onConfirm={() => {
          setOpen(false);
          void revoke(
            'apiTokens',
            { id: token.id, previousData: token },
            {
              mutationMode: 'pessimistic',
              onSuccess: () => notify('resources.apiTokens.revoked', { type: 'success' }),
              onError: (error) =>
                notify(error instanceof Error ? error.message : String(error), { type: 'error' }),
            },
          );
        }}
      />
    </>
  );
};

const ACTIVE_CHOICES = [
  { id: 'true', name: 'resources.apiTokens.active_only' },
  { id: 'false', name: 'resources.apiTokens.inactive_only' },
];

const filtersFor = (admin: boolean) => [
  <TextInput key="q" source="q" label="ra.action.search" alwaysOn resettable />,
  <SelectInput
    key="active"
    source="active"
    label="resources.apiTokens.fields.status"
    choices={ACTIVE_CHOICES}
    parse={(value: string) => (value === '' ? null : value === 'true')}
    format={(value: boolean | null | undefined) =>
      value === undefined || value === null ? '' : String(value)
    }
    alwaysOn
  />,
  ...(admin ? [<BooleanInput key="all" source="all" label="resources.apiTokens.all" alwaysOn />] : []),
];

const ownerText = (token: Token) =>
  token.owner ? `${token.owner.name} (${token.owner.organisation?.name ?? token.owner.email})` : '–';

/** The tokens, with whose each is when an administrator lists everybody's. */
const TokenTable = () => {
  const translate = useTranslate();
  const list = useListContext();
  const everybody = (list.filterValues as { all?: boolean }).all === true;
  return (
    <DataTable bulkActionButtons={false}>
      <DataTable.Col source="name" />
      {everybody && (
        <DataTable.Col source="owner" label="resources.apiTokens.fields.owner" disableSort>
          <FunctionField<Token> render={ownerText} />
        </DataTable.Col>
      )}
      <DataTable.Col source="prefix" disableSort>
        <FunctionField<Token> render={(token) => <code>{token.prefix}…</code>} />
      </DataTable.Col>
      <DataTable.Col source="scopes" disableSort>
        <FunctionField<Token>
          render={(token) => (
            <Stack direction="row" spacing={0.5}>
              {token.scopes.map((scope) => (
                <Chip key={scope} size="small" label={translate(enumLabelKey('ApiTokenScope', scope))} />
              ))}
            </Stack>
          )}
        />
      </DataTable.Col>
      <DataTable.Col source="status" disableSort>
        <FunctionField<Token> render={(token) => translate(enumLabelKey('TokenStatus', token.status))} />
      </DataTable.Col>
      <DataTable.Col source="createdAt">
        <FunctionField<Token> render={(token) => formatDateTime(token.createdAt)} />
      </DataTable.Col>
      <DataTable.Col source="expiresAt">
        <FunctionField<Token> render={(token) => formatDateTime(token.expiresAt)} />
      </DataTable.Col>
      <DataTable.Col source="lastUsedAt">
        <FunctionField<Token> render={(token) => formatDateTime(token.lastUsedAt) || '–'} />
      </DataTable.Col>
      <DataTable.Col label="gevinst.actions" disableSort>
        <FunctionField<Token> render={(token) => <RevokeButton token={token} />} />
      </DataTable.Col>
    </DataTable>
  );
};

/** Your API tokens (administrators may list everybody's). The secret is never shown again. */
export const ApiTokenList = () => {
  const principal = usePrincipal();
  const admin = !!principal && isAdmin(principal);
  return (
    <List
      filters={filtersFor(admin)}
      actions={
        <TopToolbar>
          <CreateButton label="resources.apiTokens.create" />
        </TopToolbar>
      }
      sort={{ field: 'createdAt', order: 'DESC' }}
      perPage={25}
      exporter={false}
      empty={
        <EmptyState
          message="resources.apiTokens.empty"
          hint="resources.apiTokens.empty_hint"
          action={<CreateButton label="resources.apiTokens.create" variant="contained" />}
        />
      }
    >
      <TokenTable />
    </List>
  );
};

export default ApiTokenList;
