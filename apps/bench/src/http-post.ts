import http from 'node:http';

/**
 * The benchmark's HTTP client for GraphQL requests: node:http on kept-alive connections. The load runs on
 * the same two cores as the API and PostgreSQL, so what the client spends is taken from them: the global
 * fetch (undici) cost about 1.0–1.6 ms of CPU a request here, this about 0.4–0.5 ms (docs/performance.md).
 */
const agent = new http.Agent({ keepAlive: true });

export interface HttpReply {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** The body as text (UTF-8). */
  text: string;
}

/** No answer within this long: the request fails (the benchmark reports it as an error). */
const TIMEOUT_MS = 120_000;

/**
 * POSTs `body` (JSON text) to `url` (http: only, as the benchmarks serve on loopback) and reads the whole answer.
 * `fresh`: on a connection of its own, closed after the answer (an API primary hands each new connection to
 * its workers in turn, where a kept-alive one stays with the worker it was given to).
 */
export function postJson(
  url: string,
  headers: Record<string, string>,
  body: string,
  fresh = false,
): Promise<HttpReply> {
  const target = new URL(url);
  if (target.protocol !== 'http:') throw new Error(`postJson speaks http: only, not ${target.protocol}`);
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: target.hostname,
        port: target.port,
        path: `${target.pathname}${target.search}`,
        method: 'POST',
        agent: fresh ? false : agent,
        headers: {
          ...headers,
          ...(fresh ? { connection: 'close' } : {}),
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            text: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.setTimeout(TIMEOUT_MS, () =>
      request.destroy(new Error(`no answer from ${url} in ${TIMEOUT_MS} ms`)),
    );
    request.end(body);
  });
}
