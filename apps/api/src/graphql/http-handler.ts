import { parse } from 'node:url';
import { type ApolloServer, type BaseContext, HeaderMap } from '@apollo/server';
import type { Request, Response } from 'express';
import { type JsonChunks, jsonChunks } from './json-chunks.js';
import { takeSplices } from './list-splices.js';

/**
 * The GraphQL endpoint's express handler: @as-integrations/express5's `expressMiddleware` (MIT), which NestJS's
 * Apollo driver mounts, with one change: an answer goes out as UTF-8 chunks (json-chunks.ts) instead of one
 * string that express turns into one Buffer. Apollo hands its handler nothing but that string, so the answer
 * reaches this handler by way of `stringifyResult` (app.module.ts): `holdResult` keeps the result object and
 * gives Apollo a short key in its place, and the handler takes the object back by that key at once. Apollo's
 * own error answers (400, 405) go through `stringifyResult` too; only what Apollo writes as text itself (its
 * landing page) is not held and goes out as before. An answer that has no JSON text (a BigInt or a cycle in
 * a JSON scalar) is a 500 with a JSON error, as Apollo answers a failed serialisation.
 */
export function graphqlHttpHandler(
  server: ApolloServer<BaseContext>,
  context: (args: { req: Request; res: Response }) => Promise<BaseContext> | BaseContext,
): (req: Request, res: Response) => Promise<void> {
  return async (req, res) => {
    if (!('body' in req)) {
      res
        .status(500)
        .send('`req.body` is not set: the json body parser must run before the GraphQL handler.');
      return;
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const response = await server.executeHTTPGraphQLRequest({
      httpGraphQLRequest: {
        method: req.method.toUpperCase(),
        headers,
        search: parse(req.url).search ?? '',
        body: req.body as unknown,
      },
      context: () => Promise.resolve(context({ req, res })),
    });
    const held = response.body.kind === 'complete' ? takeResult(response.body.string) : NOT_HELD;
    // Lists a resolver registered for this answer (list-splices.ts), taken whatever happens to the answer.
    const splices = takeSplices(res);
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      if (held === NOT_HELD) {
        res.send(response.body.string);
        return;
      }
      let written: JsonChunks;
      try {
        written = jsonChunks(held, splices);
      } catch {
        res.status(500).type('application/json; charset=utf-8').send(UNSERIALISABLE);
        return;
      }
      const { chunks, byteLength } = written;
      res.setHeader('Content-Length', String(byteLength));
      if (req.method === 'HEAD') {
        res.end();
        return;
      }
      // One write to the socket for all the chunks (end() uncorks).
      res.cork();
      for (const chunk of chunks) res.write(chunk);
      res.end();
      return;
    }
    for await (const chunk of response.body.asyncIterator) {
      res.write(chunk);
      if (typeof (res as { flush?: () => void }).flush === 'function') (res as { flush: () => void }).flush();
    }
    res.end();
  };
}

/** The answer when a result has no JSON text (Apollo's INTERNAL_SERVER_ERROR, without details). */
const UNSERIALISABLE = JSON.stringify({
  errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
});

/** Results between Apollo's stringifyResult and the handler, by key (taken back within the same request). */
const held = new Map<string, unknown>();
const KEY_PREFIX = '\u0000gevinst-graphql-result:';
const NOT_HELD: unique symbol = Symbol('not held');
let lastKey = 0;

/** Apollo's `stringifyResult`: keeps the result for graphqlHttpHandler, and answers the key to take it by. */
export function holdResult(value: unknown): string {
  const key = `${KEY_PREFIX}${(lastKey++).toString(36)}`;
  held.set(key, value);
  return key;
}

function takeResult(body: string): unknown {
  if (!body.startsWith(KEY_PREFIX)) return NOT_HELD;
  const value = held.get(body);
  if (value === undefined) return NOT_HELD;
  held.delete(body);
  return value;
}

/** How many results are held now (0 between requests; for tests). */
export function heldResultCount(): number {
  return held.size;
}
