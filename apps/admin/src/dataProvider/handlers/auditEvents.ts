/** Audit events (read only), for the log and an initiative's history. */
import type { GetListParams, GetListResult } from 'react-admin';
import { AUDIT_LIST } from '../../audit/audit.graphql';
import type { GraphQLClient } from '../graphqlClient';
import { apiSort, page, pick, type Json, type ResourceHandler } from './common';

export const AUDIT_SORT_FIELDS = {
  occurredAt: 'OCCURRED_AT',
  operation: 'OPERATION',
  entityType: 'ENTITY_TYPE',
  actorEmail: 'ACTOR',
};

/** "2026-11-23" → the start of that day in Norway, for the API's DateTime filters. */
function dayStart(value: unknown, endOfDay = false): string | undefined {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const date = new Date(`${value}T00:00:00`);
  if (endOfDay) date.setDate(date.getDate() + 1);
  return date.toISOString();
}

async function auditList(
  client: GraphQLClient,
  params: GetListParams,
  extra: Json = {},
): Promise<GetListResult> {
  const source = { ...(params.filter as Json), ...extra };
  const filter: Json = pick(source, ['entityType', 'entityId', 'operation', 'actorId', 'initiativeId']);
  const from = dayStart(source.from);
  const to = dayStart(source.to, true);
  if (from) filter.from = from;
  if (to) filter.to = to;
  const data = await client.request(
    AUDIT_LIST,
    { filter, sort: apiSort(params.sort, AUDIT_SORT_FIELDS), ...page(params.pagination) },
    { signal: params.signal },
  );
  return { data: data.auditEvents.nodes, total: data.auditEvents.totalCount };
}

export const auditEvents: ResourceHandler = {
  documents: { list: AUDIT_LIST },
  getList: (client, params) => auditList(client, params),
  getManyReference: (client, params) => auditList(client, params, { [params.target]: String(params.id) }),
};
