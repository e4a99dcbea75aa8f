import { describe, expect, it } from '@jest/globals';
import type { GraphQLClient } from './graphqlClient';
import { RESOURCE_HANDLERS, apiSort } from './resources';

/** A client that records each request's variables and answers with `answer(variables)`. */
function recordingClient(answer: (variables: Record<string, unknown>) => unknown) {
  const calls: Record<string, unknown>[] = [];
  const client: GraphQLClient = {
    request<TData>(_query: string, variables?: object): Promise<TData> {
      calls.push(variables as Record<string, unknown>);
      return Promise.resolve(answer(variables as Record<string, unknown>) as TData);
    },
  };
  return { client, calls };
}

describe('sorting on the server', () => {
  it("maps a column's source to the API's sort field, and leaves unsortable columns to the API's order", () => {
    const fields = { name: 'NAME', 'initiative.code': 'INITIATIVE' };
    expect(apiSort({ field: 'name', order: 'DESC' }, fields)).toEqual({ field: 'NAME', direction: 'DESC' });
    expect(apiSort({ field: 'initiative.code', order: 'ASC' }, fields)).toEqual({
      field: 'INITIATIVE',
      direction: 'ASC',
    });
    expect(apiSort({ field: 'prefix', order: 'ASC' }, fields)).toBeUndefined();
    expect(apiSort(undefined, fields)).toBeUndefined();
  });
});

describe('API tokens handler', () => {
  it('asks the API for one sorted, filtered page and marks each token ACTIVE, EXPIRED or REVOKED', async () => {
    const nodes = [
      { id: 't0', name: 'A', expiresAt: '2026-02-01T00:00:00Z', revokedAt: null },
      { id: 't1', name: 'B', expiresAt: '2099-01-01T00:00:00Z', revokedAt: '2026-03-01T00:00:00Z' },
      { id: 't2', name: 'C', expiresAt: '2099-01-01T00:00:00Z', revokedAt: null },
    ];
    const { client, calls } = recordingClient(() => ({ apiTokens: { totalCount: 503, nodes } }));
    const result = await RESOURCE_HANDLERS.apiTokens.getList?.(client, {
      filter: { all: true, q: ' integrasjon ', active: false },
      sort: { field: 'lastUsedAt', order: 'DESC' },
      pagination: { page: 3, perPage: 25 },
    });
    expect(calls).toEqual([
      {
        all: true,
        search: 'integrasjon',
        active: false,
        sort: { field: 'LAST_USED_AT', direction: 'DESC' },
        offset: 50,
        limit: 25,
      },
    ]);
    expect(result?.total).toBe(503);
    expect(result?.data.map((token) => [token.id, token.status])).toEqual([
      ['t0', 'EXPIRED'],
      ['t1', 'REVOKED'],
      ['t2', 'ACTIVE'],
    ]);
  });
});

describe('deprecated usage handler', () => {
  it('asks for one filtered, sorted page and gives each row its key as id', async () => {
    const nodes = [
      {
        coordinate: 'OrganisationPosition.paidNok',
        clientKind: 'API_TOKEN',
        clientId: 't1',
        operationName: 'Positions',
        day: '2026-12-06',
        requestCount: 2,
      },
      {
        coordinate: 'OrganisationPosition.paidNok',
        clientKind: 'API_TOKEN',
        clientId: 't1',
        operationName: null,
        day: '2026-12-06',
        requestCount: 1,
      },
    ];
    const { client, calls } = recordingClient(() => ({ deprecatedUsage: { totalCount: 27, nodes } }));
    const result = await RESOURCE_HANDLERS.deprecatedUsage.getList?.(client, {
      filter: {
        coordinate: ' OrganisationPosition. ',
        clientKind: 'API_TOKEN',
        since: '2026-12-01',
        other: 'x',
      },
      sort: { field: 'requestCount', order: 'DESC' },
      pagination: { page: 2, perPage: 25 },
    });
    expect(calls).toEqual([
      {
        filter: { coordinate: 'OrganisationPosition.', clientKind: 'API_TOKEN', since: '2026-12-01' },
        sort: { field: 'REQUEST_COUNT', direction: 'DESC' },
        offset: 25,
        limit: 25,
      },
    ]);
    expect(result?.total).toBe(27);
    expect(result?.data.map((row) => row.id)).toEqual([
      'OrganisationPosition.paidNok|API_TOKEN|t1|Positions|2026-12-06',
      'OrganisationPosition.paidNok|API_TOKEN|t1||2026-12-06',
    ]);
  });

  it('sends no filter when none is set, and leaves a column without a sort field to the API', async () => {
    const { client, calls } = recordingClient(() => ({ deprecatedUsage: { totalCount: 0, nodes: [] } }));
    await RESOURCE_HANDLERS.deprecatedUsage.getList?.(client, {
      filter: { coordinate: '' },
      sort: { field: 'firstSeenAt', order: 'ASC' },
      pagination: { page: 1, perPage: 10 },
    });
    expect(calls).toEqual([{ sort: undefined, offset: 0, limit: 10 }]);
  });
});

