export { createDataProvider, dataProvider } from './dataProvider';
export { createGraphQLClient, graphqlClient, operationNameOf, toHttpError } from './graphqlClient';
export type { GraphQLClient, GraphQLError, GraphQLErrorBody } from './graphqlClient';
export type {
  AllocationListMeta,
  CostItemListMeta,
  CostSharingKeyRecord,
  CostSharingKeyVersion,
  ParticipantListMeta,
} from './resources';
export type * from './types';
