/**
 * react-admin's DataProvider on top of Gevinst's own GraphQL API. Each resource says which of the
 * API's operations, filters, sort fields and inputs it maps to; nothing here assumes a generic
 * "react-admin GraphQL" grammar on the server.
 *
 *   getList / getManyReference → organisations(filter, offset, limit, sort) { totalCount nodes }
 *   getOne                     → organisation(id)
 *   getMany                    → organisation(id) once per id, as aliases in one request
 *   create                     → createOrganisation(input)
 *   update                     → updateOrganisation(input: { id, version, …changed fields })
 *   (and the same for initiatives)
 *
 * The API has no delete for these, so delete/deleteMany/updateMany reject; the UI offers none of them.
 * Every other resource (cost-sharing keys, users, API tokens, audit events, allocations, cost items,
 * benefits) has its own handler in resources.ts.
 */
import {
  HttpError,
  type CreateParams,
  type DataProvider,
  type DeleteParams,
  type GetListParams,
  type GetManyParams,
  type GetManyReferenceParams,
  type GetOneParams,
  type RaRecord,
  type UpdateParams,
} from 'react-admin';
import type { GraphQLDocument } from '../api/graphql';
import {
  CREATE_INITIATIVE,
  INITIATIVE_FIELDS,
  INITIATIVE_LIST,
  INITIATIVE_ONE,
  UPDATE_INITIATIVE,
  type Initiative,
} from '../initiatives/initiatives.graphql';
import {
  CREATE_ORGANISATION,
  ORGANISATION_FIELDS,
  ORGANISATION_LIST,
  ORGANISATION_ONE,
  UPDATE_ORGANISATION,
  type Organisation,
} from '../organisations/organisations.graphql';
import { graphqlClient, type GraphQLClient } from './graphqlClient';
import { RESOURCE_HANDLERS, type ResourceHandler } from './resources';
import { manyDocument } from './handlers/common';

type Json = Record<string, unknown>;

/** A page of nodes as the API's list queries return it. */
interface Page {
  totalCount: number;
  nodes: Json[];
}

interface ResourceDefinition {
  /**
   * The documents (in the resource's own `<resource>.graphql.ts`) and the fields they answer in. The
   * provider reads their answers as JSON, for both resources alike; toRecord gives each its record type.
   */
  list: { document: string; field: string };
  one: { document: string; field: string };
  create: { document: string; field: string };
  update: { document: string; field: string };
  /** getMany asks for `one.field` once per id, as aliases, with this fragment. */
  many: { typeName: string; fragment: string; fragmentName: string };
  /** react-admin sort field (a record source) → the API's sort enum. */
  sortFields: Record<string, string>;
  /** Filter keys the API accepts. react-admin's full-text `q` becomes `search`. */
  filterFields: readonly string[];
  /** Filters the API takes as lists ("any of these"); a single value from a SelectInput is wrapped. */
  listFilterFields: readonly string[];
  /** Record fields a form may send to create/update, in the API's input names. */
  inputFields: readonly string[];
  toRecord: (node: Json) => RaRecord;
}

