/** Users: the organisation's id flattened onto the record for the form. */
import type { RaRecord } from 'react-admin';
import type { UserFieldsFragment } from '../../api/graphql';
import { CREATE_USER, UPDATE_USER, USER_FIELDS, USER_LIST, USER_ONE } from '../../users/users.graphql';
import {
  apiSort,
  changes,
  filled,
  manyByAliases,
  notFound,
  page,
  pick,
  type Json,
  type ResourceHandler,
} from './common';

export const USER_SORT_FIELDS = {
  name: 'NAME',
  email: 'EMAIL',
  lastLoginAt: 'LAST_LOGIN_AT',
  createdAt: 'CREATED_AT',
};

export const USER_MANY = {
  typeName: 'User',
  field: 'user',
  fragmentName: 'UserFields',
  fragment: USER_FIELDS,
};

const toUserRecord = (user: UserFieldsFragment): RaRecord => ({
  ...user,
  organisationId: user.organisation?.id ?? null,
});

export const users: ResourceHandler = {
  documents: { list: USER_LIST, one: USER_ONE, create: CREATE_USER, update: UPDATE_USER },
  async getList(client, params) {
    const filter = pick(params.filter as Json, ['search', 'organisationId', 'role', 'active']);
    const data = await client.request(
      USER_LIST,
      { ...filter, sort: apiSort(params.sort, USER_SORT_FIELDS), ...page(params.pagination) },
      { signal: params.signal },
    );
    return { data: data.users.nodes.map(toUserRecord), total: data.users.totalCount };
  },
  async getOne(client, params) {
    const data = await client.request(USER_ONE, { id: String(params.id) }, { signal: params.signal });
    if (!data.user) throw notFound();
    return { data: toUserRecord(data.user) };
  },
  getMany: (client, params) => manyByAliases<UserFieldsFragment>(client, USER_MANY, params.ids, toUserRecord),
  async create(client, params) {
    const input = filled(params.data as Json, ['email', 'name', 'organisationId', 'password', 'roles']);
    const data = await client.request(CREATE_USER, { input });
    return { data: toUserRecord(data.createUser) };
  },
  async update(client, params) {
    const input = changes(params, ['name', 'organisationId', 'roles', 'active', 'password']);
    if (input.password === null) delete input.password;
    const data = await client.request(UPDATE_USER, { input });
    return { data: toUserRecord(data.updateUser) };
  },
};
