import type { ApolloServerPlugin } from '@apollo/server';
import { LRUCache } from 'lru-cache';
import type { GraphQLContext } from '../graphql/graphql-context.js';
import { type DocumentAnalysis, analyseDocument, usedCoordinates } from './deprecated-usage.analysis.js';
import { type DeprecatedUsageRecorder, clientOf } from './deprecated-usage.recorder.js';

/** Documents whose analysis is kept (the admin UI and the integrations send a few hundred different ones). */
export const ANALYSIS_CACHE_SIZE = 1_000;

/**
 * Counts the deprecated schema coordinates each executed operation of a signed-in client uses
 * (deprecated-usage.analysis.ts), for DeprecatedUsageRecorder. The document is analysed once and the
 * analysis kept by its hash (Apollo's queryHash of the text) in a bounded LRU cache, so a repeated query
 * costs a Map lookup; the variables are looked at only when the operation has deprecated arguments or
 * input fields in variable positions. Anonymous requests are not counted. Counted when execution starts:
 * a request refused before (too complex, not valid) is not.
 */
export function deprecatedUsagePlugin(
  recorder: Pick<DeprecatedUsageRecorder, 'record'>,
  cacheSize = ANALYSIS_CACHE_SIZE,
): ApolloServerPlugin<GraphQLContext> {
  const cache = new LRUCache<string, DocumentAnalysis>({ max: cacheSize });
  return {
    requestDidStart({ contextValue }) {
      const client = clientOf(contextValue.req?.actor);
      if (!client) return Promise.resolve();
      return Promise.resolve({
        executionDidStart({ document, queryHash, schema, operation, request }) {
          let analysis = cache.get(queryHash);
          if (!analysis) {
            analysis = analyseDocument(schema, document);
            cache.set(queryHash, analysis);
          }
          if (analysis.empty) return Promise.resolve();
          const name = operation.name?.value ?? '';
          // The operation that runs, by its name ('' for the document's only, unnamed one).
          const usage = analysis.operations.get(name);
          if (!usage) return Promise.resolve();
          const used = usedCoordinates(usage, request.variables);
          if (used.size) recorder.record(used, client, name);
          return Promise.resolve();
        },
      });
    },
  };
}
