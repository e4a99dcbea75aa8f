import {
  type DocumentNode,
  GraphQLError,
  GraphQLInputObjectType,
  type GraphQLInputFieldConfigMap,
  GraphQLInt,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
  Kind,
  type OperationDefinitionNode,
  execute,
  parse,
} from 'graphql';
import { type ExecutionPath, compiledExecutor } from './compiled-execution.js';

const Line = new GraphQLObjectType({
  name: 'Line',
  fields: {
    id: { type: new GraphQLNonNull(GraphQLString) },
    amount: { type: GraphQLString, resolve: (line: { ore: number }) => (line.ore / 100).toFixed(2) },
    failing: {
      type: GraphQLString,
      resolve: () => {
        throw new GraphQLError('Ikke tilgang', { extensions: { code: 'FORBIDDEN', reason: 'SCOPE' } });
      },
    },
    required: { type: new GraphQLNonNull(GraphQLString), resolve: () => null },
  },
});
// A recursive input type, as KeySpecInput is (a key made of keys).
const KeyInput: GraphQLInputObjectType = new GraphQLInputObjectType({
  name: 'KeyInput',
  fields: (): GraphQLInputFieldConfigMap => ({
    method: { type: GraphQLString },
    parts: { type: new GraphQLList(new GraphQLNonNull(KeyInput)) },
  }),
});
let counter = 0;
const schema = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: 'Query',
    fields: {
      lines: {
        type: new GraphQLList(Line),
        args: { first: { type: GraphQLInt } },
        resolve: (_root, { first }: { first?: number }, context: { lines: { id: string; ore: number }[] }) =>
          Promise.resolve(context.lines.slice(0, first ?? undefined)),
      },
      depth: {
        type: GraphQLInt,
        args: { key: { type: KeyInput } },
        resolve: (_root, { key }: { key?: { parts?: unknown[] } }) => {
          let depth = 0;
          for (let k = key; k; k = k.parts?.[0] as typeof key) depth++;
          return depth;
        },
      },
    },
  }),
  mutation: new GraphQLObjectType({
    name: 'Mutation',
    fields: { bump: { type: GraphQLInt, resolve: () => ++counter } },
  }),
});
const context = {
  lines: [
    { id: 'a', ore: 12345 },
    { id: 'b', ore: 1 },
  ],
};

function request(text: string, variables: Record<string, unknown> = {}) {
  const document: DocumentNode = parse(text);
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  )!;
  return { document, operation, queryHash: text, context, request: { variables } };
}

function run(
  executor: ReturnType<typeof compiledExecutor>,
  text: string,
  variables?: Record<string, unknown>,
) {
  return executor(request(text, variables));
}

