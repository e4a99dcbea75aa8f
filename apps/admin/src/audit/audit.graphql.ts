/** The API's document for the audit log (read only). */
import type { AuditEventListQuery, GraphQLDocument } from '../api/graphql';

const REFERENCE_PARTS = /* GraphQL */ `
  fragment AuditReferenceParts on AuditReference {
    id
    entityType
    name
    date
    year
    parentName
  }
`;

export const AUDIT_LIST: GraphQLDocument<AuditEventListQuery> = /* GraphQL */ `
  query AuditEventList($filter: AuditEventFilter, $sort: AuditEventSort, $offset: Int!, $limit: Int!) {
    auditEvents(filter: $filter, sort: $sort, offset: $offset, limit: $limit) {
      totalCount
      nodes {
        id
        occurredAt
        actorEmail
        actorName
        actorOrganisationName
        actorKind
        actorUserId
        actorTokenId
        entityType
        entityId
        operation
        organisationId
        ownerOrganisationId
        initiativeId
        before
        after
        subject {
          ...AuditReferenceParts
        }
        references {
          ...AuditReferenceParts
        }
      }
    }
  }
  ${REFERENCE_PARTS}
`;
