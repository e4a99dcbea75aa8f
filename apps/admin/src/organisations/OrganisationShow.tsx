import {
  ArrayField,
  BooleanField,
  DataTable,
  EditButton,
  NumberField,
  Pagination,
  ReferenceField,
  ReferenceManyField,
  Show,
  TabbedShowLayout,
  TextField,
  TopToolbar,
  useTranslate,
} from 'react-admin';
import { Typography } from '@mui/material';
import { EnumField } from '../fields';
import { DISPLAY_LOCALE } from '../format';

const ShowActions = () => (
  <TopToolbar>
    <EditButton />
  </TopToolbar>
);

const Empty = ({ message }: { message: string }) => {
  const translate = useTranslate();
  return (
    <Typography variant="body2" color="text.secondary" sx={{ py: 2 }}>
      {translate(message)}
    </Typography>
  );
};

export const OrganisationShow = () => (
  <Show actions={<ShowActions />}>
    <TabbedShowLayout>
      <TabbedShowLayout.Tab label="resources.organisations.tabs.summary">
        <TextField source="name" />
        <TextField source="orgNumber" emptyText="–" />
        <EnumField source="kind" enumName="OrganisationKind" />
        <EnumField source="administrativeLevel" enumName="AdministrativeLevel" />
        <TextField source="municipalityNumber" emptyText="–" />
        <TextField source="countyNumber" emptyText="–" />
        <ReferenceField source="parentId" reference="organisations" link="show" emptyText="–" />
        <NumberField source="population" locales={DISPLAY_LOCALE} emptyText="–" />
        <BooleanField source="isDemo" />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="resources.organisations.tabs.population" path="population">
        <ArrayField source="populations" label={false}>
          <DataTable
            bulkActionButtons={false}
            empty={<Empty message="resources.organisations.empty_populations" />}
          >
            <DataTable.Col source="year" label="resources.organisations.fields.year" disableSort />
            <DataTable.NumberCol
              source="value"
              label="resources.organisations.fields.value"
              locales={DISPLAY_LOCALE}
              disableSort
            />
            <DataTable.Col source="source" label="resources.organisations.fields.source" disableSort />
          </DataTable>
        </ArrayField>
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="resources.organisations.tabs.children" path="children">
        <ReferenceManyField
          reference="organisations"
          target="parentId"
          sort={{ field: 'name', order: 'ASC' }}
          pagination={<Pagination />}
          perPage={25}
          label={false}
          empty={<Empty message="resources.organisations.empty_children" />}
        >
          <DataTable rowClick="show" bulkActionButtons={false}>
            <DataTable.Col source="name" />
            <DataTable.Col source="orgNumber" />
            <DataTable.Col source="kind">
              <EnumField source="kind" enumName="OrganisationKind" />
            </DataTable.Col>
            <DataTable.Col source="municipalityNumber" />
          </DataTable>
        </ReferenceManyField>
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="resources.organisations.tabs.initiatives" path="initiatives">
        <ReferenceManyField
          reference="initiatives"
          target="participantId"
          sort={{ field: 'code', order: 'ASC' }}
          pagination={<Pagination />}
          perPage={25}
          label={false}
          empty={<Empty message="resources.organisations.empty_initiatives" />}
        >
          <DataTable rowClick="show" bulkActionButtons={false}>
            <DataTable.Col source="code" />
            <DataTable.Col source="name" />
            <DataTable.Col source="phase">
              <EnumField source="phase" enumName="InitiativePhase" />
            </DataTable.Col>
          </DataTable>
        </ReferenceManyField>
      </TabbedShowLayout.Tab>
    </TabbedShowLayout>
  </Show>
);

export default OrganisationShow;