describe('compiledExecutor', () => {
  const QUERY = 'query Lines($first: Int) { lines(first: $first) { id amount } }';

  it('runs a query on graphql-js first and compiles it the second time, with the same answer', async () => {
    const paths: ExecutionPath[] = [];
    const executor = compiledExecutor(schema, { onExecute: (path) => paths.push(path) });
    const expected = await execute({
      schema,
      document: parse(QUERY),
      contextValue: context,
      variableValues: { first: 1 },
    });
    expect(expected).toEqual({ data: { lines: [{ id: 'a', amount: '123.45' }] } });
    const first = await run(executor, QUERY, { first: 1 });
    const second = await run(executor, QUERY, { first: 1 });
    const third = await run(executor, QUERY, { first: 2 });
    expect(paths).toEqual(['interpreted', 'compiled', 'compiled']);
    expect(JSON.parse(JSON.stringify(first))).toEqual(expected);
    expect(JSON.parse(JSON.stringify(second))).toEqual(expected);
    // The compiled document takes the variables of each run.
    expect(JSON.parse(JSON.stringify(third))).toEqual({
      data: {
        lines: [
          { id: 'a', amount: '123.45' },
          { id: 'b', amount: '0.01' },
        ],
      },
    });
  });

  it("keeps a resolver's coded error (message, path, extensions, original error), as graphql-js does", async () => {
    const executor = compiledExecutor(schema, { compileAfterRuns: 1 });
    const text = '{ lines(first: 1) { id failing } }';
    const compiled = await run(executor, text);
    const interpreted = await execute({ schema, document: parse(text), contextValue: context });
    for (const result of [compiled, interpreted]) {
      expect(result.data).toEqual({ lines: [{ id: 'a', failing: null }] });
      expect(result.errors).toHaveLength(1);
      const [error] = result.errors!;
      expect(error.message).toBe('Ikke tilgang');
      expect(error.path).toEqual(['lines', 0, 'failing']);
      expect(error.extensions).toEqual({ code: 'FORBIDDEN', reason: 'SCOPE' });
      expect(error.originalError).toBeInstanceOf(GraphQLError);
      expect(error).toBeInstanceOf(GraphQLError);
    }
  });

  it('nulls the parent of a null non-null field and says where, as graphql-js does', async () => {
    const executor = compiledExecutor(schema, { compileAfterRuns: 1 });
    const text = '{ lines(first: 1) { id required } }';
    const compiled = await run(executor, text);
    const interpreted = await execute({ schema, document: parse(text), contextValue: context });
    expect(compiled.data).toEqual(interpreted.data);
    expect(compiled.data).toEqual({ lines: [null] });
    expect(compiled.errors?.map((e) => e.path)).toEqual(interpreted.errors?.map((e) => e.path));
  });

  it("refuses a variable of the wrong type with graphql-js's own error (Apollo's BAD_USER_INPUT), no data", async () => {
    const executor = compiledExecutor(schema, { compileAfterRuns: 1 });
    const text = 'query Lines($first: Int) { lines(first: $first) { id } }';
    const compiled = await run(executor, text, { first: 'many' });
    const interpreted = await execute({
      schema,
      document: parse(text),
      contextValue: context,
      variableValues: { first: 'many' },
    });
    expect(compiled.data).toBeUndefined();
    expect(compiled.errors?.map((e) => e.message)).toEqual(interpreted.errors?.map((e) => e.message));
    expect(compiled.errors?.[0].message).toMatch(/^Variable "\$first" got invalid value/);
    // Apollo tells a bad variable from a fault by the error's node: the variable's definition.
    expect(compiled.errors?.[0].nodes?.map((node) => node.kind)).toEqual([Kind.VARIABLE_DEFINITION]);
  });

  it('leaves a request without an operation by its name to graphql-js, which answers an error (not a fault)', async () => {
    const paths: ExecutionPath[] = [];
    const executor = compiledExecutor(schema, { compileAfterRuns: 1, onExecute: (path) => paths.push(path) });
    const text = 'query A { lines { id } } query B { lines { amount } }';
    // Apollo passes no operation when the name matches none of the document's.
    const result = await executor({
      document: parse(text),
      operation: undefined as unknown as OperationDefinitionNode,
      queryHash: text,
      context,
      request: { operationName: 'C', variables: {} },
    });
    expect(result.data).toBeUndefined();
    expect(result.errors?.map((e) => e.message)).toEqual(['Unknown operation named "C".']);
    expect(paths).toEqual(['interpreted']);
  });

  it('never compiles mutations or introspection', async () => {
    const paths: ExecutionPath[] = [];
    const executor = compiledExecutor(schema, { compileAfterRuns: 1, onExecute: (path) => paths.push(path) });
    const before = counter;
    await run(executor, 'mutation { bump }');
    await run(executor, 'mutation { bump }');
    expect(counter).toBe(before + 2);
    const introspection = await run(executor, '{ __schema { queryType { name } } }');
    expect(introspection.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    expect(paths).toEqual(['interpreted', 'interpreted', 'interpreted']);
  });

  it('leaves an operation with an input-object variable to graphql-js (a recursive type did not compile)', async () => {
    const paths: ExecutionPath[] = [];
    const executor = compiledExecutor(schema, { compileAfterRuns: 1, onExecute: (path) => paths.push(path) });
    const text = 'query($k: KeyInput) { depth(key: $k) }';
    const key = { method: 'A', parts: [{ method: 'B', parts: [{ method: 'C' }] }] };
    expect((await run(executor, text, { k: key })).data).toEqual({ depth: 3 });
    expect((await run(executor, text, { k: key })).data).toEqual({ depth: 3 });
    // The same input written in the document is a literal: compiled.
    expect((await run(executor, '{ depth(key: { method: "A", parts: [{ method: "B" }] }) }')).data).toEqual({
      depth: 2,
    });
    expect(paths).toEqual(['interpreted', 'interpreted', 'compiled']);
  });

  it('keeps at most cacheSize documents, the least recently used dropped first', async () => {
    const paths: ExecutionPath[] = [];
    const executor = compiledExecutor(schema, { cacheSize: 1, onExecute: (path) => paths.push(path) });
    const other = '{ lines { id } }';
    await run(executor, QUERY);
    await run(executor, other); // pushes QUERY out
    await run(executor, QUERY); // counted from 1 again: interpreted
    expect(paths).toEqual(['interpreted', 'interpreted', 'interpreted']);
  });
});
