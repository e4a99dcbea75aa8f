export { createDataProvider, dataProvider } from './dataProvider';
export { createGraphQLClient, graphqlClient, operationNameOf, toHttpError } from './graphqlClient';
export type { GraphQLClient, GraphQLError, GraphQLErrorBody } from './graphqlClient';
