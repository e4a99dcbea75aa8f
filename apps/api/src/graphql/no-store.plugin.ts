import type { ApolloServerPlugin } from '@apollo/server';

/**
 * `Cache-Control: no-store` on every GraphQL response: answers depend on who asks, so no cache may keep
 * them. (Apollo's cache-control plugin, which set this, is off: it wraps every field resolver to collect
 * cache hints that Gevinst never gives, which cost a large share of the time of big answers.)
 */
export function noStorePlugin(): ApolloServerPlugin {
  return {
    requestDidStart() {
      return Promise.resolve({
        willSendResponse({ response }) {
          response.http.headers.set('cache-control', 'no-store');
          return Promise.resolve();
        },
      });
    },
  };
}
