import { DataTable, FunctionField, TextField, useTranslate } from 'react-admin';
import { EnumField } from '../fields';
import { formatDateTime } from '../format';
import { AuditChanges } from './AuditChanges';

/** Audit events in a list context (the audit log, and an initiative's history tab). */
export const AuditTable = ({ showEntity = true }: { showEntity?: boolean }) => {
  const translate = useTranslate();
  return (
    <DataTable bulkActionButtons={false} expand={<AuditChanges />} rowClick="expand">
      <DataTable.Col source="occurredAt" disableSort>
        <FunctionField<{ occurredAt: string }>
          render={(record) => <time dateTime={record.occurredAt}>{formatDateTime(record.occurredAt)}</time>}
        />
      </DataTable.Col>
      <DataTable.Col source="actorEmail" disableSort>
        <FunctionField<{ actorEmail: string | null; actorKind: string }>
          render={(record) => record.actorEmail ?? translate(`enums.ActorKind.${record.actorKind}`)}
        />
      </DataTable.Col>
      <DataTable.Col source="actorKind" disableSort>
        <EnumField source="actorKind" enumName="ActorKind" />
      </DataTable.Col>
      <DataTable.Col source="operation" disableSort>
        <TextField source="operation" sx={{ fontFamily: 'monospace' }} />
      </DataTable.Col>
      {showEntity && <DataTable.Col source="entityType" disableSort />}
      {showEntity && (
        <DataTable.Col source="entityId" disableSort>
          <TextField source="entityId" sx={{ fontFamily: 'monospace', fontSize: 12 }} />
        </DataTable.Col>
      )}
    </DataTable>
  );
};
