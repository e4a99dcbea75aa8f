import {
  AutocompleteInput,
  ColumnsButton,
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
import { formatNok, formatPercent } from '../format';
import { OverdueReportsChip } from '../statusReports/OverdueReportsChip';
import type { Initiative } from './initiatives.graphql';

const initiativeFilters = [
  <TextInput key="q" source="q" label="ra.action.search" alwaysOn resettable />,
  <SelectInput key="phase" source="phase" choices={enumChoices('InitiativePhase')} alwaysOn />,
  <SelectInput key="rag" source="rag" choices={enumChoices('RagFilter')} alwaysOn />,
  <SelectInput key="lifeEvent" source="lifeEvent" choices={enumChoices('LifeEvent')} />,
  // The dashboard's drill-downs: «Uten livshendelse» and the breakdown by the owner's level (issue 16).
  <NullableBooleanInput key="withoutLifeEvent" source="withoutLifeEvent" />,
  <SelectInput
    key="ownerAdministrativeLevel"
    source="ownerAdministrativeLevel"
    choices={enumChoices('AdministrativeLevel')}
  />,
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

/** Columns shown only when chosen under «Kolonner» (the figures take their room at 1366 px). */
const HIDDEN_BY_DEFAULT = ['startDate', 'endDate', 'isDemo'];

const ListActions = () => {
  const principal = usePrincipal();
  return (
    <TopToolbar>
      <FilterButton />
      {/* The figure columns make the list wide: the dates and the demo marker are one choice away. */}
      <ColumnsButton />
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
    <DataTable rowClick="show" bulkActionButtons={false} hiddenColumns={HIDDEN_BY_DEFAULT}>
      <DataTable.Col source="code" />
      <DataTable.Col source="name" />
      <DataTable.Col source="phase">
        <EnumField source="phase" enumName="InitiativePhase" />
      </DataTable.Col>
      <DataTable.Col source="rag" disableSort>
        <FunctionField<Initiative> render={(initiative) => <RagChip rag={initiative.rag} />} />
      </DataTable.Col>
      {/* Figures as of today, the definitions of portfolioSummary.byInitiative; sorted on the server. */}
      <DataTable.Col<Initiative>
        source="figures.plannedBenefitToDateNok"
        label="resources.initiatives.fields.plannedBenefitToDateNok"
        align="right"
        sortByOrder="DESC"
        render={(initiative) => formatNok(initiative.figures?.plannedBenefitToDateNok)}
      />
      <DataTable.Col<Initiative>
        source="figures.realisedBenefitNok"
        label="resources.initiatives.fields.realisedBenefitNok"
        align="right"
        sortByOrder="DESC"
        render={(initiative) => formatNok(initiative.figures?.realisedBenefitNok)}
      />
      <DataTable.Col<Initiative>
        source="figures.realisationPercent"
        label="resources.initiatives.fields.realisationPercent"
        align="right"
        render={(initiative) => formatPercent(initiative.figures?.realisationPercent, { digits: 1 }) || '–'}
      />
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
