import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { ApolloServer } from '@apollo/server';
import express from 'express';
import {
  GraphQLInt,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLScalarType,
  GraphQLSchema,
  GraphQLString,
} from 'graphql';
import { graphqlHttpHandler, heldResultCount, holdResult } from './http-handler.js';

const Row = new GraphQLObjectType({
  name: 'Row',
  fields: {
    id: { type: new GraphQLNonNull(GraphQLInt) },
    label: { type: new GraphQLNonNull(GraphQLString) },
  },
});
/** A scalar that hands its value through as it is: a BigInt has no JSON text. */
const Raw = new GraphQLScalarType({ name: 'Raw', serialize: (value) => value });
const rows = (count: number) =>
  Array.from({ length: count }, (_, id) => ({ id, label: `rad ${id} – «Nord-Odal» ø` }));
const schema = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: 'Query',
    fields: {
      rows: {
        type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(Row))),
        args: { count: { type: new GraphQLNonNull(GraphQLInt) } },
        resolve: (_root, { count }: { count: number }) => rows(count),
      },
      fail: {
        type: GraphQLInt,
        resolve: () => {
          throw new Error('no');
        },
      },
      raw: { type: Raw, resolve: () => 10n },
    },
  }),
});

describe('graphqlHttpHandler', () => {
  let server: ApolloServer;
  let http: Server;
  let url: string;

  beforeAll(async () => {
    server = new ApolloServer({ schema, stringifyResult: holdResult, csrfPrevention: false });
    await server.start();
    const app = express();
    app.use(express.json());
    app.use(
      '/graphql',
      graphqlHttpHandler(server, () => ({})),
    );
    http = app.listen(0, '127.0.0.1');
    await new Promise((ok) => http.once('listening', ok));
    url = `http://127.0.0.1:${(http.address() as AddressInfo).port}/graphql`;
  });

  afterAll(async () => {
    await server.stop();
    await new Promise((ok) => http.close(ok));
  });

  const post = (body: unknown) =>
    fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });

  it('answers a large result as the JSON text Apollo would send, with its length, and holds nothing after', async () => {
    // 5,000 rows: about 250,000 characters, several 64 KiB chunks
    const response = await post({ query: '{ rows(count: 5000) { id label } }' });
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(Number(response.headers.get('content-length'))).toBe(bytes.length);
    expect(bytes.toString('utf8')).toBe(JSON.stringify({ data: { rows: rows(5000) } }));
    expect(heldResultCount()).toBe(0);
  });

  it('answers errors the same way', async () => {
    const response = await post({ query: '{ fail }' });
    const body = (await response.json()) as { data: unknown; errors: { message: string }[] };
    expect(body.data).toEqual({ fail: null });
    expect(body.errors[0].message).toBe('no');
    expect(heldResultCount()).toBe(0);
  });

  it("answers Apollo's own errors (a request without a query) as JSON too", async () => {
    const response = await post({ variables: {} });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { message: string }[] };
    expect(body.errors[0].message).toMatch(/query/i);
    expect(heldResultCount()).toBe(0);
  });

  it('passes what Apollo writes as text through (its landing page)', async () => {
    const response = await fetch(url, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await response.text()).toMatch(/<html/i);
    expect(heldResultCount()).toBe(0);
  });

  it('answers a result without JSON text (a BigInt) with a JSON 500, and holds nothing after', async () => {
    const response = await post({ query: '{ raw }' });
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({
      errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
    });
    expect(heldResultCount()).toBe(0);
  });
});
