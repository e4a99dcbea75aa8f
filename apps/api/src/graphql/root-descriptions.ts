import type { GraphQLSchema } from 'graphql';

/** The descriptions of the root types, which the code-first decorators cannot give. */
export const ROOT_TYPE_DESCRIPTIONS = {
  Query:
    'The entry points for reading: lists (paged, filtered, sorted), single records by id and computed figures, within the caller’s rights.',
  Mutation:
    'The entry points for changing data (and for signing in and out). Each checks the caller’s rights; see each mutation for what it changes.',
} as const;

/**
 * Gives the root types Query and Mutation their descriptions (GraphQLModule's `transformSchema`, run once
 * when the schema is built). Returns the same schema.
 */
export function describeRootTypes(schema: GraphQLSchema): GraphQLSchema {
  const query = schema.getQueryType();
  if (query) query.description = ROOT_TYPE_DESCRIPTIONS.Query;
  const mutation = schema.getMutationType();
  if (mutation) mutation.description = ROOT_TYPE_DESCRIPTIONS.Mutation;
  return schema;
}
