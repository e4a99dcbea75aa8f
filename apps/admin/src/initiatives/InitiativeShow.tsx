import {
  ArrayField,
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
import { Grid, Typography } from '@mui/material';
import { DemoChip, EnumField, IsoDateField, NokField } from '../fields';
import { EmptyState } from '../components';
import { formatNok, sumNok } from '../format';
import { useCanEditInitiative } from './useCanEdit';
import { AuditTab } from './tabs/AuditTab';
import { BenefitPlanTab } from './tabs/BenefitPlanTab';
import { BenefitsTab } from './tabs/BenefitsTab';
import { CostSharingTab } from './tabs/CostSharingTab';
import { CostsTab } from './tabs/CostsTab';
import { EconomicsTab } from './tabs/EconomicsTab';
import { FundingPlanTab } from './tabs/FundingPlanTab';
import { ParticipantsTab } from './tabs/ParticipantsTab';
import { StatusReportsTab } from '../statusReports/StatusReportsTab';
import type { Initiative } from './initiatives.graphql';

const ShowActions = () => {
  const canEdit = useCanEditInitiative();
  return <TopToolbar>{canEdit && <EditButton />}</TopToolbar>;
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

const Title = () => {
  const record = useRecordContext<Initiative>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <span>
      {translate('resources.initiatives.name', { smart_count: 1 })} {record.code}
    </span>
  );
};

const Overview = () => (
  <Grid container columnSpacing={4}>
    <Grid size={{ xs: 12, md: 6 }}>
      <Labeled>
        <TextField source="code" />
      </Labeled>
      <Labeled>
        <TextField source="name" />
      </Labeled>
      <Labeled>
        <TextField source="description" emptyText="–" sx={{ whiteSpace: 'pre-wrap' }} />
      </Labeled>
      <Labeled>
        <DemoChip />
      </Labeled>
    </Grid>
    <Grid size={{ xs: 12, md: 6 }}>
      <Labeled>
        <ReferenceField source="ministryId" reference="organisations" link="show" emptyText="–" />
      </Labeled>
      <Labeled>
        <ReferenceField source="ownerId" reference="organisations" link="show" emptyText="–" />
      </Labeled>
      <Labeled>
        <EnumField source="phase" enumName="InitiativePhase" />
      </Labeled>
      <Labeled>
        <EnumField source="lifeEvent" enumName="LifeEvent" emptyText="–" />
      </Labeled>
      <Labeled>
        <IsoDateField source="startDate" />
      </Labeled>
      <Labeled>
        <IsoDateField source="endDate" />
      </Labeled>
    </Grid>
    <Grid size={12}>
      <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600, mt: 2 }}>
        <FundingHeading />
      </Typography>
      <ArrayField source="fundingSources" label={false}>
        <DataTable
          bulkActionButtons={false}
          empty={<EmptyState message="resources.initiatives.empty_funding" />}
        >
          <DataTable.Col source="year" label="resources.initiatives.fields.fundingYear" disableSort />
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
            source="receivedAmount"
            label="resources.initiatives.fields.receivedAmount"
            align="right"
            disableSort
          >
            <NokField source="receivedAmount" />
          </DataTable.Col>
          <DataTable.Col
            source="organisation.name"
            label="resources.initiatives.fields.fundingOrganisation"
            disableSort
          />
          <DataTable.Col
            source="description"
            label="resources.initiatives.fields.fundingDescription"
            disableSort
          />
        </DataTable>
      </ArrayField>
      <TotalFunding />
    </Grid>
  </Grid>
);

const FundingHeading = () => {
  const translate = useTranslate();
  return <>{translate('resources.initiatives.tabs.funding')}</>;
};

/** An initiative and everything about it, one tab per job. */
export const InitiativeShow = () => (
  <Show actions={<ShowActions />} title={<Title />}>
    <TabbedShowLayout>
      <TabbedShowLayout.Tab label="resources.initiatives.tabs.summary">
        <Overview />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="resources.initiatives.tabs.participants" path="participants">
        <ParticipantsTab />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="resources.initiatives.tabs.costs" path="costs">
        <CostsTab />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="resources.initiatives.tabs.funding_plan" path="funding-plan">
        <FundingPlanTab />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="resources.initiatives.tabs.cost_sharing" path="cost-sharing">
        <CostSharingTab />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="resources.initiatives.tabs.benefits" path="benefits">
        <BenefitsTab />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="resources.initiatives.tabs.benefit_plan" path="benefit-plan">
        <BenefitPlanTab />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="resources.initiatives.tabs.status_reports" path="status-reports">
        <StatusReportsTab />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="resources.initiatives.tabs.economics" path="economics">
        <EconomicsTab />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="resources.initiatives.tabs.history" path="history">
        <AuditTab />
      </TabbedShowLayout.Tab>
    </TabbedShowLayout>
  </Show>
);

export default InitiativeShow;
