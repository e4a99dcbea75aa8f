import { describe, expect, it } from '@jest/globals';
import type { GraphQLClient } from './graphqlClient';
import { RESOURCE_HANDLERS } from './resources';

describe('API tokens handler', () => {
  it('reads every page of the API (500 at a time) and sorts and pages them itself', async () => {
    const tokens = Array.from({ length: 503 }, (_, index) => ({
      id: `t${index}`,
      name: `Nøkkel ${String(index).padStart(3, '0')}`,
      prefix: `gv_${index}`,
      scopes: ['READ'],
      createdAt: '2026-01-01T00:00:00Z',
      expiresAt: index === 0 ? '2026-02-01T00:00:00Z' : '2099-01-01T00:00:00Z',
      lastUsedAt: null,
      revokedAt: index === 1 ? '2026-03-01T00:00:00Z' : null,
    }));
    const calls: Record<string, unknown>[] = [];
    const client: GraphQLClient = {
      request<TData>(_query: string, variables?: object): Promise<TData> {
        const { offset, limit } = variables as { offset: number; limit: number };
        calls.push(variables as Record<string, unknown>);
        const result = {
          apiTokens: { totalCount: tokens.length, nodes: tokens.slice(offset, offset + limit) },
        };
        return Promise.resolve(result as TData);
      },
    };
    const result = await RESOURCE_HANDLERS.apiTokens.getList?.(client, {
      filter: { all: true },
      sort: { field: 'name', order: 'ASC' },
      pagination: { page: 1, perPage: 3 },
    });
    expect(calls).toEqual([
      { all: true, offset: 0, limit: 500 },
      { all: true, offset: 500, limit: 500 },
    ]);
    expect(result?.total).toBe(503);
    expect(result?.data.map((token) => [token.id, token.status])).toEqual([
      ['t0', 'EXPIRED'],
      ['t1', 'REVOKED'],
      ['t2', 'ACTIVE'],
    ]);
  });
});
