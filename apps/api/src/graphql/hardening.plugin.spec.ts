import type { GraphQLRequestContextDidResolveOperation, GraphQLRequestListener } from '@apollo/server';
import {
  GraphQLError,
  GraphQLID,
  GraphQLInt,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
  parse,
} from 'graphql';
import { computed, listOf } from './complexity.js';
import type { GraphQLContext } from './graphql-context.js';
import {
  MAX_QUERY_FIELDS,
  countFields,
  hardeningPlugin,
  operationComplexity,
  scanDocument,
} from './hardening.plugin.js';

const Summary = new GraphQLObjectType({ name: 'Summary', fields: { total: { type: GraphQLString } } });
const Organisation: GraphQLObjectType = new GraphQLObjectType({
  name: 'Organisation',
  fields: () => ({
    id: { type: GraphQLID },
    name: { type: GraphQLString },
    parent: { type: Organisation },
    children: { type: new GraphQLList(Organisation), extensions: { complexity: listOf(357) } },
    populations: { type: new GraphQLList(GraphQLInt) },
    tags: { type: new GraphQLList(Summary) },
    allocationSummary: {
      type: Summary,
      args: { year: { type: new GraphQLNonNull(GraphQLInt) } },
      extensions: { complexity: computed(50) },
    },
  }),
});
const OrganisationPage = new GraphQLObjectType({
  name: 'OrganisationPage',
  fields: { totalCount: { type: GraphQLInt }, nodes: { type: new GraphQLList(Organisation) } },
});
const schema = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: 'Query',
    fields: {
      organisation: { type: Organisation, args: { id: { type: new GraphQLNonNull(GraphQLID) } } },
      organisations: { type: OrganisationPage, args: { limit: { type: GraphQLInt } } },
    },
  }),
});

const price = (query: string, variables: Record<string, unknown> = {}, operationName?: string) =>
  operationComplexity(schema, parse(query), operationName, variables);

function tooComplexError(fn: () => unknown): GraphQLError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(GraphQLError);
    expect((error as GraphQLError).extensions.code).toBe('TOO_COMPLEX');
    return error as GraphQLError;
  }
  throw new Error('expected TOO_COMPLEX');
}

