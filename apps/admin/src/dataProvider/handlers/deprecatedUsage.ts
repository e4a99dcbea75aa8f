/** Deprecated-field usage (administrators, read only): one row per coordinate, client, operation and day. */
import type { RaRecord } from 'react-admin';
import type { DeprecatedUsageListQuery } from '../../api/graphql';
import { DEPRECATED_USAGE_LIST } from '../../deprecatedUsage/deprecatedUsage.graphql';
import { apiSort, page, pick, type Json, type ResourceHandler } from './common';

export const DEPRECATED_USAGE_SORT_FIELDS = {
  day: 'DAY',
  coordinate: 'COORDINATE',
  clientName: 'CLIENT_NAME',
  operationName: 'OPERATION_NAME',
  requestCount: 'REQUEST_COUNT',
  lastSeenAt: 'LAST_SEEN_AT',
};

type Row = DeprecatedUsageListQuery['deprecatedUsage']['nodes'][number];

/** A row has no id of its own: its key (coordinate, client, operation, day) is one. */
const withId = (row: Row): RaRecord => ({
  ...row,
  id: [row.coordinate, row.clientKind, row.clientId, row.operationName ?? '', row.day].join('|'),
});

export const deprecatedUsage: ResourceHandler = {
  documents: { list: DEPRECATED_USAGE_LIST },
  async getList(client, params) {
    const source = (params.filter as Json | undefined) ?? {};
    const filter = pick(source, ['coordinate', 'clientKind', 'clientId', 'operationName', 'since']);
    const data = await client.request(
      DEPRECATED_USAGE_LIST,
      {
        ...(Object.keys(filter).length ? { filter } : {}),
        sort: apiSort(params.sort, DEPRECATED_USAGE_SORT_FIELDS),
        ...page(params.pagination),
      },
      { signal: params.signal },
    );
    return { data: data.deprecatedUsage.nodes.map(withId), total: data.deprecatedUsage.totalCount };
  },
};
