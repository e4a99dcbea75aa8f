/** Allocation lines, with the totals over every matching line in `meta`. */
import type { GetListParams, GetListResult } from 'react-admin';
import { ALLOCATION_LIST, type AllocationListMeta } from '../../allocations/allocations.graphql';
import type { GraphQLClient } from '../graphqlClient';
import { apiSort, page, pick, type Json, type ResourceHandler } from './common';

export const ALLOCATION_SORT_FIELDS = {
  year: 'YEAR',
  'initiative.code': 'INITIATIVE',
  'organisation.name': 'ORGANISATION',
  plannedAmount: 'PLANNED_AMOUNT',
  actualAmount: 'ACTUAL_AMOUNT',
};

async function allocationList(
  client: GraphQLClient,
  params: GetListParams,
  extra: Json = {},
): Promise<GetListResult> {
  const source = { ...(params.filter as Json), ...extra };
  const filter = pick(source, ['organisationId', 'initiativeId', 'year', 'runId', 'includeSuperseded']);
  if (typeof filter.year === 'string') filter.year = Number(filter.year);
  const data = await client.request(
    ALLOCATION_LIST,
    { filter, sort: apiSort(params.sort, ALLOCATION_SORT_FIELDS), ...page(params.pagination) },
    { signal: params.signal },
  );
  const { nodes, totalCount, totalAmount, totalActualAmount } = data.allocations;
  const meta: AllocationListMeta = { totalAmount, totalActualAmount };
  return { data: nodes, total: totalCount, meta };
}

export const allocations: ResourceHandler = {
  documents: { list: ALLOCATION_LIST },
  getList: (client, params) => allocationList(client, params),
  getManyReference: (client, params) =>
    allocationList(client, params, { [params.target]: String(params.id) }),
};
