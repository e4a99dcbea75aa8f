import { Typography } from '@mui/material';
import { DataTable, FunctionField, TextField, useTranslate } from 'react-admin';
import { EnumField } from '../fields';
import { formatDateTime } from '../format';
import { AuditChanges } from './AuditChanges';

/** Audit events in a list context (the audit log, and an initiative's history tab). */
export const AuditTable = ({ showEntityId = true }: { showEntityId?: boolean }) => {
  const translate = useTranslate();
  return (
    <DataTable bulkActionButtons={false} expand={<AuditChanges />} rowClick="expand">
      <DataTable.Col source="occurredAt">
        <FunctionField<{ occurredAt: string }>
          render={(record) => <time dateTime={record.occurredAt}>{formatDateTime(record.occurredAt)}</time>}
        />
      </DataTable.Col>
      <DataTable.Col source="actorEmail">
        <FunctionField<{ actorEmail: string | null; actorKind: string }>
          render={(record) => record.actorEmail ?? translate(`enums.ActorKind.${record.actorKind}`)}
        />
      </DataTable.Col>
      <DataTable.Col source="actorKind" disableSort>
        <EnumField source="actorKind" enumName="ActorKind" />
      </DataTable.Col>
      <DataTable.Col source="operation">
        <FunctionField<{ operation: string }>
          render={(record) => (
            // What was done, in words; below it the API operation's own name, which integrators search for.
            <>
              {translate(`resources.auditEvents.operations.${record.operation}`, { _: record.operation })}
              <Typography
                component="span"
                variant="caption"
                color="text.secondary"
                sx={{ display: 'block', fontFamily: 'monospace' }}
              >
                {record.operation}
              </Typography>
            </>
          )}
        />
      </DataTable.Col>
      <DataTable.Col source="entityType">
        <FunctionField<{ entityType: string }>
          render={(record) =>
            translate(`resources.auditEvents.entity_types.${record.entityType}`, { _: record.entityType })
          }
        />
      </DataTable.Col>
      {showEntityId && (
        <DataTable.Col source="entityId" disableSort>
          <TextField source="entityId" sx={{ fontFamily: 'monospace', fontSize: 12 }} />
        </DataTable.Col>
      )}
    </DataTable>
  );
};
