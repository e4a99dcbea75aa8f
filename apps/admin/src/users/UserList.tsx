import {
  AutocompleteInput,
  CreateButton,
  DataTable,
  FilterButton,
  FunctionField,
  List,
  NullableBooleanInput,
  ReferenceInput,
  SelectInput,
  TextInput,
  TopToolbar,
  useTranslate,
} from 'react-admin';
import { Chip, Stack } from '@mui/material';
import { EmptyState } from '../components';
import { enumChoices, enumLabelKey } from '../enums';
import { formatDateTime } from '../format';

const filters = [
  <TextInput key="q" source="q" label="ra.action.search" alwaysOn resettable />,
  <SelectInput key="role" source="role" choices={enumChoices('Role')} alwaysOn />,
  <ReferenceInput key="organisationId" source="organisationId" reference="organisations">
    <AutocompleteInput label="resources.users.fields.organisationId" />
  </ReferenceInput>,
  <NullableBooleanInput key="active" source="active" />,
];

const Roles = () => {
  const translate = useTranslate();
  return (
    <FunctionField<{ roles: string[] }>
      render={(user) => (
        <Stack direction="row" spacing={0.5}>
          {user.roles.map((role) => (
            <Chip key={role} size="small" label={translate(enumLabelKey('Role', role))} />
          ))}
        </Stack>
      )}
    />
  );
};

export const UserList = () => (
  <List
    filters={filters}
    actions={
      <TopToolbar>
        <FilterButton />
        <CreateButton />
        <CreateButton resource="serviceAccounts" label="resources.serviceAccounts.create_title" />
      </TopToolbar>
    }
    perPage={25}
    exporter={false}
    empty={<EmptyState message="resources.users.empty" />}
  >
    <DataTable rowClick="edit" bulkActionButtons={false}>
      <DataTable.Col source="name" />
      <DataTable.Col source="email" />
      <DataTable.Col source="kind" disableSort>
        <FunctionField<{ kind: string }> render={(user) => <KindLabel kind={user.kind} />} />
      </DataTable.Col>
      <DataTable.Col source="organisation.name" label="resources.users.fields.organisationId" disableSort />
      <DataTable.Col source="roles" disableSort>
        <Roles />
      </DataTable.Col>
      <DataTable.Col source="active" disableSort>
        <FunctionField<{ active: boolean }>
          render={(user, _source) => <ActiveLabel active={user.active} />}
        />
      </DataTable.Col>
      <DataTable.Col source="lastLoginAt">
        <FunctionField<{ lastLoginAt: string | null }>
          render={(user) => formatDateTime(user.lastLoginAt) || '–'}
        />
      </DataTable.Col>
    </DataTable>
  </List>
);

const ActiveLabel = ({ active }: { active: boolean }) => {
  const translate = useTranslate();
  return <>{translate(active ? 'resources.users.active' : 'resources.users.inactive')}</>;
};

/** A person or a service account (an integration using API tokens only). */
const KindLabel = ({ kind }: { kind: string }) => {
  const translate = useTranslate();
  const label = translate(enumLabelKey('UserKind', kind));
  return kind === 'SERVICE_ACCOUNT' ? <Chip size="small" variant="outlined" label={label} /> : <>{label}</>;
};

export default UserList;