describe('the complexity estimate', () => {
  it('prices scalars 0, objects 1, pages by their limit and unpaged lists by their size', () => {
    expect(price(`{ organisation(id: "x") { id name } }`)).toBe(1);
    expect(price(`{ organisation(id: "x") { parent { name } } }`)).toBe(2);
    // nodes (1 + parent 1) × 25, plus the page.
    expect(price(`{ organisations(limit: 25) { totalCount nodes { parent { id } } } }`)).toBe(1 + 25 * 2);
    // A list of scalars is stored with its row: 0. A list of objects without a page size: 1 + 10 rows.
    expect(price(`{ organisation(id: "x") { populations } }`)).toBe(1);
    expect(price(`{ organisation(id: "x") { tags { total } } }`)).toBe(1 + 1 + 10);
    // A list that names its size: 357 rows.
    expect(price(`{ organisation(id: "x") { children { id } } }`)).toBe(1 + 1 + 357);
    expect(price(`{ organisation(id: "x") { children { parent { id } } } }`)).toBe(1 + 1 + 357);
    // A field that runs its own SQL, per row.
    expect(price(`{ organisation(id: "x") { children { allocationSummary(year: 2024) { total } } } }`)).toBe(
      1 + 1 + 357 * 50,
    );
    expect(price(`{ organisations(limit: 10) { nodes { allocationSummary(year: 2024) { total } } } }`)).toBe(
      1 + 10 * (1 + 50),
    );
  });

  it('leaves invalid variables to execution (BAD_USER_INPUT) and a missing operation too', () => {
    expect(price(`query($i: ID!) { organisation(id: $i) { id } }`, {})).toBeUndefined();
    expect(price(`query($i: ID!) { organisation(id: $i) { id } }`, { i: { x: 1 } })).toBeUndefined();
    expect(price(`query A { organisation(id: "x") { id } }`, {}, 'B')).toBeUndefined();
    expect(price(`query A { organisation(id: "x") { id } } query B { __typename }`)).toBeUndefined();
    expect(price(`query($i: ID!) { organisation(id: $i) { id } }`, { i: 'x' })).toBe(1);
  });

  it('refuses a document the estimator cannot walk (fragments expanding past the node limit)', () => {
    const fields = Array.from({ length: 40 }, (_, i) => `f${i}: name`).join(' ');
    const query = `{ ${Array.from({ length: 100 }, (_, i) => `o${i}: organisation(id: "x") { ...F }`).join(' ')} } fragment F on Organisation { ${fields} }`;
    expect(countFields(parse(query))).toBeLessThan(MAX_QUERY_FIELDS);
    const error = tooComplexError(() => price(query));
    expect(error.message).toMatch(/too many fields to be priced \(more than 2000\)/);
  });

  it('counts every field written, aliases and __typename included', () => {
    expect(countFields(parse(`{ a: __typename b: __typename organisation(id: "x") { id } }`))).toBe(4);
  });

  it('walks a parsed document once, and each document on its own', () => {
    const document = parse(`{ organisation(id: "x") { id name } }`);
    const first = scanDocument(document);
    expect(first).toEqual({ fields: 3, asksForSchema: false });
    // the same parsed document (Apollo's cache hands it to every request with its text): the same scan
    expect(scanDocument(document)).toBe(first);
    // another document is walked for itself: one with another text (__schema, types, name: 3 fields) …
    const other = parse(`{ __schema { types { name } } }`);
    expect(scanDocument(other)).toEqual({ fields: 3, asksForSchema: true });
    // … and one parsed again from the same text
    expect(scanDocument(parse(`{ organisation(id: "x") { id name } }`))).not.toBe(first);
  });
});

describe('hardeningPlugin', () => {
  async function resolveOperation(query: string, options: { signedIn?: boolean; max?: number } = {}) {
    const listener = (await hardeningPlugin(options.max ?? 20_000).requestDidStart!(
      {} as never,
    )) as GraphQLRequestListener<GraphQLContext>;
    const context = {
      contextValue: { req: { actor: options.signedIn === false ? undefined : { userId: 'u' } } },
      document: parse(query),
      request: { query, variables: {} },
      schema,
      operationName: null,
    } as unknown as GraphQLRequestContextDidResolveOperation<GraphQLContext>;
    return listener.didResolveOperation!(context);
  }

  it('lets a query within the budget run', async () => {
    await expect(
      resolveOperation(`{ organisations(limit: 25) { nodes { id name } } }`),
    ).resolves.toBeUndefined();
  });

  it('refuses a query above the budget with its price', async () => {
    await expect(
      resolveOperation(`{ organisations(limit: 500) { nodes { children { id } } } }`),
    ).rejects.toMatchObject({ extensions: { code: 'TOO_COMPLEX', complexity: 1 + 500 * (1 + 1 + 357) } });
  });

  it('refuses the same query padded with 10,000 __typename aliases (which the estimator cannot walk)', async () => {
    const padding = Array.from({ length: 10_000 }, (_, i) => `p${i}: __typename`).join(' ');
    await expect(
      resolveOperation(`{ organisations(limit: 500) { nodes { children { id } } } ${padding} }`),
    ).rejects.toMatchObject({
      extensions: { code: 'TOO_COMPLEX', fields: 10_004, maxFields: MAX_QUERY_FIELDS },
    });
    await expect(resolveOperation(`{ ${padding} }`)).rejects.toMatchObject({
      extensions: { code: 'TOO_COMPLEX' },
    });
  });

  it('still refuses introspection to anonymous callers', async () => {
    await expect(
      resolveOperation(`{ __schema { queryType { name } } }`, { signedIn: false }),
    ).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });
});