export const RESOURCES: Record<string, ResourceDefinition> = {
  organisations: {
    list: { document: ORGANISATION_LIST, field: 'organisations' },
    one: { document: ORGANISATION_ONE, field: 'organisation' },
    create: { document: CREATE_ORGANISATION, field: 'createOrganisation' },
    update: { document: UPDATE_ORGANISATION, field: 'updateOrganisation' },
    many: { typeName: 'Organisation', fragment: ORGANISATION_FIELDS, fragmentName: 'OrganisationFields' },
    sortFields: {
      name: 'NAME',
      orgNumber: 'ORG_NUMBER',
      municipalityNumber: 'MUNICIPALITY_NUMBER',
      kind: 'KIND',
      population: 'POPULATION',
    },
    filterFields: ['kind', 'administrativeLevel', 'countyNumber', 'parentId', 'isDemo', 'search'],
    listFilterFields: ['kind'],
    inputFields: ['name', 'orgNumber', 'kind', 'municipalityNumber', 'countyNumber', 'parentId'],
    toRecord: (node): Organisation => {
      const organisation = node as unknown as Organisation;
      return {
        ...organisation,
        populations: organisation.populations ?? [],
        parentId: organisation.parent?.id ?? null,
      };
    },
  },
  initiatives: {
    list: { document: INITIATIVE_LIST, field: 'initiatives' },
    one: { document: INITIATIVE_ONE, field: 'initiative' },
    create: { document: CREATE_INITIATIVE, field: 'createInitiative' },
    update: { document: UPDATE_INITIATIVE, field: 'updateInitiative' },
    many: { typeName: 'Initiative', fragment: INITIATIVE_FIELDS, fragmentName: 'InitiativeFields' },
    sortFields: {
      code: 'CODE',
      name: 'NAME',
      phase: 'PHASE',
      startDate: 'START_DATE',
      updatedAt: 'UPDATED_AT',
      // Computed figures, sorted on the server across pages (issue 16).
      'figures.plannedBenefitNok': 'PLANNED_BENEFIT',
      'figures.plannedBenefitToDateNok': 'PLANNED_BENEFIT_TO_DATE',
      'figures.realisedBenefitNok': 'REALISED_BENEFIT',
      'figures.realisationPercent': 'REALISATION_PERCENT',
    },
    filterFields: [
      'withoutLifeEvent',
      'ownerAdministrativeLevel',
      'ministryId',
      'ownerId',
      'participantId',
      'phase',
      'lifeEvent',
      'rag',
      'administrativeLevel',
      'isDemo',
      'search',
      'statusReportOverdue',
    ],
    listFilterFields: ['phase', 'lifeEvent', 'rag'],
    inputFields: [
      'code',
      'name',
      'description',
      'ownerId',
      'ministryId',
      'lifeEvent',
      'phase',
      'startDate',
      'endDate',
      'lifetimeYears',
      'residualValue',
      'preProjectRunningCost',
      'priceBaseYear',
      'fundingSources',
    ],
    toRecord: (node): Initiative => {
      const initiative = node as unknown as Initiative;
      return {
        ...initiative,
        fundingSources: (initiative.fundingSources ?? []).map((source) => ({
          ...source,
          organisationId: source.organisation?.id ?? null,
        })),
        ownerId: initiative.owner?.id ?? null,
        ministryId: initiative.ministry?.id ?? null,
      };
    },
  },
};

/** How many records one getMany request asks for (as aliases), to stay under query-complexity limits. */
export const GET_MANY_BATCH = 20;

function definitionOf(resource: string): ResourceDefinition {
  const definition = RESOURCES[resource];
  if (!definition) throw new HttpError(`Unknown resource "${resource}"`, 404, { code: 'UNKNOWN_RESOURCE' });
  return definition;
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}

/** react-admin filter values → the API's filter input (unknown keys and empty values are dropped). */
export function toApiFilter(definition: ResourceDefinition, filter: Json | undefined): Json | undefined {
  const result: Json = {};
  for (const [key, value] of Object.entries(filter ?? {})) {
    const apiKey = key === 'q' ? 'search' : key;
    if (!definition.filterFields.includes(apiKey) || isEmpty(value)) continue;
    const cleaned = typeof value === 'string' ? value.trim() : value;
    result[apiKey] =
      definition.listFilterFields.includes(apiKey) && !Array.isArray(cleaned) ? [cleaned] : cleaned;
  }
  return Object.keys(result).length > 0 ? result : undefined;
}

export function toApiSort(
  definition: ResourceDefinition,
  sort: GetListParams['sort'],
): { field: string; direction: 'ASC' | 'DESC' } | undefined {
  const field = sort ? definition.sortFields[sort.field] : undefined;
  if (!sort || !field) return undefined;
  return { field, direction: sort.order === 'DESC' ? 'DESC' : 'ASC' };
}

function toPage(pagination: GetListParams['pagination']): { offset: number; limit: number } {
  const perPage = pagination?.perPage ?? 25;
  const page = pagination?.page ?? 1;
  return { offset: Math.max(0, (page - 1) * perPage), limit: perPage };
}

