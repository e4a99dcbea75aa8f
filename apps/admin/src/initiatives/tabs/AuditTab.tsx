import { Pagination, ReferenceManyField, useRecordContext } from 'react-admin';
import { AuditTable } from '../../audit/AuditTable';
import { EmptyState } from '../../components';

/** Every change to the initiative (and its participants), newest first. */
export const AuditTab = () => {
  const record = useRecordContext();
  if (!record) return null;
  return (
    <ReferenceManyField
      reference="auditEvents"
      target="entityId"
      perPage={25}
      pagination={<Pagination />}
      empty={
        <EmptyState message="gevinst.audit.empty_initiative" hint="gevinst.audit.empty_initiative_hint" />
      }
    >
      <AuditTable showEntity={false} />
    </ReferenceManyField>
  );
};

export default AuditTab;
