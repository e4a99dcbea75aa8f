import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type DocumentNode, Kind, visit } from 'graphql';
import { type ComplexityEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import type { GraphQLContext } from './graphql-context.js';

/** A list field with a `limit` argument costs its children times the page size. */
const pageEstimator: ComplexityEstimator = ({ args, childComplexity }) => {
  const limit = typeof args.limit === 'number' ? args.limit : undefined;
  return limit !== undefined ? 1 + limit * Math.max(childComplexity, 1) : undefined;
};

/** True when any string in the value contains a NUL character, which PostgreSQL text cannot hold. */
function hasNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (depth > 20 || typeof value !== 'object' || value === null) return false;
  return Object.values(value).some((item) => hasNul(item, depth + 1));
}

function asksForSchema(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field(node) {
      if (node.name.value === '__schema' || node.name.value === '__type') found = true;
    },
  });
  return found;
}

/**
 * Refuses introspection to callers who are not signed in, and operations above the complexity budget
 * (depth is limited by a validation rule).
 */
export function hardeningPlugin(maxComplexity: number): ApolloServerPlugin<GraphQLContext> {
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ contextValue, document, request, schema, operationName }) {
          if (!contextValue.req.actor && asksForSchema(document)) {
            throw new GraphQLError('Sign in (or send an API token) to read the schema by introspection', {
              extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
            });
          }
          if (hasNul(request.variables) || (request.query ?? '').includes('\u0000')) {
            throw new GraphQLError('Text must not contain NUL characters (\\u0000)', {
              extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
            });
          }
          const hasOperation = document.definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION);
          if (!hasOperation) return Promise.resolve();
          let complexity: number;
          try {
            complexity = getComplexity({
              schema,
              query: document,
              operationName: operationName ?? undefined,
              variables: request.variables ?? {},
              estimators: [pageEstimator, simpleEstimator({ defaultComplexity: 1 })],
            });
          } catch {
            // Invalid variables: execution reports them to the client as BAD_USER_INPUT.
            return Promise.resolve();
          }
          if (complexity > maxComplexity) {
            throw new GraphQLError(
              `The query is too complex (${complexity}; the limit is ${maxComplexity}): ask for fewer fields or smaller pages`,
              { extensions: { code: 'TOO_COMPLEX', complexity, maxComplexity, http: { status: 400 } } },
            );
          }
          return Promise.resolve();
        },
      });
    },
  };
}
