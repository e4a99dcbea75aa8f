import {
  AutocompleteInput,
  DateInput,
  FilterButton,
  List,
  ReferenceInput,
  SelectInput,
  TopToolbar,
  useLocaleState,
} from 'react-admin';
import { EmptyState } from '../components';
import { AuditTable } from './AuditTable';
import { entityTypeChoices, operationChoices } from './auditWords';

/** The filters: what kind of entity, which operation, who (by name), when (Norwegian days), which initiative. */
const filtersFor = (locale: string) => [
  <SelectInput
    key="entityType"
    source="entityType"
    choices={entityTypeChoices(locale)}
    translateChoice={false}
    alwaysOn
  />,
  <SelectInput
    key="operation"
    source="operation"
    choices={operationChoices(locale)}
    translateChoice={false}
  />,
  <DateInput key="from" source="from" alwaysOn />,
  <DateInput key="to" source="to" alwaysOn />,
  <ReferenceInput key="actorId" source="actorId" reference="users" sort={{ field: 'name', order: 'ASC' }}>
    <AutocompleteInput label="resources.auditEvents.fields.actorId" optionText="name" />
  </ReferenceInput>,
  <ReferenceInput key="initiativeId" source="initiativeId" reference="initiatives">
    <AutocompleteInput label="resources.auditEvents.fields.initiativeId" />
  </ReferenceInput>,
];

/** The audit trail, newest first by default; sorted and filtered on the server. */
export const AuditEventList = () => {
  const [locale] = useLocaleState();
  return (
    <List
      filters={filtersFor(locale)}
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
};

export default AuditEventList;
