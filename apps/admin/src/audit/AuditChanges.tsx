import { Box, Typography } from '@mui/material';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { SimpleTable } from '../components';
import { type AuditRecord, auditChangeRows, auditSentenceText } from './auditWords';

/** Expanded row of an audit list: the event as a sentence, then each changed field in words. */
export const AuditChanges = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const record = useRecordContext<AuditRecord>();
  if (!record) return null;
  const rows = auditChangeRows(record, locale, translate);
  return (
    <Box sx={{ py: 1, maxWidth: 1000 }}>
      <Typography variant="body2" sx={{ mb: 1 }}>
        {auditSentenceText(record, locale)}
      </Typography>
      {rows.length === 0 ? (
        <Typography variant="body2">{translate('resources.auditEvents.no_changes')}</Typography>
      ) : (
        <SimpleTable
          caption={translate('resources.auditEvents.changes')}
          columns={[
            {
              key: 'label',
              label: translate('resources.auditEvents.fields.field'),
              render: (row) => row.label,
            },
            {
              key: 'before',
              label: translate('resources.auditEvents.fields.before'),
              render: (row) => (
                <span style={{ wordBreak: 'break-word', whiteSpace: 'pre-line' }}>{row.before}</span>
              ),
            },
            {
              key: 'after',
              label: translate('resources.auditEvents.fields.after'),
              render: (row) => (
                <span style={{ wordBreak: 'break-word', whiteSpace: 'pre-line' }}>{row.after}</span>
              ),
            },
          ]}
          rows={rows}
        />
      )}
    </Box>
  );
};
