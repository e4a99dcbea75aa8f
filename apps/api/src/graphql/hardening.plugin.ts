import type { ApolloServerPlugin } from '@apollo/server';
import { type Message, msg } from '@gevinst/domain';
import {
  type DocumentNode,
  getNamedType,
  getNullableType,
  getVariableValues,
  type GraphQLSchema,
  isLeafType,
  isListType,
  Kind,
  type OperationDefinitionNode,
  visit,
} from 'graphql';
import { type ComplexityEstimator, fieldExtensionsEstimator, getComplexity } from 'graphql-query-complexity';
import { edgeError } from '../common/edge-error.js';
import type { GraphQLContext } from './graphql-context.js';

/**
 * The most fields (aliases included, `__typename` too) one document may select, counted before anything
 * else, and the most the estimator walks once fragments are expanded. The admin's largest page selects
 * about 60; a document padded with thousands of aliases is refused without being priced.
 */
export const MAX_QUERY_FIELDS = 2_000;

/** Rows assumed for a list without a page size whose field does not name its size (see complexity.ts). */
export const UNPAGED_LIST_ROWS = 10;

/** A list field with a `limit` (or cursor paging's `first`) argument costs its children times the page size. */
const pageEstimator: ComplexityEstimator = ({ args, childComplexity }) => {
  const limit =
    typeof args.first === 'number' ? args.first : typeof args.limit === 'number' ? args.limit : undefined;
  return limit !== undefined ? 1 + limit * Math.max(childComplexity, 1) : undefined;
};

/**
 * The default price (the rule is in complexity.ts): a scalar or a list of scalars 0; the `nodes` of a page 1 plus its selection
 * (the page's `limit` multiplies it); another list 1 + UNPAGED_LIST_ROWS × its selection (at least 1 a
 * row); an object 1 plus its selection.
 */
const defaultEstimator: ComplexityEstimator = ({ type, field, childComplexity }) => {
  if (isLeafType(getNamedType(field.type))) return 0;
  const fieldType = getNullableType(field.type);
  if (!isListType(fieldType)) return 1 + childComplexity;
  if (field.name === 'nodes' && type.name.endsWith('Page')) return 1 + childComplexity;
  return 1 + UNPAGED_LIST_ROWS * Math.max(childComplexity, 1);
};

/** The estimators, in order: page size, a field's own price, the default. */
export const COMPLEXITY_ESTIMATORS: ComplexityEstimator[] = [
  pageEstimator,
  fieldExtensionsEstimator(),
  defaultEstimator,
];

function tooComplex(message: Message, extensions: Record<string, unknown> = {}) {
  return edgeError('TOO_COMPLEX', message, { ...extensions, http: { status: 400 } });
}

/** What a walk over a document found (scanDocument). */
export interface DocumentScan {
  readonly fields: number;
  readonly asksForSchema: boolean;
}

/** Each document's scan: Apollo hands the same parsed document to every request that sends its text. */
const scanned = new WeakMap<DocumentNode, DocumentScan>();

/**
 * One walk over the document: the field selections written in it (every alias counts) and whether it asks
 * for the schema (`__schema`, `__type`). Each parsed document is walked once and its scan kept while the
 * document is (Apollo's document cache holds the parsed documents of repeated texts): the scan reads only the
 * kinds and names of the nodes, which never change once parsed (graphql-jit adds a property of its own to
 * field nodes, which the walk does not read).
 */
export function scanDocument(document: DocumentNode): DocumentScan {
  let known = scanned.get(document);
  if (!known) scanned.set(document, (known = walkDocument(document)));
  return known;
}

function walkDocument(document: DocumentNode): DocumentScan {
  let fields = 0;
  let asksForSchema = false;
  visit(document, {
    Field(node) {
      fields++;
      if (node.name.value === '__schema' || node.name.value === '__type') asksForSchema = true;
    },
  });
  return { fields, asksForSchema };
}

/** The number of field selections written in the document (every alias counts). */
export function countFields(document: DocumentNode): number {
  return scanDocument(document).fields;
}

