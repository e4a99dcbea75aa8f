/**
 * What the resource handlers share: react-admin's pages, filters, sorts and form data turned into the
 * API's variables and inputs, and getMany as aliases.
 */
import {
  HttpError,
  type CreateParams,
  type DeleteParams,
  type GetListParams,
  type GetListResult,
  type GetManyParams,
  type GetManyReferenceParams,
  type GetOneParams,
  type RaRecord,
  type UpdateParams,
} from 'react-admin';
import { LIMITS } from '@gevinst/domain';
import type { GraphQLDocument } from '../../api/graphql';
import type { GraphQLClient } from '../graphqlClient';

export type Json = Record<string, unknown>;

/**
 * A resource whose API operations do not follow the organisations/initiatives pattern
 * (`things(filter, sort, offset, limit)`): it maps react-admin's calls to its own queries and mutations.
 */
export interface ResourceHandler {
  getList?(client: GraphQLClient, params: GetListParams): Promise<GetListResult>;
  getOne?(client: GraphQLClient, params: GetOneParams): Promise<{ data: RaRecord }>;
  getMany?(client: GraphQLClient, params: GetManyParams): Promise<{ data: RaRecord[] }>;
  getManyReference?(client: GraphQLClient, params: GetManyReferenceParams): Promise<GetListResult>;
  create?(client: GraphQLClient, params: CreateParams): Promise<{ data: RaRecord }>;
  update?(client: GraphQLClient, params: UpdateParams): Promise<{ data: RaRecord }>;
  delete?(client: GraphQLClient, params: DeleteParams): Promise<{ data: RaRecord }>;
  /** Every document the handler can send, for contract tests against the API's schema. */
  documents: Record<string, string>;
}

export const isEmpty = (value: unknown) => value === undefined || value === null || value === '';

export function page(pagination: GetListParams['pagination']): { offset: number; limit: number } {
  const perPage = pagination?.perPage ?? 25;
  const current = pagination?.page ?? 1;
  return { offset: Math.max(0, (current - 1) * perPage), limit: Math.min(LIMITS.pageSize, perPage) };
}

export function notFound(): HttpError {
  return new HttpError('ra.notification.item_doesnt_exist', 404, { code: 'NOT_FOUND' });
}

export function badTarget(resource: string, target: string): HttpError {
  return new HttpError(`Cannot reference ${resource} by "${target}"`, 400, { code: 'BAD_TARGET' });
}

/** Trimmed strings, blank → null. */
export function clean(value: unknown): unknown {
  if (typeof value === 'string') {
    const trimmed = value.trim();
    return trimmed === '' ? null : trimmed;
  }
  return value === undefined ? null : value;
}

/** The filter keys the API knows, with react-admin's `q` as `search`; empty values dropped. */
export function pick(filter: Json | undefined, keys: readonly string[], lists: readonly string[] = []): Json {
  const result: Json = {};
  for (const [key, value] of Object.entries(filter ?? {})) {
    const apiKey = key === 'q' ? 'search' : key;
    if (!keys.includes(apiKey) || isEmpty(value)) continue;
    if (Array.isArray(value) && value.length === 0) continue;
    const cleaned = clean(value);
    result[apiKey] = lists.includes(apiKey) && !Array.isArray(cleaned) ? [cleaned] : cleaned;
  }
  return result;
}

/** JSON with object keys sorted, so equal values compare equal whatever their key order. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner as Json).sort(([a], [b]) => a.localeCompare(b)))
      : inner,
  );
}

/** Fields of `data` that differ from `previous` (by JSON), cleaned; `id` and `version` always. */
export function changes(params: UpdateParams, fields: readonly string[]): Json {
  const data = params.data as Json;
  const previous = params.previousData as Json | undefined;
  const input: Json = { id: params.id, version: previous?.version ?? data.version };
  for (const field of fields) {
    if (!(field in data)) continue;
    const value = clean(data[field]);
    if (previous && stableJson(value) === stableJson(clean(previous[field]))) continue;
    input[field] = value;
  }
  return input;
}

export function filled(data: Json, fields: readonly string[]): Json {
  const input: Json = {};
  for (const field of fields) {
    const value = clean(data[field]);
    if (value !== null) input[field] = value;
  }
  return input;
}

/** react-admin's sort as the API's `{ field, direction }`, when the column maps to a sort field. */
export function apiSort(
  sort: GetListParams['sort'] | undefined,
  sortFields: Readonly<Record<string, string>>,
): { field: string; direction: 'ASC' | 'DESC' } | undefined {
  const field = sort ? sortFields[sort.field] : undefined;
  return field ? { field, direction: sort?.order === 'DESC' ? 'DESC' : 'ASC' } : undefined;
}

/**
 * One query asking for `count` records of `field(id:)` as aliases r0, r1, …, each with `selection`
 * (a fragment spread, whose `fragment` follows the query).
 */
export function manyDocument<TNode>(
  typeName: string,
  field: string,
  selection: string,
  count: number,
  fragment: string,
): GraphQLDocument<Record<string, TNode | null>> {
  const variables = Array.from({ length: count }, (_, i) => `$id${i}: ID!`).join(', ');
  const fields = Array.from({ length: count }, (_, i) => `  r${i}: ${field}(id: $id${i}) { ${selection} }`);
  return `query ${typeName}Many(${variables}) {\n${fields.join('\n')}\n}\n${fragment}`;
}

/** getMany: up to 50 records in one request, as aliases; ids that do not exist are left out. */
export async function manyByAliases<TNode extends Json>(
  client: GraphQLClient,
  many: { typeName: string; field: string; fragmentName: string; fragment: string },
  ids: readonly unknown[],
  toRecord: (node: TNode) => RaRecord,
): Promise<{ data: RaRecord[] }> {
  const unique = [...new Set(ids.map(String))].slice(0, 50);
  if (unique.length === 0) return { data: [] };
  const document = manyDocument<TNode>(
    many.typeName,
    many.field,
    `...${many.fragmentName}`,
    unique.length,
    many.fragment,
  );
  const variables = Object.fromEntries(unique.map((id, i) => [`id${i}`, id]));
  const data = await client.request(document, variables, { tolerate: ['NOT_FOUND'] });
  return {
    data: unique
      .map((_, i) => data[`r${i}`])
      .filter((node): node is TNode => !!node)
      .map(toRecord),
  };
}