/** A value on its way into an input: blank strings mean "no value", lists keep only API fields. */
function toInputValue(field: string, value: unknown): unknown {
  if (typeof value === 'string') {
    const trimmed = value.trim();
    return trimmed === '' ? null : trimmed;
  }
  if (field === 'fundingSources' && Array.isArray(value)) {
    // The API replaces the whole list on update, so every source is sent with all of its fields.
    return (value as Json[])
      .filter((source) => source && !isEmpty(source.scheme))
      .map((source) => {
        const description = typeof source.description === 'string' ? source.description.trim() : '';
        const text = (value: unknown) => (typeof value === 'string' ? value.trim() : value);
        // A grant names no organisation (the scheme pays): one left over from another scheme is dropped.
        const organisationId =
          source.scheme === 'OWN_BUDGET' || source.scheme === 'OTHER' ? text(source.organisationId) : null;
        // Only an own budget has a budget chapter and post; only StimuLab support is in kind (issue 15).
        const chapter = source.scheme === 'OWN_BUDGET' ? text(source.budgetChapter) : null;
        const post = source.scheme === 'OWN_BUDGET' ? text(source.budgetPost) : null;
        const inKind = source.scheme === 'STIMULAB' ? text(source.inKindDescription) : null;
        return {
          year: typeof source.year === 'string' ? Number(source.year) : source.year,
          scheme: source.scheme,
          amount: text(source.amount),
          ...(isEmpty(organisationId) ? {} : { organisationId }),
          ...(isEmpty(text(source.receivedAmount)) ? {} : { receivedAmount: text(source.receivedAmount) }),
          ...(description ? { description } : {}),
          ...(isEmpty(chapter) ? {} : { budgetChapter: chapter }),
          ...(isEmpty(post) ? {} : { budgetPost: post }),
          ...(isEmpty(inKind) ? {} : { inKindDescription: inKind }),
        };
      });
  }
  return value === undefined ? null : value;
}

/** Create input: every non-empty input field. */
export function toCreateInput(definition: ResourceDefinition, data: Json): Json {
  const input: Json = {};
  for (const field of definition.inputFields) {
    if (!(field in data)) continue;
    const value = toInputValue(field, data[field]);
    if (value !== null) input[field] = value;
  }
  return input;
}

/**
 * Update input: id, the version the user started from (optimistic locking) and the fields that
 * changed since then; null clears a field.
 */
export function toUpdateInput(definition: ResourceDefinition, params: UpdateParams): Json {
  const data = params.data as Json;
  const previous = params.previousData as Json | undefined;
  const input: Json = { id: params.id, version: previous?.version ?? data.version };
  for (const field of definition.inputFields) {
    if (!(field in data)) continue;
    const value = toInputValue(field, data[field]);
    if (previous && JSON.stringify(value) === JSON.stringify(toInputValue(field, previous[field]))) continue;
    input[field] = value;
  }
  return input;
}

function manyQuery(
  definition: ResourceDefinition,
  count: number,
): GraphQLDocument<Record<string, Json | null>> {
  const { typeName, fragment, fragmentName } = definition.many;
  return manyDocument(typeName, definition.one.field, `...${fragmentName}`, count, fragment);
}

/** Every GraphQL document the provider can send, for contract tests against the API's schema. */
export function allDocuments(): Record<string, string> {
  const documents: Record<string, string> = {};
  for (const [resource, definition] of Object.entries(RESOURCES)) {
    documents[`${resource}.list`] = definition.list.document;
    documents[`${resource}.one`] = definition.one.document;
    documents[`${resource}.many`] = manyQuery(definition, 2);
    documents[`${resource}.create`] = definition.create.document;
    documents[`${resource}.update`] = definition.update.document;
  }
  return documents;
}

function notSupported(): Promise<never> {
  return Promise.reject(new HttpError('gevinst.errors.not_supported', 405, { code: 'NOT_SUPPORTED' }));
}

function notFound(): HttpError {
  return new HttpError('ra.notification.item_doesnt_exist', 404, { code: 'NOT_FOUND' });
}

