import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { ApolloServer } from '@apollo/server';
import express from 'express';
import { buildSchema } from 'graphql';
import { graphqlHttpHandler, heldResultCount, holdResult } from './http-handler.js';

const schema = buildSchema(`
  type Row { id: Int!, label: String! }
  type Query { rows(count: Int!): [Row!]!, fail: Int }
`);
const rootValue = {
  rows: ({ count }: { count: number }) =>
    Array.from({ length: count }, (_, id) => ({ id, label: `rad ${id} – «Nord-Odal» ø` })),
  fail: () => {
    throw new Error('no');
  },
};

describe('graphqlHttpHandler', () => {
  let server: ApolloServer;
  let http: Server;
  let url: string;

  beforeAll(async () => {
    server = new ApolloServer({ schema, rootValue, stringifyResult: holdResult, csrfPrevention: false });
    await server.start();
    const app = express();
    app.use(express.json());
    app.use('/graphql', graphqlHttpHandler(server, () => ({})));
    http = app.listen(0, '127.0.0.1');
    await new Promise((ok) => http.once('listening', ok));
    url = `http://127.0.0.1:${(http.address() as AddressInfo).port}/graphql`;
  });

  afterAll(async () => {
    await server.stop();
    await new Promise((ok) => http.close(ok));
  });

  const post = (body: unknown) =>
    fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

  it('answers a large result as the JSON text Apollo would send, with its length, and holds nothing after', async () => {
    // 5,000 rows: about 250,000 characters, several 64 KiB chunks
    const response = await post({ query: '{ rows(count: 5000) { id label } }' });
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(Number(response.headers.get('content-length'))).toBe(bytes.length);
    expect(bytes.toString('utf8')).toBe(JSON.stringify({ data: { rows: rootValue.rows({ count: 5000 }) } }));
    expect(heldResultCount()).toBe(0);
  });

  it('answers errors the same way', async () => {
    const response = await post({ query: '{ fail }' });
    const body = (await response.json()) as { data: unknown; errors: { message: string }[] };
    expect(body.data).toEqual({ fail: null });
    expect(body.errors[0].message).toBe('no');
    expect(heldResultCount()).toBe(0);
  });

  it("passes Apollo's own answers through (a request without a query)", async () => {
    const response = await post({ variables: {} });
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/query/i);
    expect(heldResultCount()).toBe(0);
  });
});
