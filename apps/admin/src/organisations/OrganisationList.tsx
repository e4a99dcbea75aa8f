import {
  AutocompleteInput,
  CreateButton,
  DataTable,
  FilterButton,
  List,
  NullableBooleanInput,
  ReferenceInput,
  SelectInput,
  TextInput,
  TopToolbar,
} from 'react-admin';
import { canManageReferenceData } from '@gevinst/domain';
import { usePrincipal } from '../access';
import { enumChoices } from '../enums';
import { PopulationImportButton } from './PopulationImport';
import { EnumField } from '../fields';
import { DISPLAY_LOCALE } from '../format';
import type { Organisation } from './organisations.graphql';

const organisationFilters = [
  <TextInput key="q" source="q" label="ra.action.search" alwaysOn resettable />,
  <SelectInput key="kind" source="kind" choices={enumChoices('OrganisationKind')} />,
  <SelectInput
    key="administrativeLevel"
    source="administrativeLevel"
    choices={enumChoices('AdministrativeLevel')}
  />,
  <TextInput key="countyNumber" source="countyNumber" />,
  <NullableBooleanInput key="isDemo" source="isDemo" />,
  <ReferenceInput key="parentId" source="parentId" reference="organisations">
    <AutocompleteInput label="resources.organisations.fields.parentId" />
  </ReferenceInput>,
];

const ListActions = () => {
  const principal = usePrincipal();
  return (
    <TopToolbar>
      <FilterButton />
      {principal && canManageReferenceData(principal) && <PopulationImportButton />}
      {principal && canManageReferenceData(principal) && <CreateButton />}
    </TopToolbar>
  );
};

export const OrganisationList = () => (
  <List
    filters={organisationFilters}
    actions={<ListActions />}
    sort={{ field: 'name', order: 'ASC' }}
    perPage={25}
    exporter={false}
  >
    <DataTable rowClick="show" bulkActionButtons={false}>
      {/* Sorted by the name; shown as «Brønnøy kommune» (displayName). */}
      <DataTable.Col source="name" render={(record: Organisation) => record.displayName ?? record.name} />
      <DataTable.Col source="orgNumber" />
      <DataTable.Col source="kind">
        <EnumField source="kind" enumName="OrganisationKind" />
      </DataTable.Col>
      <DataTable.Col source="municipalityNumber" />
      <DataTable.Col source="countyNumber" disableSort />
      <DataTable.NumberCol source="population" locales={DISPLAY_LOCALE} />
    </DataTable>
  </List>
);

export default OrganisationList;