export function createDataProvider(client: GraphQLClient = graphqlClient): DataProvider {
  async function list(
    resource: string,
    params: Pick<GetListParams, 'pagination' | 'sort' | 'filter' | 'signal'>,
  ): Promise<{ data: RaRecord[]; total: number }> {
    const definition = definitionOf(resource);
    const variables = {
      filter: toApiFilter(definition, params.filter as Json | undefined),
      sort: toApiSort(definition, params.sort),
      ...toPage(params.pagination),
    };
    const data = await client.request<Record<string, Page>>(definition.list.document, variables, {
      signal: params.signal,
    });
    const connection = data[definition.list.field];
    return { data: connection.nodes.map(definition.toRecord), total: connection.totalCount };
  }

  async function one(resource: string, params: GetOneParams): Promise<{ data: RaRecord }> {
    const definition = definitionOf(resource);
    const data = await client.request<Record<string, Json | null>>(
      definition.one.document,
      { id: String(params.id) },
      { signal: params.signal },
    );
    const node = data[definition.one.field];
    if (!node) throw notFound();
    return { data: definition.toRecord(node) };
  }

  async function many(resource: string, params: GetManyParams): Promise<{ data: RaRecord[] }> {
    const definition = definitionOf(resource);
    const ids = [...new Set(params.ids.map(String))];
    const batches: string[][] = [];
    for (let i = 0; i < ids.length; i += GET_MANY_BATCH) batches.push(ids.slice(i, i + GET_MANY_BATCH));
    const results = await Promise.all(
      batches.map(async (batch) => {
        const variables = Object.fromEntries(batch.map((id, i) => [`id${i}`, id]));
        const data = await client.request(manyQuery(definition, batch.length), variables, {
          signal: params.signal,
          tolerate: ['NOT_FOUND'],
        });
        return batch.map((_, i) => data[`r${i}`]);
      }),
    );
    const nodes = results.flat().filter((node): node is Json => !!node);
    return { data: nodes.map(definition.toRecord) };
  }

  async function create(resource: string, params: CreateParams): Promise<{ data: RaRecord }> {
    const definition = definitionOf(resource);
    const data = await client.request<Record<string, Json>>(definition.create.document, {
      input: toCreateInput(definition, params.data as Json),
    });
    return { data: definition.toRecord(data[definition.create.field]) };
  }

  async function update(resource: string, params: UpdateParams): Promise<{ data: RaRecord }> {
    const definition = definitionOf(resource);
    const data = await client.request<Record<string, Json>>(definition.update.document, {
      input: toUpdateInput(definition, params),
    });
    return { data: definition.toRecord(data[definition.update.field]) };
  }

  /** Resources with their own handler (resources.ts) go there; a missing operation is not supported. */
  function handled<K extends Exclude<keyof ResourceHandler, 'documents'>>(
    resource: string,
    operation: K,
  ): ((params: Parameters<NonNullable<ResourceHandler[K]>>[1]) => Promise<unknown>) | undefined {
    const handler = RESOURCE_HANDLERS[resource];
    if (!handler) return undefined;
    const method = handler[operation] as
      ((c: GraphQLClient, p: Parameters<NonNullable<ResourceHandler[K]>>[1]) => Promise<unknown>) | undefined;
    return method ? (params) => method.call(handler, client, params) : () => notSupported();
  }

  // react-admin's DataProvider methods are generic in the record type; ours are Gevinst's records.
  const provider = {
    supportAbortSignal: true,
    getList: (resource: string, params: GetListParams) =>
      handled(resource, 'getList')?.(params) ?? list(resource, params),
    getOne: (resource: string, params: GetOneParams) =>
      handled(resource, 'getOne')?.(params) ?? one(resource, params),
    getMany: (resource: string, params: GetManyParams) =>
      handled(resource, 'getMany')?.(params) ?? many(resource, params),
    getManyReference: (resource: string, params: GetManyReferenceParams) => {
      const custom = handled(resource, 'getManyReference');
      if (custom) return custom(params);
      const definition = definitionOf(resource);
      const target = params.target === 'q' ? 'search' : params.target;
      if (!definition.filterFields.includes(target)) {
        return Promise.reject(
          new HttpError(`Cannot reference ${resource} by "${params.target}"`, 400, { code: 'BAD_TARGET' }),
        );
      }
      return list(resource, { ...params, filter: { ...(params.filter as Json), [target]: params.id } });
    },
    create: (resource: string, params: CreateParams) =>
      handled(resource, 'create')?.(params) ?? create(resource, params),
    update: (resource: string, params: UpdateParams) =>
      handled(resource, 'update')?.(params) ?? update(resource, params),
    updateMany: notSupported,
    delete: (resource: string, params: DeleteParams) =>
      handled(resource, 'delete')?.(params) ?? notSupported(),
    deleteMany: notSupported,
  };
  return provider as unknown as DataProvider;
}

export const dataProvider = createDataProvider();
