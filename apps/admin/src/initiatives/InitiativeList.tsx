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
} from 'react-admin';
import { OrganisationKind, Role } from '@gevinst/domain';
import { hasAnyRole, usePrincipal } from '../access';
import { enumChoices } from '../enums';
import { DemoChip, EnumField, IsoDateField } from '../fields';
import { RagChip } from '../components';
import { OverdueReportsChip } from '../statusReports/OverdueReportsChip';
import type { Initiative } from './initiatives.graphql';

const initiativeFilters = [
  <TextInput key="q" source="q" label="ra.action.search" alwaysOn resettable />,
  <SelectInput key="phase" source="phase" choices={enumChoices('InitiativePhase')} alwaysOn />,
  <SelectInput key="rag" source="rag" choices={enumChoices('RagFilter')} alwaysOn />,
  <SelectInput key="lifeEvent" source="lifeEvent" choices={enumChoices('LifeEvent')} />,
  <SelectInput
    key="administrativeLevel"
    source="administrativeLevel"
    choices={enumChoices('AdministrativeLevel')}
  />,
  <ReferenceInput
    key="ministryId"
    source="ministryId"
    reference="organisations"
    filter={{ kind: OrganisationKind.MINISTRY }}
    sort={{ field: 'name', order: 'ASC' }}
  >
    <AutocompleteInput label="resources.initiatives.fields.ministryId" />
  </ReferenceInput>,
  <ReferenceInput key="ownerId" source="ownerId" reference="organisations">
    <AutocompleteInput label="resources.initiatives.fields.ownerId" />
  </ReferenceInput>,
  <NullableBooleanInput key="isDemo" source="isDemo" />,
  <NullableBooleanInput key="statusReportOverdue" source="statusReportOverdue" />,
  <ReferenceInput key="participantId" source="participantId" reference="organisations">
    <AutocompleteInput label="resources.initiatives.fields.participantId" />
  </ReferenceInput>,
];

const ListActions = () => {
  const principal = usePrincipal();
  return (
    <TopToolbar>
      <FilterButton />
      {hasAnyRole(principal, Role.ADMIN, Role.INITIATIVE_OWNER) && <CreateButton />}
    </TopToolbar>
  );
};

export const InitiativeList = () => (
  <List
    filters={initiativeFilters}
    actions={<ListActions />}
    sort={{ field: 'code', order: 'ASC' }}
    perPage={25}
    exporter={false}
  >
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="code" />
      <DataTable.Col source="name" />
      <DataTable.Col source="phase">
        <EnumField source="phase" enumName="InitiativePhase" />
      </DataTable.Col>
      <DataTable.Col source="rag" disableSort>
        <FunctionField<Initiative> render={(initiative) => <RagChip rag={initiative.rag} />} />
      </DataTable.Col>
      <DataTable.Col source="overdueStatusReports" disableSort>
        <FunctionField<Initiative>
          render={(initiative) => <OverdueReportsChip count={initiative.overdueStatusReports} />}
        />
      </DataTable.Col>
      <DataTable.Col source="lifeEvent" disableSort>
        <EnumField source="lifeEvent" enumName="LifeEvent" />
      </DataTable.Col>
      <DataTable.Col source="owner.name" label="resources.initiatives.fields.ownerName" disableSort />
      <DataTable.Col source="startDate">
        <IsoDateField source="startDate" />
      </DataTable.Col>
      <DataTable.Col source="endDate" disableSort>
        <IsoDateField source="endDate" />
      </DataTable.Col>
      <DataTable.Col source="isDemo" disableSort>
        <DemoChip />
      </DataTable.Col>
    </DataTable>
  </List>
);

export default InitiativeList;
