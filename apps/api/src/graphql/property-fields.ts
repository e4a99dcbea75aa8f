import { type GraphQLFieldResolver, type GraphQLSchema, isObjectType } from 'graphql';

/**
 * graphql-js's resolver for a field without one of its own, made to read as NestJS's does: the parent's
 * property of the field's name, never called (graphql-js's default would call a function-valued property).
 * The compiled executor passes it to graphql-js's `execute` (compiled-execution.ts), so a field that
 * withoutPropertyResolvers left without a resolver answers there exactly as it did with NestJS's.
 */
export const propertyResolver: GraphQLFieldResolver<unknown, unknown> = (source, _args, _context, info) =>
  (source as Record<string, unknown>)[info.fieldName];

/**
 * Whether `resolve` is the resolver NestJS gives a field declared with `@Field` alone (its schema
 * factory's `rootFieldResolver`): one that reads the parent's property of the field's own name and answers
 * undefined when it is missing (no default value, no field middleware, no other property name). Told by
 * its name and by what it does, so a NestJS release that changed it would keep its resolvers here
 * (property-fields.spec checks that the hot lists' fields are still found).
 */
export function readsOwnProperty(resolve: GraphQLFieldResolver<unknown, unknown> | undefined, name: string) {
  if (!resolve || resolve.name !== 'rootFieldResolver' || resolve.length !== 1) return false;
  const read = resolve as unknown as (root: object) => unknown;
  const value = {};
  try {
    return read({ [name]: value }) === value && read({}) === undefined;
  } catch {
    return false;
  }
}

/**
 * Takes NestJS's resolver off every field where it only reads the parent's property (readsOwnProperty), so
 * that graphql-jit writes the read into the compiled query instead of calling a resolver for it. NestJS
 * gives every `@Field` such a resolver, and graphql-jit runs a field with a resolver as a separate step: a
 * resolve-info object, a call and a result check for each. On a page of 50 initiatives with their 3,000
 * participants that was about 15,000 calls and 3 MB of the request's 7 MB of garbage (docs/performance.md,
 * issue 18). Used only with the compiled executor, which gives graphql-js propertyResolver for the same
 * fields, so both paths answer as before. Returns the number of fields changed.
 */
export function withoutPropertyResolvers(schema: GraphQLSchema): number {
  let changed = 0;
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (!readsOwnProperty(field.resolve, field.name)) continue;
      field.resolve = undefined;
      changed++;
    }
  }
  return changed;
}
