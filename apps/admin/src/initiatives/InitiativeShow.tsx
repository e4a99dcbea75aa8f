import {
  ArrayField,
  BooleanField,
  DataTable,
  EditButton,
  Labeled,
  ReferenceField,
  Show,
  TabbedShowLayout,
  TextField,
  TopToolbar,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { Typography } from '@mui/material';
import type { Initiative } from '../dataProvider';
import { EnumField, IsoDateField, NokField } from '../fields';
import { formatNok, sumNok } from '../format';

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

const TotalFunding = () => {
  const record = useRecordContext<Initiative>();
  if (!record) return null;
  return (
    <Labeled label="resources.initiatives.fields.totalFunding">
      <Typography variant="body2" sx={{ fontWeight: 600 }}>
        {formatNok(sumNok(record.fundingSources.map((source) => source.amount)))}
      </Typography>
    </Labeled>
  );
};

export const InitiativeShow = () => (
  <Show actions={<ShowActions />}>
    <TabbedShowLayout>
      <TabbedShowLayout.Tab label="resources.initiatives.tabs.summary">
        <TextField source="code" />
        <TextField source="name" />
        <TextField source="description" emptyText="–" sx={{ whiteSpace: 'pre-wrap' }} />
        <ReferenceField source="ministryId" reference="organisations" link="show" emptyText="–" />
        <ReferenceField source="ownerId" reference="organisations" link="show" emptyText="–" />
        <EnumField source="phase" enumName="InitiativePhase" />
        <EnumField source="lifeEvent" enumName="LifeEvent" />
        <IsoDateField source="startDate" />
        <IsoDateField source="endDate" />
        <BooleanField source="isDemo" />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="resources.initiatives.tabs.funding" path="funding">
        <ArrayField source="fundingSources" label={false}>
          <DataTable
            bulkActionButtons={false}
            empty={<Empty message="resources.initiatives.empty_funding" />}
          >
            <DataTable.Col source="scheme" label="resources.initiatives.fields.scheme" disableSort>
              <EnumField source="scheme" enumName="FundingScheme" />
            </DataTable.Col>
            <DataTable.Col
              source="amount"
              label="resources.initiatives.fields.amount"
              align="right"
              disableSort
            >
              <NokField source="amount" />
            </DataTable.Col>
            <DataTable.Col
              source="description"
              label="resources.initiatives.fields.fundingDescription"
              disableSort
            />
          </DataTable>
        </ArrayField>
        <TotalFunding />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="resources.initiatives.tabs.participants" path="participants">
        <ArrayField source="participants" label={false}>
          <DataTable
            bulkActionButtons={false}
            empty={<Empty message="resources.initiatives.empty_participants" />}
          >
            <DataTable.Col
              source="organisation.name"
              label="resources.initiatives.fields.organisation"
              disableSort
            >
              <ReferenceField source="organisation.id" reference="organisations" link="show" />
            </DataTable.Col>
            <DataTable.Col source="role" label="resources.initiatives.fields.role" disableSort>
              <EnumField source="role" enumName="ParticipantRole" />
            </DataTable.Col>
          </DataTable>
        </ArrayField>
      </TabbedShowLayout.Tab>
    </TabbedShowLayout>
  </Show>
);

export default InitiativeShow;
