import { Edit, useRecordContext, useTranslate } from 'react-admin';
import { Alert, Box, Typography } from '@mui/material';
import { canEditInitiative } from '@gevinst/domain';
import { usePrincipal } from '../access';
import { SimpleTable } from '../components';
import { formatDate, formatDateTime } from '../format';
import { useDescribeSpec } from './describeSpec';
import { KeyEditorForm, transformKey } from './KeyEditor';
import type { CostSharingKeyRecord } from './costSharingKeys.graphql';

const Versions = () => {
  const translate = useTranslate();
  const describe = useDescribeSpec();
  const record = useRecordContext<CostSharingKeyRecord>();
  const principal = usePrincipal();
  if (!record) return null;
  const mayEdit = !!principal && canEditInitiative(principal, { ownerId: record.ownerOrganisationId });
  return (
    <Box sx={{ px: 2, pt: 2 }}>
      {!mayEdit && (
        <Alert severity="info" sx={{ mb: 2 }}>
          {translate('gevinst.key_editor.read_only', { owner: record.ownerOrganisation.name })}
        </Alert>
      )}
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {translate('gevinst.key_editor.versions_help', { version: record.currentVersion })}
      </Typography>
      <details>
        <summary>
          <Typography component="span" variant="body2">
            {translate('gevinst.key_editor.versions', { smart_count: record.versions?.length ?? 1 })}
          </Typography>
        </summary>
        <SimpleTable
          caption={translate('gevinst.key_editor.versions', { smart_count: record.versions?.length ?? 1 })}
          rows={record.versions ?? []}
          rowKey={(version) => version.id}
          columns={[
            { key: 'versionNumber', label: translate('gevinst.key_editor.version') },
            {
              key: 'createdAt',
              label: translate('gevinst.key_editor.created'),
              render: (v) => formatDateTime(v.createdAt),
            },
            {
              key: 'valid',
              label: translate('gevinst.key_editor.valid'),
              render: (v) => `${formatDate(v.validFrom) || '…'} – ${formatDate(v.validTo) || '…'}`,
            },
            {
              key: 'rules',
              label: translate('gevinst.key_editor.rules'),
              render: (v) => describe(v.spec),
            },
          ]}
        />
      </details>
    </Box>
  );
};

const EditTitle = () => {
  const record = useRecordContext<CostSharingKeyRecord>();
  const translate = useTranslate();
  return (
    <span>
      {record ? `${translate('resources.costSharingKeys.name', { smart_count: 1 })}: ${record.name}` : ''}
    </span>
  );
};

const EditBody = () => {
  const record = useRecordContext<CostSharingKeyRecord>();
  return (
    <>
      <Versions />
      <KeyEditorForm keyId={record ? String(record.id) : undefined} />
    </>
  );
};

export const KeyEdit = () => (
  <Edit mutationMode="pessimistic" redirect={false} transform={transformKey} title={<EditTitle />}>
    <EditBody />
  </Edit>
);

export default KeyEdit;
