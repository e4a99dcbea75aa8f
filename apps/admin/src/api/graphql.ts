/**
 * The admin's view of the API's types: everything graphql-codegen generates from the API's schema and
 * the admin's documents (graphql.generated.ts, see ../../codegen.ts), and the document type that ties a
 * document's text to the type of its result.
 */
export type * from './graphql.generated';

/**
 * A GraphQL document's text that also carries the type of its result (codegen's `…Query` or
 * `…Mutation`), so `graphqlClient.request` and `useApiQuery` infer what they return. Each resource
 * declares its documents in `<resource>.graphql.ts` as
 * `export const NAME: GraphQLDocument<NameQuery> = /* GraphQL *\/ \`…\``, where codegen finds them.
 */
export type GraphQLDocument<TResult> = string & { readonly ' $result'?: TResult };
