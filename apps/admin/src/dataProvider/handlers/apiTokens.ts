/** API tokens: the secret comes once, from create; "delete" is revoke. */
import type { RaRecord } from 'react-admin';
import type { ApiTokenFieldsFragment } from '../../api/graphql';
import { API_TOKEN_LIST, CREATE_API_TOKEN, REVOKE_API_TOKEN } from '../../apiTokens/apiTokens.graphql';
import { apiSort, clean, page, pick, type Json, type ResourceHandler } from './common';

export const TOKEN_SORT_FIELDS = {
  name: 'NAME',
  createdAt: 'CREATED_AT',
  expiresAt: 'EXPIRES_AT',
  lastUsedAt: 'LAST_USED_AT',
};

const withStatus = (token: ApiTokenFieldsFragment): RaRecord => ({
  ...token,
  status: token.revokedAt
    ? 'REVOKED'
    : typeof token.expiresAt === 'string' && token.expiresAt < new Date().toISOString()
      ? 'EXPIRED'
      : 'ACTIVE',
});

export const apiTokens: ResourceHandler = {
  documents: { list: API_TOKEN_LIST, create: CREATE_API_TOKEN, revoke: REVOKE_API_TOKEN },
  async getList(client, params) {
    const source = (params.filter as Json | undefined) ?? {};
    const filter = pick(source, ['search', 'active']);
    const data = await client.request(
      API_TOKEN_LIST,
      {
        ...filter,
        all: source.all === true,
        sort: apiSort(params.sort, TOKEN_SORT_FIELDS),
        ...page(params.pagination),
      },
      { signal: params.signal },
    );
    return { data: data.apiTokens.nodes.map(withStatus), total: data.apiTokens.totalCount };
  },
  async create(client, params) {
    const source = params.data as Json;
    const input = {
      name: clean(source.name),
      scopes: source.scopes,
      expiresAt: source.expiresAt || null,
      // Administrators: a service account as the owner (omitted: the caller).
      ...(source.userId ? { userId: source.userId } : {}),
    };
    const data = await client.request(CREATE_API_TOKEN, { input });
    return { data: { ...withStatus(data.createApiToken.token), secret: data.createApiToken.secret } };
  },
  /** "Delete" is revoke: the token stays listed, with the time it was revoked. */
  async delete(client, params) {
    const data = await client.request(REVOKE_API_TOKEN, { id: String(params.id) });
    return { data: withStatus(data.revokeApiToken) };
  },
};
