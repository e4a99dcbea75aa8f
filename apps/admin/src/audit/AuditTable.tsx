import { Tooltip, Typography } from '@mui/material';
import { DataTable, FunctionField, useLocaleState } from 'react-admin';
import { formatDateTime } from '../format';
import { AuditChanges } from './AuditChanges';
import { type AuditRecord, auditActorText, auditEntityTypeText, auditSentenceText } from './auditWords';

/** Who acted: their name, their organisation below; the e-mail address only as a tooltip. */
const Actor = ({ record, locale }: { record: AuditRecord; locale: string }) => {
  const name = (
    <span>
      {auditActorText(record, locale)}
      {record.actorOrganisationName && (
        <Typography component="span" variant="caption" color="text.secondary" sx={{ display: 'block' }}>
          {record.actorOrganisationName}
        </Typography>
      )}
    </span>
  );
  return record.actorEmail ? <Tooltip title={record.actorEmail}>{name}</Tooltip> : name;
};

/**
 * Audit events in a list context (the audit log, and an initiative's history tab): when, who, what happened
 * as a sentence, and what it concerns; expanded, the fields in words.
 */
export const AuditTable = () => {
  const [locale] = useLocaleState();
  return (
    <DataTable bulkActionButtons={false} expand={<AuditChanges />} rowClick="expand">
      <DataTable.Col source="occurredAt">
        <FunctionField<{ occurredAt: string }>
          render={(record) => <time dateTime={record.occurredAt}>{formatDateTime(record.occurredAt)}</time>}
        />
      </DataTable.Col>
      <DataTable.Col source="actorEmail">
        <FunctionField<AuditRecord> render={(record) => <Actor record={record} locale={locale} />} />
      </DataTable.Col>
      <DataTable.Col source="operation">
        <FunctionField<AuditRecord> render={(record) => auditSentenceText(record, locale)} />
      </DataTable.Col>
      <DataTable.Col source="entityType">
        <FunctionField<AuditRecord> render={(record) => auditEntityTypeText(record.entityType, locale)} />
      </DataTable.Col>
    </DataTable>
  );
};
