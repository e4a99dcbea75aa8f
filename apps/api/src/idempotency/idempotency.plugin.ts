import type { ApolloServerPlugin } from '@apollo/server';
import { OperationTypeNode } from 'graphql';
import type { GraphQLContext } from '../graphql/graphql-context.js';
import type { IdempotencyService } from './idempotency.service.js';

/**
 * Honours the `Idempotency-Key` header on mutations (IdempotencyService): claims the key once the
 * operation is known, replays the first answer instead of running the mutation again, and keeps the
 * answer (or frees the key) when the response goes out. Queries and callers without a credential are not
 * affected.
 */
export function idempotencyPlugin(service: IdempotencyService): ApolloServerPlugin<GraphQLContext> {
  return {
    requestDidStart({ request }) {
      const key = request.http?.headers.get('idempotency-key');
      if (key === undefined || key === null) return Promise.resolve();
      let caller: string | null = null;
      let replay: { data: unknown } | null = null;
      return Promise.resolve({
        async didResolveOperation({ operation, contextValue }) {
          const actor = contextValue.req.actor;
          if (operation?.operation !== OperationTypeNode.MUTATION || !actor) return;
          const decision = await service.decide(actor.userId, key, {
            query: request.query,
            operationName: request.operationName ?? null,
            variables: request.variables ?? {},
          });
          if (decision.run) caller = actor.userId;
          else replay = decision.response as { data: unknown };
        },
        responseForOperation({ response }) {
          if (!replay) return Promise.resolve(null);
          response.http.headers.set('idempotent-replayed', 'true');
          return Promise.resolve({
            http: response.http,
            body: { kind: 'single', singleResult: { data: replay.data as Record<string, unknown> } },
          });
        },
        async willSendResponse({ response }) {
          if (caller === null || response.body.kind !== 'single') return;
          await service.finish(caller, key, response.body.singleResult);
        },
      });
    },
  };
}
