import { ApolloServer, type ApolloServerOptionsWithGateway, type BaseContext } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { type ApolloDriverConfig, ApolloDriver } from '@nestjs/apollo';
import {
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
  Kind,
  type OperationDefinitionNode,
  OperationTypeNode,
  execute,
  getVariableValues,
  isInputObjectType,
} from 'graphql';
import { type CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';
import { LRUCache } from 'lru-cache';
import type { Server } from 'node:http';
import type { Request, Response } from 'express';
import { graphqlHttpHandler } from './http-handler.js';
import { propertyResolver, withoutPropertyResolvers } from './property-fields.js';

type Gateway = NonNullable<ApolloServerOptionsWithGateway<BaseContext>['gateway']>;
type Executor = NonNullable<Awaited<ReturnType<Gateway['load']>>['executor']>;
type RequestContext = Parameters<Executor>[0];

/** Compiled documents kept per process (the admin UI sends a few hundred different ones). */
export const COMPILED_CACHE_SIZE = 500;
/**
 * A document is compiled the second time it runs: compiling costs a few milliseconds, more than one run
 * of the graphql-js executor, so a document sent once (an integrator's ad-hoc query) is never compiled.
 */
export const COMPILE_AFTER_RUNS = 2;

/** What the executor did with one operation (for the tests and the benchmark's notes). */
export type ExecutionPath = 'compiled' | 'interpreted';

interface Entry {
  /** The operation the entry is for (its variable definitions are checked on each compiled run). */
  operation: OperationDefinitionNode;
  runs: number;
  compiled?: CompiledQuery;
  /**
   * Always on graphql-js: decided once per document, when it is first seen (introspection, input-object
   * variables) or when compiling it failed.
   */
  interpreted: boolean;
}

/** Whether an operation reads the schema itself (`__schema`, `__type`): left to graphql-js. */
function introspects(document: DocumentNode): boolean {
  return document.definitions.some(
    (definition) =>
      definition.kind === Kind.OPERATION_DEFINITION &&
      definition.selectionSet.selections.some(
        (selection) =>
          selection.kind === Kind.FIELD &&
          (selection.name.value === '__schema' || selection.name.value === '__type'),
      ),
  );
}

/**
 * Whether a variable of the operation is an input object (or a list of them). graphql-jit compiles the
 * coercion of such a variable into code for its whole type, and for a recursive input type (KeySpecInput
 * holds KeySpecInputs) that compilation did not end: it grew the heap to its limit. The hot lists take
 * scalars and enums; an input object written in the document itself is compiled as a literal.
 */
function takesInputObjects(schema: GraphQLSchema, operation: OperationDefinitionNode): boolean {
  return (operation.variableDefinitions ?? []).some((definition) => {
    let type = definition.type;
    while (type.kind !== Kind.NAMED_TYPE) type = type.type;
    return isInputObjectType(schema.getType(type.name.value));
  });
}

/**
 * The document compiled for the operation, or nothing when graphql-jit refused it (errors) or failed on
 * it (a thrown error: then the request still gets its answer, from graphql-js).
 */
function compiledOrNothing(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
): CompiledQuery | undefined {
  try {
    const compiled = compileQuery(schema, document, operation.name?.value);
    return isCompiledQuery(compiled) ? compiled : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Executes queries with graphql-jit (a document compiled once into JavaScript for the schema, then run
 * without graphql-js's per-field work: no argument and resolve-info objects for fields that do not use
 * them, no result path objects, leaf values serialised inline). Mutations, subscriptions, introspection,
 * documents seen once and operations with input-object variables (takesInputObjects) run on graphql-js's
 * `execute`, as before. The resolvers are the same functions either way, so the answers are too;
 * `onExecute` is told which path ran (tests, benchmark).
 */
export function compiledExecutor(
  schema: GraphQLSchema,
  options: { cacheSize?: number; compileAfterRuns?: number; onExecute?: (path: ExecutionPath) => void } = {},
): (
  requestContext: Pick<RequestContext, 'document' | 'operation' | 'queryHash' | 'context' | 'request'>,
) => Promise<ExecutionResult> {
  const cache = new LRUCache<string, Entry>({ max: options.cacheSize ?? COMPILED_CACHE_SIZE });
  const compileAfter = options.compileAfterRuns ?? COMPILE_AFTER_RUNS;
  return async ({ document, operation: resolved, queryHash, context, request }) => {
    // Apollo calls the executor without an operation when the document has none by the requested name
    // (or several and no name): graphql-js's execute answers that with its error, which Apollo reports.
    const operation = resolved as OperationDefinitionNode | undefined;
    const operationName = operation?.name?.value ?? request.operationName;
    let entry: Entry | undefined;
    if (operation?.operation === OperationTypeNode.QUERY) {
      const key = `${queryHash}\u0000${operationName ?? ''}`;
      entry = cache.get(key);
      if (!entry) {
        const interpreted = introspects(document) || takesInputObjects(schema, operation);
        cache.set(key, (entry = { operation, runs: 0, interpreted }));
      }
      entry.runs++;
      if (!entry.compiled && !entry.interpreted && entry.runs >= compileAfter) {
        entry.compiled = compiledOrNothing(schema, document, operation);
        entry.interpreted = !entry.compiled;
      }
    }
    if (entry?.compiled) {
      // The variables are checked by graphql-js first, so that a bad one is refused with graphql-js's own
      // error (which Apollo reports as BAD_USER_INPUT, HTTP 400); the compiled query then coerces them
      // itself. Only scalar and enum variables reach here (takesInputObjects): a few comparisons.
      const variables = request.variables ?? {};
      const coerced = getVariableValues(schema, entry.operation.variableDefinitions ?? [], variables);
      if (coerced.errors) return { errors: coerced.errors };
      options.onExecute?.('compiled');
      return await entry.compiled.query(undefined, context, variables);
    }
    options.onExecute?.('interpreted');
    return await execute({
      schema,
      document,
      contextValue: context,
      variableValues: request.variables,
      operationName,
      // Fields without a resolver (withoutPropertyResolvers) read their property, as NestJS's resolver did.
      fieldResolver: propertyResolver,
    });
  };
}

/**
 * Apollo Server's gateway interface used for one thing: to give it the executor above for the schema
 * NestJS built. Apollo still parses, validates (with the validation rules), runs every plugin hook and
 * formats the errors; only the execution step is ours.
 */
export function compiledExecutionGateway(
  schema: GraphQLSchema,
  options: { compileAfterRuns?: number } = {},
): Gateway {
  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => undefined;
    },
    load() {
      return Promise.resolve({ executor: compiledExecutor(schema, options) as Executor });
    },
    stop() {
      return Promise.resolve();
    },
  };
}

/**
 * NestJS's Apollo driver with the compiled executor (when `compiledExecution` is on): the schema NestJS
 * generated and transformed is handed to Apollo through compiledExecutionGateway instead of `schema`,
 * without the resolvers that only read a property (withoutPropertyResolvers), which graphql-jit then reads
 * inline. With `compiledExecution` off the schema is left as NestJS built it. Either way the endpoint is
 * served by graphqlHttpHandler (answers written as chunks, http-handler.ts).
 */
export class CompiledApolloDriver extends ApolloDriver {
  /** NestJS's registerExpress (its body workaround, the drain plugin), with graphqlHttpHandler. */
  protected override async registerExpress(
    options: ApolloDriverConfig,
    { preStartHook }: { preStartHook?: () => void } = {},
  ): Promise<void> {
    const { path = '/graphql', typeDefs, resolvers, schema } = options;
    const httpAdapter = this.httpAdapterHost.httpAdapter;
    // As NestJS does: body-parser leaves no body on a request without one (nestjs/graphql#3451).
    httpAdapter.use(path, (req: Request, _res: Response, next: () => void) => {
      req.body = (req.body as unknown) ?? {};
      next();
    });
    preStartHook?.();
    const server = new ApolloServer({
      typeDefs,
      resolvers,
      schema,
      ...options,
      plugins: [
        ...(options.plugins ?? []),
        ApolloServerPluginDrainHttpServer({ httpServer: httpAdapter.getHttpServer() as Server }),
      ],
    } as ConstructorParameters<typeof ApolloServer<BaseContext>>[0]);
    await server.start();
    const context = options.context as
      ((args: { req: Request; res: Response }) => Promise<BaseContext> | BaseContext) | undefined;
    httpAdapter.use(path, graphqlHttpHandler(server, context ?? (() => ({}))));
    this.apolloServer = server;
  }

  override async registerServer(
    options: ApolloDriverConfig & { compiledExecution?: boolean; compileAfterRuns?: number },
  ): Promise<void> {
    const { compiledExecution, compileAfterRuns, ...rest } = options;
    if (!compiledExecution || !rest.schema) return super.registerServer(rest);
    withoutPropertyResolvers(rest.schema);
    return super.registerServer({
      ...rest,
      gateway: compiledExecutionGateway(rest.schema, { compileAfterRuns }),
    } as ApolloDriverConfig);
  }
}
