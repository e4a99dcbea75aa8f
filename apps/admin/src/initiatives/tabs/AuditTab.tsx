import { Pagination, ReferenceManyField, useRecordContext } from 'react-admin';
import { AuditTable } from '../../audit/AuditTable';
import { EmptyState } from '../../components';

/**
 * Every change to the initiative and to what belongs to it (participants, cost items, allocation runs,
 * benefits, measurements, the benefits map), newest first.
 */
export const AuditTab = () => {
  const record = useRecordContext();
  if (!record) return null;
  return (
    <ReferenceManyField
      reference="auditEvents"
      target="initiativeId"
      sort={{ field: 'occurredAt', order: 'DESC' }}
      perPage={25}
      pagination={<Pagination />}
      empty={
        <EmptyState message="gevinst.audit.empty_initiative" hint="gevinst.audit.empty_initiative_hint" />
      }
    >
      <AuditTable />
    </ReferenceManyField>
  );
};

export default AuditTab;
