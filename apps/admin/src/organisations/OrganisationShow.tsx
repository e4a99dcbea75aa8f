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
  Form,
  NumberInput,
  SaveButton,
  TextInput,
  required,
  useNotify,
  useLocaleState,
  useRecordContext,
  useRefresh,
  useTranslate,
  type Validator,
} from 'react-admin';
import { useState } from 'react';
import { Paper, Stack, Typography } from '@mui/material';
import { canManageReferenceData, populationSourceLabel } from '@gevinst/domain';
import { usePrincipal } from '../access';
import { useApiMutation } from '../api/client';
import { EnumField } from '../fields';
import { DISPLAY_LOCALE } from '../format';
import { submitOrFieldErrors } from '../submit';
import { SET_POPULATION } from './organisations.graphql';

const ShowActions = () => {
  const principal = usePrincipal();
  return <TopToolbar>{principal && canManageReferenceData(principal) && <EditButton />}</TopToolbar>;
};

const validPopulation: Validator = (value: unknown) =>
  value !== null &&
  value !== undefined &&
  value !== '' &&
  (!Number.isInteger(Number(value)) || Number(value) < 0)
    ? 'gevinst.validation.whole_number'
    : undefined;

/** Administrators add or correct one year's population; other years are untouched. */
const AddPopulation = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const record = useRecordContext<{ id: string }>();
  const principal = usePrincipal();
  const setPopulation = useApiMutation(SET_POPULATION);
  const [formKey, setFormKey] = useState(0);
  if (!record || !principal || !canManageReferenceData(principal)) return null;
  return (
    <Paper variant="outlined" sx={{ p: 2, mt: 2 }} component="section" aria-labelledby="add-population">
      <Typography id="add-population" variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
        {translate('resources.organisations.add_population')}
      </Typography>
      <Form
        key={formKey}
        defaultValues={{ year: new Date().getFullYear(), value: '', source: 'SSB tabell 07459' }}
        onSubmit={(values: { year?: number; value?: number | string; source?: string }) =>
          submitOrFieldErrors(async () => {
            await setPopulation.mutateAsync({
              organisationId: record.id,
              population: {
                year: Number(values.year),
                value: Number(values.value),
                source: values.source || undefined,
              },
            });
            notify('resources.organisations.population_saved', { type: 'success' });
            refresh();
            setFormKey((key) => key + 1);
          }, notify)
        }
      >
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
          <NumberInput
            source="year"
            label="resources.organisations.fields.year"
            validate={required()}
            step={1}
          />
          <NumberInput
            source="value"
            label="resources.organisations.fields.value"
            validate={[required(), validPopulation]}
            step={1}
          />
          <TextInput source="source" label="resources.organisations.fields.source" />
        </Stack>
        <SaveButton alwaysEnable />
      </Form>
    </Paper>
  );
};

const Empty = ({ message }: { message: string }) => {
  const translate = useTranslate();
  return (
    <Typography variant="body2" color="text.secondary" sx={{ py: 2 }}>
      {translate(message)}
    </Typography>
  );
};

/** A population figure's source in words («SSB, folketall 1. januar 2024»), not the stored file path. */
const PopulationSource = () => {
  const record = useRecordContext<{ source: string; year: number }>();
  const [locale] = useLocaleState();
  if (!record) return null;
  return <>{populationSourceLabel(record.source, record.year, locale === 'en' ? 'en' : 'nb')}</>;
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
            <DataTable.Col source="source" label="resources.organisations.fields.source" disableSort>
              <PopulationSource />
            </DataTable.Col>
          </DataTable>
        </ArrayField>
        <AddPopulation />
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
