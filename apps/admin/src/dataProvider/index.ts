export { createDataProvider, dataProvider } from './dataProvider';
export { createGraphQLClient, graphqlClient, toHttpError } from './graphqlClient';
export type { GraphQLClient, GraphQLError, GraphQLErrorBody } from './graphqlClient';
export type * from './types';
