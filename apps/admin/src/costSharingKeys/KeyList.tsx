import {
  AutocompleteInput,
  CreateButton,
  DataTable,
  FilterButton,
  FunctionField,
  List,
  ReferenceInput,
  SelectInput,
  TextInput,
  TopToolbar,
  type RaRecord,
} from 'react-admin';
import { canEditInitiative, Role } from '@gevinst/domain';
import { hasAnyRole, usePrincipal } from '../access';
import { DemoChip, EnumField } from '../fields';
import { EmptyState } from '../components';
import { enumChoices } from '../enums';
import { formatDateTime } from '../format';
import { useDescribeSpec } from './describeSpec';
import type { CostSharingKeyRecord } from './costSharingKeys.graphql';

const filters = [
  <TextInput key="q" source="q" label="ra.action.search" alwaysOn resettable />,
  <SelectInput key="method" source="method" choices={enumChoices('CostSharingMethod')} alwaysOn />,
  <ReferenceInput key="ownerOrganisationId" source="ownerOrganisationId" reference="organisations">
    <AutocompleteInput label="resources.costSharingKeys.fields.ownerOrganisationId" />
  </ReferenceInput>,
];

const Actions = () => {
  const principal = usePrincipal();
  return (
    <TopToolbar>
      <FilterButton />
      {hasAnyRole(principal, Role.ADMIN, Role.INITIATIVE_OWNER) && <CreateButton />}
    </TopToolbar>
  );
};

const Rules = () => {
  const describe = useDescribeSpec();
  return <FunctionField<CostSharingKeyRecord> render={(record) => describe(record.spec)} />;
};

/** Keys: owners of a key's organisation open the editor, everyone else the read-only page. */
export const KeyList = () => {
  const principal = usePrincipal();
  const rowClick = (_id: unknown, _resource: string, record: RaRecord) =>
    principal &&
    canEditInitiative(principal, { ownerId: (record as CostSharingKeyRecord).ownerOrganisationId })
      ? 'edit'
      : 'show';
  return (
    <List
      filters={filters}
      actions={<Actions />}
      perPage={25}
      sort={{ field: 'name', order: 'ASC' }}
      exporter={false}
      empty={<EmptyState message="gevinst.keys.empty" hint="gevinst.keys.empty_hint" />}
    >
      <DataTable rowClick={rowClick} bulkActionButtons={false}>
        <DataTable.Col source="name" />
        <DataTable.Col source="method" disableSort>
          <EnumField source="method" enumName="CostSharingMethod" />
        </DataTable.Col>
        <DataTable.Col source="rules" label="gevinst.key_editor.rules" disableSort>
          <Rules />
        </DataTable.Col>
        <DataTable.Col
          source="ownerOrganisation.name"
          label="resources.costSharingKeys.fields.ownerOrganisationId"
          disableSort
        />
        <DataTable.Col source="currentVersion" disableSort />
        <DataTable.Col source="updatedAt">
          <FunctionField<CostSharingKeyRecord> render={(key) => formatDateTime(key.updatedAt)} />
        </DataTable.Col>
        <DataTable.Col source="isDemo" disableSort>
          <DemoChip />
        </DataTable.Col>
      </DataTable>
    </List>
  );
};

export default KeyList;
