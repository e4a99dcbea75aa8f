import { type GraphQLFieldResolver, type GraphQLSchema, isObjectType } from 'graphql';

/**
 * Fields of the hot lists whose value the list usually reads with the page and attaches to each parent
 * object under the field's own name: an initiative's owner, ministry and participants (the initiatives
 * page), an allocation line's initiative (the allocation lines). Their resolver methods answer the same
 * thing when nothing is attached (they load it), so the answer does not depend on which path ran.
 */
export const PRELOADED_FIELDS: Readonly<Record<string, readonly string[]>> = {
  Initiative: ['owner', 'ministry', 'participants'],
  AllocationLine: ['initiative'],
};

/**
 * Lets each field of `fields` answer a value attached to its parent at once, without NestJS's resolver
 * wrapper (several promises per call, each tracked by the request's async context: a page of 500 lines or
 * 50 initiatives made thousands); when none is attached, the resolver method runs as before. Run once on
 * the built schema (GraphQLModule's `transformSchema`); throws when a named field does not exist or has no
 * resolver, so the list cannot silently go stale. Returns the same schema.
 */
export function answerPreloadedFields(
  schema: GraphQLSchema,
  fields: Readonly<Record<string, readonly string[]>> = PRELOADED_FIELDS,
): GraphQLSchema {
  for (const [typeName, names] of Object.entries(fields)) {
    const type = schema.getType(typeName);
    if (!isObjectType(type)) throw new Error(`answerPreloadedFields: no object type ${typeName}`);
    const typeFields = type.getFields();
    for (const name of names) {
      const field = typeFields[name];
      const resolve = field?.resolve;
      if (!resolve) throw new Error(`answerPreloadedFields: ${typeName}.${name} has no resolver`);
      const preloaded: GraphQLFieldResolver<unknown, unknown> = (source, args, context, info) => {
        const value = (source as Record<string, unknown>)[name];
        return value === undefined ? resolve(source, args, context, info) : value;
      };
      field.resolve = preloaded;
    }
  }
  return schema;
}

/**
 * Plain synchronous resolvers that replace the resolver methods of fields computed from their parent and
 * arguments alone, on types a hot list returns by the hundred (an allocation line's `explanation` in its
 * language): NestJS's wrapper around a method makes several promises per call, each tracked by the
 * request's async context, where the method itself makes none. The method stays (it declares the field,
 * its description and arguments, and calls the same function); only its wrapper is bypassed. Run once on
 * the built schema; throws when a named field does not exist. Returns the same schema.
 */
export function resolveSynchronously(
  schema: GraphQLSchema,
  resolvers: Readonly<Record<string, Readonly<Record<string, GraphQLFieldResolver<never, unknown>>>>>,
): GraphQLSchema {
  for (const [typeName, fields] of Object.entries(resolvers)) {
    const type = schema.getType(typeName);
    if (!isObjectType(type)) throw new Error(`resolveSynchronously: no object type ${typeName}`);
    const typeFields = type.getFields();
    for (const [name, resolve] of Object.entries(fields)) {
      const field = typeFields[name];
      if (!field) throw new Error(`resolveSynchronously: no field ${typeName}.${name}`);
      field.resolve = resolve as GraphQLFieldResolver<unknown, unknown>;
    }
  }
  return schema;
}
