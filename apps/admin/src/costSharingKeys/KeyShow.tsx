import { EditButton, Form, Labeled, Show, TextField, TopToolbar, useRecordContext } from 'react-admin';
import { Box, Typography } from '@mui/material';
import { canEditInitiative } from '@gevinst/domain';
import { usePrincipal } from '../access';
import { EnumField } from '../fields';
import { useDescribeSpec } from './describeSpec';
import { KeyPreviewPanel } from './KeyPreviewPanel';
import { formatDate } from '../format';
import { usePreviewDefaults } from './KeyEditor';
import { PreviewProblemsProvider } from './problems';
import type { CostSharingKeyRecord } from './costSharingKeys.graphql';

const Actions = () => {
  const record = useRecordContext<CostSharingKeyRecord>();
  const principal = usePrincipal();
  const mayEdit =
    !!record && !!principal && canEditInitiative(principal, { ownerId: record.ownerOrganisationId });
  return <TopToolbar>{mayEdit && <EditButton />}</TopToolbar>;
};

const PreviewForm = ({ record }: { record: CostSharingKeyRecord }) => {
  const defaults = usePreviewDefaults(String(record.id));
  if (!defaults) return null;
  return (
    <PreviewProblemsProvider>
      <Form record={{ spec: record.spec, populationYear: record.populationYear, _preview: defaults }}>
        <KeyPreviewPanel keyId={String(record.id)} />
      </Form>
    </PreviewProblemsProvider>
  );
};

const Body = () => {
  const describe = useDescribeSpec();
  const record = useRecordContext<CostSharingKeyRecord>();
  if (!record) return null;
  return (
    <Box sx={{ p: 2 }}>
      <Typography variant="h5" component="h1" gutterBottom>
        {record.name}
      </Typography>
      <Labeled label="resources.costSharingKeys.fields.description">
        <TextField source="description" emptyText="–" />
      </Labeled>
      <Labeled label="resources.costSharingKeys.fields.method">
        <EnumField source="method" enumName="CostSharingMethod" />
      </Labeled>
      <Labeled label="gevinst.key_editor.rules">
        <Typography variant="body2" data-testid="key-rules">
          {describe(record.spec)}
        </Typography>
      </Labeled>
      <Labeled label="resources.costSharingKeys.fields.ownerOrganisationId">
        <Typography variant="body2">{record.ownerOrganisation.name}</Typography>
      </Labeled>
      <Labeled label="resources.costSharingKeys.fields.currentVersion">
        <Typography variant="body2">
          {record.currentVersion}
          {record.validFrom || record.validTo
            ? ` (${formatDate(record.validFrom) || '…'} – ${formatDate(record.validTo) || '…'})`
            : ''}
        </Typography>
      </Labeled>
      <Box sx={{ mt: 2 }}>
        <PreviewForm record={record} />
      </Box>
    </Box>
  );
};

export const KeyShow = () => (
  <Show actions={<Actions />}>
    <Body />
  </Show>
);

export default KeyShow;
