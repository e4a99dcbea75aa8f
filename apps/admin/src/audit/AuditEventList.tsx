import {
  AutocompleteInput,
  DateInput,
  FilterButton,
  List,
  ReferenceInput,
  SelectInput,
  TextInput,
  TopToolbar,
} from 'react-admin';
import { EmptyState } from '../components';
import { AuditTable } from './AuditTable';

const ENTITY_TYPES = [
  'Initiative',
  'Organisation',
  'CostSharingKey',
  'CostItem',
  'AllocationRun',
  'Benefit',
  'BenefitMeasurement',
  'BenefitOwnerReport',
  'Enabler',
  'BenefitsMapEdge',
  'OrganisationPopulation',
  'User',
  'ApiToken',
  'Session',
].map((id) => ({ id, name: `resources.auditEvents.entity_types.${id}` }));

const filters = [
  <SelectInput key="entityType" source="entityType" choices={ENTITY_TYPES} alwaysOn />,
  <DateInput key="from" source="from" alwaysOn />,
  <DateInput key="to" source="to" alwaysOn />,
  <ReferenceInput key="initiativeId" source="initiativeId" reference="initiatives">
    <AutocompleteInput label="resources.auditEvents.fields.initiativeId" />
  </ReferenceInput>,
  <TextInput key="entityId" source="entityId" />,
  <TextInput key="actorId" source="actorId" />,
];

/** The audit trail, newest first by default; sorted and filtered on the server. */
export const AuditEventList = () => (
  <List
    filters={filters}
    actions={
      <TopToolbar>
        <FilterButton />
      </TopToolbar>
    }
    perPage={25}
    exporter={false}
    sort={{ field: 'occurredAt', order: 'DESC' }}
    empty={<EmptyState message="resources.auditEvents.empty" hint="resources.auditEvents.empty_hint" />}
  >
    <AuditTable />
  </List>
);

export default AuditEventList;