/**
 * The complexity of the operation to run. Throws TOO_COMPLEX when the estimator cannot price it (too many
 * nodes once fragments are expanded, or any other failure): a query that cannot be priced does not run.
 * Returns undefined when the variables are invalid, which execution reports as BAD_USER_INPUT.
 */
export function operationComplexity(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined,
  variables: Record<string, unknown>,
): number | undefined {
  const operations = document.definitions.filter(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  );
  const operation = operationName
    ? operations.find((candidate) => candidate.name?.value === operationName)
    : operations.length === 1
      ? operations[0]
      : undefined;
  // No such operation: execution reports it.
  if (!operation) return undefined;
  const { errors } = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
  if (errors?.length) return undefined;
  try {
    return getComplexity({
      schema,
      query: document,
      operationName,
      variables,
      estimators: COMPLEXITY_ESTIMATORS,
      maxQueryNodes: MAX_QUERY_FIELDS,
    });
  } catch {
    // The estimator gives up on a document that expands past MAX_QUERY_FIELDS nodes (fragments spread
    // many times) and on anything else it cannot walk: such a document is refused, never run unpriced.
    throw tooComplex(msg('QUERY_TOO_LARGE_TO_PRICE', { max: MAX_QUERY_FIELDS }), {
      maxFields: MAX_QUERY_FIELDS,
    });
  }
}

/** True when any string in the value contains a NUL character, which PostgreSQL text cannot hold. */
function hasNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (depth > 20 || typeof value !== 'object' || value === null) return false;
  return Object.values(value).some((item) => hasNul(item, depth + 1));
}

/**
 * What an answer says of its cost in `extensions.cost` (docs/api.md, "Pacing"): the operation's
 * complexity as priced before it ran, the most one operation may cost, and what was left of that.
 */
export interface OperationCost {
  requestedComplexity: number;
  maximumComplexity: number;
  remainingComplexity: number;
}

/**
 * Refuses introspection to callers who are not signed in, documents that select more than MAX_QUERY_FIELDS
 * fields, operations the estimator cannot price and operations above the complexity budget (depth is
 * limited by a validation rule). All before execution: a refused query runs no SQL. An operation that
 * runs says its cost in `extensions.cost`.
 */
export function hardeningPlugin(maxComplexity: number): ApolloServerPlugin<GraphQLContext> {
  return {
    requestDidStart() {
      let cost: OperationCost | undefined;
      return Promise.resolve({
        didResolveOperation({ contextValue, document, request, schema, operationName }) {
          const { fields, asksForSchema } = scanDocument(document);
          if (!contextValue.req.actor && asksForSchema) {
            throw edgeError('UNAUTHENTICATED', msg('INTROSPECTION_NEEDS_SIGN_IN'), { http: { status: 401 } });
          }
          if (hasNul(request.variables) || (request.query ?? '').includes('\u0000')) {
            throw edgeError('BAD_USER_INPUT', msg('NUL_CHARACTER'), { http: { status: 400 } });
          }
          if (fields > MAX_QUERY_FIELDS) {
            throw tooComplex(msg('QUERY_TOO_MANY_FIELDS', { fields, max: MAX_QUERY_FIELDS }), {
              fields,
              maxFields: MAX_QUERY_FIELDS,
            });
          }
          const complexity = operationComplexity(
            schema,
            document,
            operationName ?? undefined,
            request.variables ?? {},
          );
          if (complexity !== undefined && complexity > maxComplexity) {
            throw tooComplex(msg('QUERY_TOO_COMPLEX', { complexity, max: maxComplexity }), {
              complexity,
              maxComplexity,
            });
          }
          if (complexity !== undefined)
            cost = {
              requestedComplexity: complexity,
              maximumComplexity: maxComplexity,
              remainingComplexity: maxComplexity - complexity,
            };
          return Promise.resolve();
        },
        // Every answer of an operation that was priced says its cost, data or errors alike.
        willSendResponse({ response }) {
          if (cost && response.body.kind === 'single') {
            const result = response.body.singleResult;
            result.extensions = { ...result.extensions, cost };
          }
          return Promise.resolve();
        },
      });
    },
  };
}