describe('cost items handler', () => {
  it("pages an initiative's cost items on the server, with the sums of all pages in meta", async () => {
    const { client, calls } = recordingClient(() => ({
      costItems: {
        totalCount: 41,
        totalPlannedAmount: '1234567.89',
        totalActualAmount: '0.00',
        nodes: [{ id: 'c1', year: 2025, costSharingKey: null, initiative: { id: 'i1' } }],
      },
    }));
    const result = await RESOURCE_HANDLERS.costItems.getManyReference?.(client, {
      target: 'initiativeId',
      id: 'i1',
      filter: { year: '2025' },
      sort: { field: 'plannedAmount', order: 'DESC' },
      pagination: { page: 2, perPage: 10 },
    });
    expect(calls).toEqual([
      {
        filter: { initiativeId: 'i1', year: 2025 },
        sort: { field: 'PLANNED_AMOUNT', direction: 'DESC' },
        offset: 10,
        limit: 10,
      },
    ]);
    expect(result?.total).toBe(41);
    expect(result?.meta).toEqual({ totalPlannedAmount: '1234567.89', totalActualAmount: '0.00' });
    expect(result?.data[0]).toMatchObject({ id: 'c1', initiativeId: 'i1', costSharingKeyId: null });
  });

  it('sends and reads the source that pays an item, and whose own budget', async () => {
    const node = {
      id: 'c2',
      year: 2026,
      costSharingKey: null,
      fundingScheme: 'OWN_BUDGET',
      payingOrganisation: { id: 'o-3', name: 'Kommune 03' },
      version: 1,
    };
    const { client, calls } = recordingClient(() => ({ createCostItem: node, updateCostItem: node }));
    const created = await RESOURCE_HANDLERS.costItems.create?.(client, {
      data: {
        initiativeId: 'i1',
        year: '2026',
        category: 'DEVELOPMENT',
        plannedAmount: '100.00',
        fundingScheme: 'OWN_BUDGET',
        payingOrganisationId: 'o-3',
      },
    });
    expect(calls[0]).toEqual({
      input: {
        initiativeId: 'i1',
        year: 2026,
        category: 'DEVELOPMENT',
        plannedAmount: '100.00',
        fundingScheme: 'OWN_BUDGET',
        payingOrganisationId: 'o-3',
      },
    });
    expect(created?.data).toMatchObject({ id: 'c2', payingOrganisationId: 'o-3', initiativeId: 'i1' });
    await RESOURCE_HANDLERS.costItems.update?.(client, {
      id: 'c2',
      data: { ...node, fundingScheme: 'DIGIFIN', payingOrganisationId: null },
      previousData: { ...node, payingOrganisationId: 'o-3', initiativeId: 'i1' },
    });
    expect(calls[1]).toEqual({
      input: { id: 'c2', version: 1, fundingScheme: 'DIGIFIN', payingOrganisationId: null },
    });
  });
});

describe('audit events handler', () => {
  it("reads an initiative's whole history through the initiativeId filter, newest first by default", async () => {
    const { client, calls } = recordingClient(() => ({ auditEvents: { totalCount: 0, nodes: [] } }));
    await RESOURCE_HANDLERS.auditEvents.getManyReference?.(client, {
      target: 'initiativeId',
      id: 'i1',
      filter: {},
      sort: { field: 'occurredAt', order: 'DESC' },
      pagination: { page: 1, perPage: 25 },
    });
    expect(calls).toEqual([
      {
        filter: { initiativeId: 'i1' },
        sort: { field: 'OCCURRED_AT', direction: 'DESC' },
        offset: 0,
        limit: 25,
      },
    ]);
  });
});
