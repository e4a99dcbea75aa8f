/**
 * Resources whose API operations do not follow the organisations/initiatives pattern
 * (`things(filter, sort, offset, limit)`): each maps react-admin's calls to its own queries and
 * mutations. Every list is sorted and paged by the API: `sortFields` maps a column's source to the API's
 * sort enum, and a column without one offers no sort.
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
import type { GraphQLClient } from './graphqlClient';

type Json = Record<string, unknown>;

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

const isEmpty = (value: unknown) => value === undefined || value === null || value === '';

function page(pagination: GetListParams['pagination']): { offset: number; limit: number } {
  const perPage = pagination?.perPage ?? 25;
  const current = pagination?.page ?? 1;
  return { offset: Math.max(0, (current - 1) * perPage), limit: Math.min(LIMITS.pageSize, perPage) };
}

function notFound(): HttpError {
  return new HttpError('ra.notification.item_doesnt_exist', 404, { code: 'NOT_FOUND' });
}

/** Trimmed strings, blank → null. */
function clean(value: unknown): unknown {
  if (typeof value === 'string') {
    const trimmed = value.trim();
    return trimmed === '' ? null : trimmed;
  }
  return value === undefined ? null : value;
}

/** The filter keys the API knows, with react-admin's `q` as `search`; empty values dropped. */
function pick(filter: Json | undefined, keys: readonly string[], lists: readonly string[] = []): Json {
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
function changes(params: UpdateParams, fields: readonly string[]): Json {
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

function filled(data: Json, fields: readonly string[]): Json {
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

async function manyByAliases(
  client: GraphQLClient,
  typeName: string,
  field: string,
  selection: string,
  ids: readonly unknown[],
  toRecord: (node: Json) => RaRecord,
): Promise<{ data: RaRecord[] }> {
  const unique = [...new Set(ids.map(String))].slice(0, 50);
  if (unique.length === 0) return { data: [] };
  const document = manyDocument(typeName, field, selection, unique.length);
  const variables = Object.fromEntries(unique.map((id, i) => [`id${i}`, id]));
  const data = await client.request<Record<string, Json | null>>(document, variables, {
    tolerate: ['NOT_FOUND'],
  });
  return {
    data: unique
      .map((_, i) => data[`r${i}`])
      .filter((node): node is Json => !!node)
      .map(toRecord),
  };
}

function manyDocument(typeName: string, field: string, selection: string, count: number): string {
  const variables = Array.from({ length: count }, (_, i) => `$id${i}: ID!`).join(', ');
  const fields = Array.from({ length: count }, (_, i) => `  r${i}: ${field}(id: $id${i}) { ${selection} }`);
  return `query ${typeName}Many(${variables}) {\n${fields.join('\n')}\n}`;
}

// ---------------------------------------------------------------------------------------------------
// Cost-sharing keys

const KEY_VERSION = 'id versionNumber spec populationYear validFrom validTo createdAt';
const KEY_SELECTION = `id name description ownerOrganisation { id name } currentVersion version isDemo updatedAt
  current { ${KEY_VERSION} }`;
const KEY_DETAIL = `${KEY_SELECTION} versions { ${KEY_VERSION} }`;

const KEY_LIST = `query CostSharingKeyList($search: String, $ownerOrganisationId: ID, $method: String, $sort: CostSharingKeySort, $offset: Int!, $limit: Int!) {
  costSharingKeys(search: $search, ownerOrganisationId: $ownerOrganisationId, method: $method, sort: $sort, offset: $offset, limit: $limit) {
    totalCount
    nodes { ${KEY_SELECTION} }
  }
}`;
const KEY_ONE = `query CostSharingKey($id: ID!) { costSharingKey(id: $id) { ${KEY_DETAIL} } }`;
const KEY_CREATE = `mutation CreateCostSharingKey($input: CreateCostSharingKeyInput!) {
  createCostSharingKey(input: $input) { ${KEY_DETAIL} }
}`;
const KEY_UPDATE = `mutation UpdateCostSharingKey($input: UpdateCostSharingKeyInput!) {
  updateCostSharingKey(input: $input) { ${KEY_DETAIL} }
}`;

export interface CostSharingKeyVersion {
  id: string;
  versionNumber: number;
  spec: Json;
  populationYear: number | null;
  validFrom: string | null;
  validTo: string | null;
  createdAt: string;
}

export interface CostSharingKeyRecord extends RaRecord {
  id: string;
  name: string;
  description: string;
  ownerOrganisation: { id: string; name: string };
  ownerOrganisationId: string;
  currentVersion: number;
  version: number;
  isDemo: boolean;
  updatedAt: string;
  current: CostSharingKeyVersion;
  versions?: CostSharingKeyVersion[];
  /** The current rules, flattened for the editor. */
  spec: Json;
  method: string;
  populationYear: number | null;
  validFrom: string | null;
  validTo: string | null;
}

export function toKeyRecord(node: Json): CostSharingKeyRecord {
  const key = node as unknown as CostSharingKeyRecord;
  return {
    ...key,
    ownerOrganisationId: key.ownerOrganisation?.id,
    spec: key.current?.spec ?? {},
    method: typeof key.current?.spec?.method === 'string' ? key.current.spec.method : '',
    populationYear: key.current?.populationYear ?? null,
    validFrom: key.current?.validFrom ?? null,
    validTo: key.current?.validTo ?? null,
  };
}

export const KEY_SORT_FIELDS = { name: 'NAME', createdAt: 'CREATED_AT', updatedAt: 'UPDATED_AT' };

const KEY_FIELDS = ['name', 'description', 'spec', 'populationYear', 'validFrom', 'validTo'] as const;

const costSharingKeys: ResourceHandler = {
  documents: { list: KEY_LIST, one: KEY_ONE, create: KEY_CREATE, update: KEY_UPDATE },
  async getList(client, params) {
    const filter = pick(params.filter as Json, ['search', 'ownerOrganisationId', 'method']);
    const data = await client.request<{ costSharingKeys: { totalCount: number; nodes: Json[] } }>(
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
    const data = await client.request<{ costSharingKey: Json | null }>(
      KEY_ONE,
      { id: String(params.id) },
      { signal: params.signal },
    );
    if (!data.costSharingKey) throw notFound();
    return { data: toKeyRecord(data.costSharingKey) };
  },
  getMany: (client, params) =>
    manyByAliases(client, 'CostSharingKey', 'costSharingKey', KEY_SELECTION, params.ids, toKeyRecord),
  async create(client, params) {
    const input = filled(params.data as Json, ['ownerOrganisationId', ...KEY_FIELDS]);
    const data = await client.request<{ createCostSharingKey: Json }>(KEY_CREATE, { input });
    return { data: toKeyRecord(data.createCostSharingKey) };
  },
  async update(client, params) {
    const data = await client.request<{ updateCostSharingKey: Json }>(KEY_UPDATE, {
      input: changes(params, KEY_FIELDS),
    });
    return { data: toKeyRecord(data.updateCostSharingKey) };
  },
};

// ---------------------------------------------------------------------------------------------------
// Users

const USER_SELECTION = `id email name roles organisation { id name } active lastLoginAt createdAt isDemo version`;
const USER_LIST = `query UserList($search: String, $organisationId: ID, $role: Role, $active: Boolean, $sort: UserSort, $offset: Int!, $limit: Int!) {
  users(search: $search, organisationId: $organisationId, role: $role, active: $active, sort: $sort, offset: $offset, limit: $limit) {
    totalCount
    nodes { ${USER_SELECTION} }
  }
}`;
const USER_ONE = `query User($id: ID!) { user(id: $id) { ${USER_SELECTION} } }`;
const USER_CREATE = `mutation CreateUser($input: CreateUserInput!) { createUser(input: $input) { ${USER_SELECTION} } }`;
const USER_UPDATE = `mutation UpdateUser($input: UpdateUserInput!) { updateUser(input: $input) { ${USER_SELECTION} } }`;

export const USER_SORT_FIELDS = {
  name: 'NAME',
  email: 'EMAIL',
  lastLoginAt: 'LAST_LOGIN_AT',
  createdAt: 'CREATED_AT',
};

const toUserRecord = (node: Json): RaRecord => ({
  ...(node as RaRecord),
  organisationId: (node.organisation as { id?: string } | null)?.id ?? null,
});

const users: ResourceHandler = {
  documents: { list: USER_LIST, one: USER_ONE, create: USER_CREATE, update: USER_UPDATE },
  async getList(client, params) {
    const filter = pick(params.filter as Json, ['search', 'organisationId', 'role', 'active']);
    const data = await client.request<{ users: { totalCount: number; nodes: Json[] } }>(
      USER_LIST,
      { ...filter, sort: apiSort(params.sort, USER_SORT_FIELDS), ...page(params.pagination) },
      { signal: params.signal },
    );
    return { data: data.users.nodes.map(toUserRecord), total: data.users.totalCount };
  },
  async getOne(client, params) {
    const data = await client.request<{ user: Json | null }>(
      USER_ONE,
      { id: String(params.id) },
      { signal: params.signal },
    );
    if (!data.user) throw notFound();
    return { data: toUserRecord(data.user) };
  },
  getMany: (client, params) =>
    manyByAliases(client, 'User', 'user', USER_SELECTION, params.ids, toUserRecord),
  async create(client, params) {
    const input = filled(params.data as Json, ['email', 'name', 'organisationId', 'password', 'roles']);
    const data = await client.request<{ createUser: Json }>(USER_CREATE, { input });
    return { data: toUserRecord(data.createUser) };
  },
  async update(client, params) {
    const input = changes(params, ['name', 'organisationId', 'roles', 'active', 'password']);
    if (input.password === null) delete input.password;
    const data = await client.request<{ updateUser: Json }>(USER_UPDATE, { input });
    return { data: toUserRecord(data.updateUser) };
  },
};

// ---------------------------------------------------------------------------------------------------
// API tokens (the secret comes once, from create)

const TOKEN_SELECTION = `id name prefix scopes createdAt expiresAt lastUsedAt revokedAt
  owner { id name email organisation { id name } }`;
const TOKEN_LIST = `query ApiTokenList($all: Boolean!, $active: Boolean, $search: String, $sort: ApiTokenSort, $offset: Int!, $limit: Int!) {
  apiTokens(all: $all, active: $active, search: $search, sort: $sort, offset: $offset, limit: $limit) {
    totalCount nodes { ${TOKEN_SELECTION} }
  }
}`;
const TOKEN_CREATE = `mutation CreateApiToken($input: CreateApiTokenInput!) {
  createApiToken(input: $input) { secret token { ${TOKEN_SELECTION} } }
}`;
const TOKEN_REVOKE = `mutation RevokeApiToken($id: ID!) { revokeApiToken(id: $id) { ${TOKEN_SELECTION} } }`;

export const TOKEN_SORT_FIELDS = {
  name: 'NAME',
  createdAt: 'CREATED_AT',
  expiresAt: 'EXPIRES_AT',
  lastUsedAt: 'LAST_USED_AT',
};

const withStatus = (token: Json): RaRecord => ({
  ...(token as RaRecord),
  status: token.revokedAt
    ? 'REVOKED'
    : typeof token.expiresAt === 'string' && token.expiresAt < new Date().toISOString()
      ? 'EXPIRED'
      : 'ACTIVE',
});

const apiTokens: ResourceHandler = {
  documents: { list: TOKEN_LIST, create: TOKEN_CREATE, revoke: TOKEN_REVOKE },
  async getList(client, params) {
    const source = (params.filter as Json | undefined) ?? {};
    const filter = pick(source, ['search', 'active']);
    const data = await client.request<{ apiTokens: { totalCount: number; nodes: Json[] } }>(
      TOKEN_LIST,
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
      expiresAt: source.expiresAt,
    };
    const data = await client.request<{ createApiToken: { secret: string; token: Json } }>(TOKEN_CREATE, {
      input,
    });
    return { data: { ...withStatus(data.createApiToken.token), secret: data.createApiToken.secret } };
  },
  /** "Delete" is revoke: the token stays listed, with the time it was revoked. */
  async delete(client, params) {
    const data = await client.request<{ revokeApiToken: Json }>(TOKEN_REVOKE, { id: String(params.id) });
    return { data: withStatus(data.revokeApiToken) };
  },
};

// ---------------------------------------------------------------------------------------------------
// Audit events (read only)

const AUDIT_SELECTION = `id occurredAt actorEmail actorKind actorUserId actorTokenId entityType entityId operation
  organisationId ownerOrganisationId initiativeId before after`;

export const AUDIT_SORT_FIELDS = {
  occurredAt: 'OCCURRED_AT',
  operation: 'OPERATION',
  entityType: 'ENTITY_TYPE',
  actorEmail: 'ACTOR',
};
const AUDIT_LIST = `query AuditEventList($filter: AuditEventFilter, $sort: AuditEventSort, $offset: Int!, $limit: Int!) {
  auditEvents(filter: $filter, sort: $sort, offset: $offset, limit: $limit) {
    totalCount
    nodes { ${AUDIT_SELECTION} }
  }
}`;

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
  const filter: Json = pick(source, ['entityType', 'entityId', 'actorId', 'initiativeId']);
  const from = dayStart(source.from);
  const to = dayStart(source.to, true);
  if (from) filter.from = from;
  if (to) filter.to = to;
  const data = await client.request<{ auditEvents: { totalCount: number; nodes: RaRecord[] } }>(
    AUDIT_LIST,
    { filter, sort: apiSort(params.sort, AUDIT_SORT_FIELDS), ...page(params.pagination) },
    { signal: params.signal },
  );
  return { data: data.auditEvents.nodes, total: data.auditEvents.totalCount };
}

const auditEvents: ResourceHandler = {
  documents: { list: AUDIT_LIST },
  getList: (client, params) => auditList(client, params),
  getManyReference: (client, params) => auditList(client, params, { [params.target]: String(params.id) }),
};

// ---------------------------------------------------------------------------------------------------
// Allocation lines, with the totals over every matching line in `meta`

const ALLOCATION_SELECTION = `id year plannedAmount actualAmount share explanation
  explanationNb: explanation(language: NB) costCategory costItemId
  organisation { id name } initiative { id code name } run { id status createdAt } keyVersion { versionNumber }`;
const ALLOCATION_LIST = `query AllocationList($filter: AllocationFilter, $sort: AllocationSort, $offset: Int!, $limit: Int!) {
  allocations(filter: $filter, sort: $sort, offset: $offset, limit: $limit) {
    totalCount totalAmount totalActualAmount
    nodes { ${ALLOCATION_SELECTION} }
  }
}`;

export const ALLOCATION_SORT_FIELDS = {
  year: 'YEAR',
  'initiative.code': 'INITIATIVE',
  'organisation.name': 'ORGANISATION',
  plannedAmount: 'PLANNED_AMOUNT',
  actualAmount: 'ACTUAL_AMOUNT',
};

export interface AllocationListMeta {
  totalAmount: string;
  totalActualAmount: string;
}

async function allocationList(
  client: GraphQLClient,
  params: GetListParams,
  extra: Json = {},
): Promise<GetListResult> {
  const source = { ...(params.filter as Json), ...extra };
  const filter = pick(source, ['organisationId', 'initiativeId', 'year', 'runId', 'includeSuperseded']);
  if (typeof filter.year === 'string') filter.year = Number(filter.year);
  const data = await client.request<{
    allocations: { totalCount: number; totalAmount: string; totalActualAmount: string; nodes: RaRecord[] };
  }>(
    ALLOCATION_LIST,
    { filter, sort: apiSort(params.sort, ALLOCATION_SORT_FIELDS), ...page(params.pagination) },
    { signal: params.signal },
  );
  const { nodes, totalCount, totalAmount, totalActualAmount } = data.allocations;
  const meta: AllocationListMeta = { totalAmount, totalActualAmount };
  return { data: nodes, total: totalCount, meta };
}

const allocations: ResourceHandler = {
  documents: { list: ALLOCATION_LIST },
  getList: (client, params) => allocationList(client, params),
  getManyReference: (client, params) =>
    allocationList(client, params, { [params.target]: String(params.id) }),
};

// ---------------------------------------------------------------------------------------------------
// Cost items, paged with the sums of every matching item in `meta`

const COST_ITEM_SELECTION = `id year category description plannedAmount actualAmount costSharingKey { id name }
  isDemo version`;
const COST_ITEM_LIST = `query CostItemList($filter: CostItemFilter, $sort: CostItemSort, $offset: Int!, $limit: Int!) {
  costItems(filter: $filter, sort: $sort, offset: $offset, limit: $limit) {
    totalCount totalPlannedAmount totalActualAmount
    nodes { ${COST_ITEM_SELECTION} initiative { id } }
  }
}`;
const COST_ITEM_CREATE = `mutation CreateCostItem($input: CreateCostItemInput!) {
  createCostItem(input: $input) { ${COST_ITEM_SELECTION} }
}`;
const COST_ITEM_UPDATE = `mutation UpdateCostItem($input: UpdateCostItemInput!) {
  updateCostItem(input: $input) { ${COST_ITEM_SELECTION} }
}`;
const COST_ITEM_DELETE = `mutation DeleteCostItem($id: ID!, $version: Int!) { deleteCostItem(id: $id, version: $version) }`;

export const COST_ITEM_SORT_FIELDS = {
  year: 'YEAR',
  category: 'CATEGORY',
  description: 'DESCRIPTION',
  plannedAmount: 'PLANNED_AMOUNT',
  actualAmount: 'ACTUAL_AMOUNT',
};

export interface CostItemListMeta {
  totalPlannedAmount: string;
  totalActualAmount: string;
}

const toCostItem = (node: Json, initiativeId?: string): RaRecord => ({
  ...(node as RaRecord),
  initiativeId: initiativeId ?? (node.initiative as { id?: string } | null)?.id,
  costSharingKeyId: (node.costSharingKey as { id?: string } | null)?.id ?? null,
});

const COST_ITEM_FIELDS = [
  'year',
  'category',
  'description',
  'plannedAmount',
  'actualAmount',
  'costSharingKeyId',
] as const;

const costItems: ResourceHandler = {
  documents: {
    list: COST_ITEM_LIST,
    create: COST_ITEM_CREATE,
    update: COST_ITEM_UPDATE,
    delete: COST_ITEM_DELETE,
  },
  async getManyReference(client, params) {
    if (params.target !== 'initiativeId') {
      throw new HttpError(`Cannot reference costItems by "${params.target}"`, 400, { code: 'BAD_TARGET' });
    }
    const filter = pick(
      { ...(params.filter as Json), initiativeId: String(params.id) },
      ['initiativeId', 'year', 'category', 'search'],
      ['category'],
    );
    if (typeof filter.year === 'string') filter.year = Number(filter.year);
    const data = await client.request<{
      costItems: { totalCount: number; totalPlannedAmount: string; totalActualAmount: string; nodes: Json[] };
    }>(
      COST_ITEM_LIST,
      { filter, sort: apiSort(params.sort, COST_ITEM_SORT_FIELDS), ...page(params.pagination) },
      { signal: params.signal },
    );
    const { nodes, totalCount, totalPlannedAmount, totalActualAmount } = data.costItems;
    const meta: CostItemListMeta = { totalPlannedAmount, totalActualAmount };
    return { data: nodes.map((node) => toCostItem(node, String(params.id))), total: totalCount, meta };
  },
  async create(client, params) {
    const source = params.data as Json;
    const input: Json = { initiativeId: source.initiativeId, ...filled(source, COST_ITEM_FIELDS) };
    if (typeof input.year === 'string') input.year = Number(input.year);
    const data = await client.request<{ createCostItem: Json }>(COST_ITEM_CREATE, { input });
    return { data: toCostItem(data.createCostItem, String(source.initiativeId)) };
  },
  async update(client, params) {
    const input = changes(params, COST_ITEM_FIELDS);
    if (typeof input.year === 'string') input.year = Number(input.year);
    const data = await client.request<{ updateCostItem: Json }>(COST_ITEM_UPDATE, { input });
    const previous = params.previousData as Json | undefined;
    return { data: toCostItem(data.updateCostItem, previous?.initiativeId as string | undefined) };
  },
  async delete(client, params) {
    const previous = params.previousData as Json | undefined;
    await client.request(COST_ITEM_DELETE, { id: String(params.id), version: previous?.version });
    const deleted: RaRecord = previous ? (previous as RaRecord) : { id: String(params.id) };
    return { data: deleted };
  },
};

// ---------------------------------------------------------------------------------------------------
// Benefits

const BENEFIT_SELECTION = `id title description category status isDisBenefit isDemo version updatedAt
  indicator { name unit direction } baseline { date value } targets { date value } valuePerUnit
  owner { name role userId } receivingOrganisation { id name }
  initiative { id code name owner { id name } }
  measurementFrequency measurementMethod
  realisation { asOf rag percent improvement plannedImprovement targetToDate latestValue latestDate
    monetisedPlannedNok monetisedRealisedNok }`;
const BENEFIT_DETAIL = `${BENEFIT_SELECTION}
  measurements {
    id date value source comment recordedAt recordedByName revision correctionReason
    versions { id value revision recordedAt recordedByName correctionReason }
  }
  risks { id description likelihood impact mitigation }`;
const BENEFIT_LIST = `query BenefitList($filter: BenefitFilter, $sort: BenefitSort, $offset: Int!, $limit: Int!) {
  benefits(filter: $filter, sort: $sort, offset: $offset, limit: $limit) {
    totalCount
    nodes { ${BENEFIT_SELECTION} }
  }
}`;
const BENEFIT_ONE = `query Benefit($id: ID!) { benefit(id: $id) { ${BENEFIT_DETAIL} } }`;
const BENEFIT_CREATE = `mutation CreateBenefit($input: CreateBenefitInput!) { createBenefit(input: $input) { ${BENEFIT_DETAIL} } }`;
const BENEFIT_UPDATE = `mutation UpdateBenefit($input: UpdateBenefitInput!) { updateBenefit(input: $input) { ${BENEFIT_DETAIL} } }`;

export const BENEFIT_SORT_FIELDS = {
  'initiative.code': 'INITIATIVE',
  title: 'TITLE',
  category: 'CATEGORY',
  status: 'STATUS',
  'baseline.date': 'BASELINE_DATE',
  updatedAt: 'UPDATED_AT',
};

const toBenefit = (node: Json): RaRecord => {
  const initiative = node.initiative as { id?: string; owner?: { id?: string } } | null;
  return {
    ...(node as RaRecord),
    initiativeId: initiative?.id ?? null,
    initiativeOwnerId: initiative?.owner?.id ?? null,
    receivingOrganisationId: (node.receivingOrganisation as { id?: string } | null)?.id ?? null,
    rag: (node.realisation as { rag?: string } | null)?.rag ?? null,
  };
};

const BENEFIT_FIELDS = [
  'title',
  'description',
  'category',
  'status',
  'isDisBenefit',
  'indicator',
  'baseline',
  'targets',
  'valuePerUnit',
  'owner',
  'receivingOrganisationId',
  'measurementFrequency',
  'measurementMethod',
] as const;

/** Nested inputs keep only the API's fields. */
function benefitInput(input: Json): Json {
  const result = { ...input };
  const indicator = result.indicator as Json | null | undefined;
  if (indicator)
    result.indicator = { name: indicator.name, unit: indicator.unit, direction: indicator.direction };
  const baseline = result.baseline as Json | null | undefined;
  if (baseline) result.baseline = { date: baseline.date, value: String(baseline.value) };
  if (Array.isArray(result.targets)) {
    result.targets = (result.targets as Json[])
      .filter((target) => target && !isEmpty(target.date) && !isEmpty(target.value))
      .map((target) => ({ date: target.date, value: String(target.value) }));
  }
  const owner = result.owner as Json | null | undefined;
  if (owner) {
    result.owner = {
      name: owner.name,
      ...(isEmpty(owner.role) ? {} : { role: owner.role }),
      ...(isEmpty(owner.userId) ? {} : { userId: owner.userId }),
    };
  }
  return result;
}

async function benefitList(client: GraphQLClient, params: GetListParams): Promise<GetListResult> {
  const filter = pick(
    params.filter as Json,
    ['initiativeId', 'receivingOrganisationId', 'category', 'status', 'search'],
    ['category', 'status'],
  );
  const data = await client.request<{ benefits: { totalCount: number; nodes: Json[] } }>(
    BENEFIT_LIST,
    { filter, sort: apiSort(params.sort, BENEFIT_SORT_FIELDS), ...page(params.pagination) },
    { signal: params.signal },
  );
  return { data: data.benefits.nodes.map(toBenefit), total: data.benefits.totalCount };
}

const benefits: ResourceHandler = {
  documents: { list: BENEFIT_LIST, one: BENEFIT_ONE, create: BENEFIT_CREATE, update: BENEFIT_UPDATE },
  getList: benefitList,
  getManyReference(client, params) {
    return benefitList(client, {
      ...params,
      filter: { ...(params.filter as Json), [params.target]: String(params.id) },
    });
  },
  async getOne(client, params) {
    const data = await client.request<{ benefit: Json | null }>(
      BENEFIT_ONE,
      { id: String(params.id) },
      { signal: params.signal },
    );
    if (!data.benefit) throw notFound();
    return { data: toBenefit(data.benefit) };
  },
  getMany: (client, params) =>
    manyByAliases(client, 'Benefit', 'benefit', BENEFIT_SELECTION, params.ids, toBenefit),
  async create(client, params) {
    const source = params.data as Json;
    const input = benefitInput({ initiativeId: source.initiativeId, ...filled(source, BENEFIT_FIELDS) });
    const data = await client.request<{ createBenefit: Json }>(BENEFIT_CREATE, { input });
    return { data: toBenefit(data.createBenefit) };
  },
  async update(client, params) {
    const data = await client.request<{ updateBenefit: Json }>(BENEFIT_UPDATE, {
      input: benefitInput(changes(params, BENEFIT_FIELDS)),
    });
    return { data: toBenefit(data.updateBenefit) };
  },
};

// ---------------------------------------------------------------------------------------------------
// Participants of an initiative, paged with how many of them pay in `meta`

const PARTICIPANT_LIST = `query ParticipantList($initiativeId: ID!, $filter: ParticipantFilter, $sort: ParticipantSort, $offset: Int!, $limit: Int!) {
  participants(initiativeId: $initiativeId, filter: $filter, sort: $sort, offset: $offset, limit: $limit) {
    totalCount payingCount
    nodes { id role pays costGroup organisation { id name kind administrativeLevel population } }
  }
}`;

export const PARTICIPANT_SORT_FIELDS = {
  'organisation.name': 'ORGANISATION',
  role: 'ROLE',
  'organisation.administrativeLevel': 'ADMINISTRATIVE_LEVEL',
  'organisation.population': 'POPULATION',
};

export interface ParticipantListMeta {
  payingCount: number;
}

const participants: ResourceHandler = {
  documents: { list: PARTICIPANT_LIST },
  async getManyReference(client, params) {
    if (params.target !== 'initiativeId') {
      throw new HttpError(`Cannot reference participants by "${params.target}"`, 400, { code: 'BAD_TARGET' });
    }
    const source = (params.filter as Json | undefined) ?? {};
    const filter = pick(source, ['search', 'role', 'administrativeLevel', 'pays'], ['role']);
    const data = await client.request<{
      participants: { totalCount: number; payingCount: number; nodes: Json[] };
    }>(
      PARTICIPANT_LIST,
      {
        initiativeId: String(params.id),
        filter,
        sort: apiSort(params.sort, PARTICIPANT_SORT_FIELDS),
        ...page(params.pagination),
      },
      { signal: params.signal },
    );
    const { nodes, totalCount, payingCount } = data.participants;
    const meta: ParticipantListMeta = { payingCount };
    return { data: nodes as RaRecord[], total: totalCount, meta };
  },
};

export const RESOURCE_HANDLERS: Record<string, ResourceHandler> = {
  participants,
  costSharingKeys,
  users,
  apiTokens,
  auditEvents,
  allocations,
  costItems,
  benefits,
};

/** Every document of the handlers, for contract tests against the API's generated schema. */
export function handlerDocuments(): Record<string, string> {
  const documents: Record<string, string> = {};
  for (const [resource, handler] of Object.entries(RESOURCE_HANDLERS)) {
    for (const [name, document] of Object.entries(handler.documents))
      documents[`${resource}.${name}`] = document;
  }
  documents['costSharingKeys.many'] = manyDocument('CostSharingKey', 'costSharingKey', KEY_SELECTION, 2);
  documents['users.many'] = manyDocument('User', 'user', USER_SELECTION, 2);
  documents['benefits.many'] = manyDocument('Benefit', 'benefit', BENEFIT_SELECTION, 2);
  return documents;
}
