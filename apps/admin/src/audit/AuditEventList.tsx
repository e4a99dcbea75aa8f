import { DateInput, List, SelectInput, TextInput, TopToolbar, FilterButton } from 'react-admin';
import { EmptyState } from '../components';
import { AuditTable } from './AuditTable';

const ENTITY_TYPES = [
  'Initiative',
  'Organisation',
  'CostSharingKey',
  'CostItem',
  'AllocationRun',
  'Benefit',
  'Measurement',
  'User',
  'ApiToken',
  'Session',
].map((id) => ({ id, name: `resources.auditEvents.entity_types.${id}` }));

const filters = [
  <SelectInput key="entityType" source="entityType" choices={ENTITY_TYPES} alwaysOn />,
  <DateInput key="from" source="from" alwaysOn />,
  <DateInput key="to" source="to" alwaysOn />,
  <TextInput key="entityId" source="entityId" />,
  <TextInput key="actorId" source="actorId" />,
];

/** The audit trail, newest first (the API's order); filters on the server. */
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
