import {
  AutocompleteArrayInput,
  AutocompleteInput,
  CreateButton,
  DataTable,
  FilterButton,
  FunctionField,
  List,
  ReferenceArrayInput,
  ReferenceInput,
  SelectArrayInput,
  TextInput,
  TopToolbar,
} from 'react-admin';
import { Role } from '@gevinst/domain';
import { hasAnyRole, usePrincipal } from '../access';
import { EmptyState, RagChip } from '../components';
import { enumChoices } from '../enums';
import { EnumField } from '../fields';
import { formatPercent } from '../format';
import type { Benefit } from './benefits.graphql';

const filters = [
  <TextInput key="q" source="q" label="ra.action.search" alwaysOn resettable />,
  <SelectArrayInput key="status" source="status" choices={enumChoices('BenefitStatus')} alwaysOn />,
  <SelectArrayInput key="category" source="category" choices={enumChoices('BenefitCategory')} />,
  // Status today (RAG), and several initiatives: what the portfolio dashboard's benefit counts open.
  <SelectArrayInput
    key="rag"
    source="rag"
    label="resources.benefits.fields.rag"
    choices={enumChoices('RagFilter')}
  />,
  <ReferenceArrayInput
    key="initiativeIds"
    source="initiativeIds"
    reference="initiatives"
    sort={{ field: 'code', order: 'ASC' }}
  >
    <AutocompleteArrayInput label="resources.benefits.fields.initiativeIds" />
  </ReferenceArrayInput>,
  <ReferenceInput
    key="initiativeId"
    source="initiativeId"
    reference="initiatives"
    sort={{ field: 'code', order: 'ASC' }}
  >
    <AutocompleteInput label="resources.benefits.fields.initiativeId" />
  </ReferenceInput>,
  <ReferenceInput key="receivingOrganisationId" source="receivingOrganisationId" reference="organisations">
    <AutocompleteInput label="resources.benefits.fields.receivingOrganisationId" />
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

/** Benefits, filtered, sorted and paged on the server (by initiative code, then as added, by default). */
export const BenefitList = () => (
  <List
    filters={filters}
    actions={<Actions />}
    perPage={25}
    sort={{ field: 'initiative.code', order: 'ASC' }}
    exporter={false}
    empty={<EmptyState message="gevinst.benefits.empty" hint="gevinst.benefits.empty_hint" />}
  >
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="title" />
      <DataTable.Col source="initiative.code" label="resources.benefits.fields.initiativeId" />
      <DataTable.Col source="category">
        <EnumField source="category" enumName="BenefitCategory" />
      </DataTable.Col>
      <DataTable.Col source="status">
        <EnumField source="status" enumName="BenefitStatus" />
      </DataTable.Col>
      <DataTable.Col
        source="receivingOrganisation.name"
        label="resources.benefits.fields.receivingOrganisationId"
        disableSort
      />
      <DataTable.Col source="rag" disableSort>
        <FunctionField<Benefit> render={(benefit) => <RagChip rag={benefit.rag} />} />
      </DataTable.Col>
      <DataTable.Col
        source="realisation.percent"
        label="resources.benefits.fields.percent"
        align="right"
        disableSort
      >
        <FunctionField<Benefit> render={(benefit) => formatPercent(benefit.realisation?.percent) || '–'} />
      </DataTable.Col>
    </DataTable>
  </List>
);

export default BenefitList;
