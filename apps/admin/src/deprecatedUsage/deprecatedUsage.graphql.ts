/** The API's document for the deprecated-field usage list (administrators; read only). */
import type { DeprecatedUsageListQuery, GraphQLDocument } from '../api/graphql';

export const DEPRECATED_USAGE_LIST: GraphQLDocument<DeprecatedUsageListQuery> = /* GraphQL */ `
  query DeprecatedUsageList(
    $filter: DeprecatedUsageFilter
    $sort: DeprecatedUsageSort
    $offset: Int!
    $limit: Int!
  ) {
    deprecatedUsage(filter: $filter, sort: $sort, offset: $offset, limit: $limit) {
      totalCount
      nodes {
        coordinate
        deprecationReason
        clientKind
        clientId
        clientName
        ownerId
        ownerName
        ownerEmail
        ownerKind
        operationName
        day
        requestCount
        firstSeenAt
        lastSeenAt
      }
    }
  }
`;
