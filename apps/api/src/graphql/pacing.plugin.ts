import type { ApolloServerPlugin } from '@apollo/server';

/**
 * Pacing on GraphQL answers (docs/api.md, "Pacing"): an operation refused because the caller must wait
 * (the sign-in throttle: TOO_MANY_REQUESTS with `retryAfterSeconds`) is answered with HTTP 429 and a
 * `Retry-After` header, so clients and proxies that read only HTTP pace themselves too. (The per-token
 * request budget is answered before GraphQL runs, in create-app; the query's cost by hardeningPlugin.)
 *
 * Any other answer that ran (its body has `data`) is HTTP 200 whatever `extensions.http.status` an error
 * carried: what @nestjs/apollo's own preserve-status plugin does, which is turned off
 * (`preserveHttpStatusForExecutionErrors: false`) because it would also turn the 429 back into 200.
 */
export function pacingPlugin(): ApolloServerPlugin {
  return {
    requestDidStart() {
      return Promise.resolve({
        willSendResponse({ response }) {
          if (response.body.kind !== 'single') return Promise.resolve();
          const result = response.body.singleResult;
          const waits = (result.errors ?? [])
            .filter((error) => error.extensions?.code === 'TOO_MANY_REQUESTS')
            .map((error) => error.extensions?.retryAfterSeconds)
            .filter((seconds): seconds is number => typeof seconds === 'number');
          if (waits.length) {
            response.http.status = 429;
            response.http.headers.set('retry-after', String(Math.max(...waits)));
          } else if ('data' in result) {
            response.http.status = 200;
          }
          return Promise.resolve();
        },
      });
    },
  };
}
