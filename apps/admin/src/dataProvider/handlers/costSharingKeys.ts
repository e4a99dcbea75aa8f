/** Cost-sharing keys: the current version's rules flattened onto the record for the key editor. */
import type { CostSharingKeyFieldsFragment } from '../../api/graphql';
import {
  CREATE_KEY,
  KEY_FIELDS,
  KEY_LIST,
  KEY_ONE,
  KEY_VERSION_FIELDS,
  UPDATE_KEY,
  type CostSharingKeyRecord,
  type CostSharingKeyVersion,
} from '../../costSharingKeys/costSharingKeys.graphql';
import { specOfKeySpec } from '../../costSharingKeys/keySpec';
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

type ApiVersion = CostSharingKeyFieldsFragment['current'];
type ApiKey = CostSharingKeyFieldsFragment & { versions?: ApiVersion[] };

/** A version with its typed rules also as the JSON specification the editor works on. */
const withSpec = (version: ApiVersion): CostSharingKeyVersion => ({
  ...version,
  spec: specOfKeySpec(version.keySpec),
});

export function toKeyRecord(key: ApiKey): CostSharingKeyRecord {
  const current = key.current ? withSpec(key.current) : key.current;
  const spec = current?.spec ?? {};
  return {
    ...key,
    current,
    versions: key.versions?.map(withSpec),
    ownerOrganisationId: key.ownerOrganisation?.id,
    spec,
    method: typeof spec.method === 'string' ? spec.method : '',
    populationYear: key.current?.populationYear ?? null,
    validFrom: key.current?.validFrom ?? null,
    validTo: key.current?.validTo ?? null,
  };
}

export const KEY_SORT_FIELDS = { name: 'NAME', createdAt: 'CREATED_AT', updatedAt: 'UPDATED_AT' };

const KEY_INPUT_FIELDS = ['name', 'description', 'spec', 'populationYear', 'validFrom', 'validTo'] as const;

export const KEY_MANY = {
  typeName: 'CostSharingKey',
  field: 'costSharingKey',
  fragmentName: 'CostSharingKeyFields',
  fragment: `${KEY_FIELDS}\n${KEY_VERSION_FIELDS}`,
};

export const costSharingKeys: ResourceHandler = {
  documents: { list: KEY_LIST, one: KEY_ONE, create: CREATE_KEY, update: UPDATE_KEY },
  async getList(client, params) {
    const filter = pick(params.filter as Json, ['search', 'ownerOrganisationId', 'method']);
    const data = await client.request(
      KEY_LIST,
      { ...filter, sort: apiSort(params.sort, KEY_SORT_FIELDS), ...page(params.pagination) },
      { signal: params.signal },
    );
    return {
      data: data.costSharingKeys.nodes.map(toKeyRecord),
      total: data.costSharingKeys.totalCount,
    };
  },
  async getOne(client, params) {
    const data = await client.request(KEY_ONE, { id: String(params.id) }, { signal: params.signal });
    if (!data.costSharingKey) throw notFound();
    return { data: toKeyRecord(data.costSharingKey) };
  },
  getMany: (client, params) => manyByAliases<ApiKey>(client, KEY_MANY, params.ids, toKeyRecord),
  async create(client, params) {
    const input = filled(params.data as Json, ['ownerOrganisationId', ...KEY_INPUT_FIELDS]);
    const data = await client.request(CREATE_KEY, { input });
    return { data: toKeyRecord(data.createCostSharingKey) };
  },
  async update(client, params) {
    const data = await client.request(UPDATE_KEY, { input: changes(params, KEY_INPUT_FIELDS) });
    return { data: toKeyRecord(data.updateCostSharingKey) };
  },
};
