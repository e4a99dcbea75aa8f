import { useState } from 'react';
import {
  BooleanInput,
  Confirm,
  CreateButton,
  DataTable,
  FunctionField,
  List,
  TopToolbar,
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

const filtersFor = (admin: boolean) =>
  admin ? [<BooleanInput key="all" source="all" label="resources.apiTokens.all" alwaysOn />] : undefined;

/** Your API tokens (administrators may list everybody's). The secret is never shown again. */
export const ApiTokenList = () => {
  const translate = useTranslate();
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
      <DataTable bulkActionButtons={false}>
        <DataTable.Col source="name" />
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
        <DataTable.Col source="status">
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
    </List>
  );
};

export default ApiTokenList;
