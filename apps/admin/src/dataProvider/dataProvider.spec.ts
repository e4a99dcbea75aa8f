/**
 * Runs the data provider against an executable copy of the API's generated schema
 * (apps/api/src/schema.gql) with an in-memory store, so the GraphQL it sends is parsed, validated and
 * answered for real, and drift on either side shows up here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from '@jest/globals';
import { GraphQLError, buildSchema, graphql, parse, validate, type GraphQLSchema } from 'graphql';
import type { DataProvider } from 'react-admin';
import type { InitiativeFieldsFragment, OrganisationFieldsFragment } from '../api/graphql';
import { createGraphQLClient, type GraphQLErrorBody } from './graphqlClient';
import { GET_MANY_BATCH, allDocuments, createDataProvider } from './dataProvider';

type ApiOrganisation = OrganisationFieldsFragment;
/** A funding source as the API answers it (the admin's fragment reads plannedAmount as `amount`). */
interface ApiFundingSource {
  year: number;
  scheme: string;
  organisation: { id: string; name: string } | null;
  plannedAmount: string;
  receivedAmount: string | null;
  description: string;
  budgetChapter: string | null;
  budgetPost: string | null;
  inKind: boolean;
  inKindDescription: string | null;
}
type ApiInitiative = Omit<InitiativeFieldsFragment, 'fundingSources'> & {
  fundingSources: ApiFundingSource[];
};

const schemas: [string, GraphQLSchema][] = [
  [
    'the API’s generated schema',
    buildSchema(readFileSync(join(__dirname, '../../../api/src/schema.gql'), 'utf8')),
  ],
];

interface Call {
  query: string;
  variables: Record<string, unknown>;
}

type Filter = Record<string, string | string[] | undefined>;
type Page = { filter?: Filter; offset: number; limit: number; sort?: { field: string; direction: string } };
type Input = Record<string, unknown> & { id?: string; version?: number };

function organisation(id: string, name: string, extra: Partial<ApiOrganisation> = {}): ApiOrganisation {
  return {
    id,
    orgNumber: '974760673',
    name,
    displayName: `${name} kommune`,
    kind: 'MUNICIPALITY' as ApiOrganisation['kind'],
    administrativeLevel: 'LOCAL' as ApiOrganisation['administrativeLevel'],
    municipalityNumber: null,
    countyNumber: null,
    parent: null,
    population: null,
    populations: [],
    isDemo: false,
    version: 1,
    ...extra,
  };
}

function fakeApi(schema: GraphQLSchema) {
  const organisations = new Map<string, ApiOrganisation>();
  const initiatives = new Map<string, ApiInitiative>();
  const calls: Call[] = [];
  const vestland = organisation('o-46', 'Vestland fylkeskommune', {
    kind: 'COUNTY_AUTHORITY' as ApiOrganisation['kind'],
    administrativeLevel: 'REGIONAL' as ApiOrganisation['administrativeLevel'],
    countyNumber: '46',
  });
  organisations.set(vestland.id, vestland);
  for (let i = 1; i <= 30; i++) {
    const id = `o-${i}`;
    organisations.set(
      id,
      organisation(id, `Kommune ${String(i).padStart(2, '0')}`, {
        municipalityNumber: `46${String(i).padStart(2, '0')}`,
        countyNumber: '46',
        parent: { id: vestland.id, name: vestland.name },
      }),
    );
  }

  const notFound = (id: string) =>
    new GraphQLError(`No record with id ${id}`, { extensions: { code: 'NOT_FOUND' } });
  const refOf = (id: unknown) => {
    const found = typeof id === 'string' ? organisations.get(id) : undefined;
    return found ? { id: found.id, name: found.name } : null;
  };

  /** A FundingSourceInput as the API stores and answers it. */
  const toSource = (source: Input): ApiFundingSource => ({
    year: Number(source.year),
    scheme: String(source.scheme),
    organisation: refOf(source.organisationId),
    plannedAmount: String(source.amount),
    receivedAmount: (source.receivedAmount as string | undefined) ?? null,
    description: (source.description as string | undefined) ?? '',
    budgetChapter: (source.budgetChapter as string | undefined) ?? null,
    budgetPost: (source.budgetPost as string | undefined) ?? null,
    inKind: typeof source.inKindDescription === 'string',
    inKindDescription: (source.inKindDescription as string | undefined) ?? null,
  });

  const rootValue = {
    organisations: ({ filter, offset, limit, sort }: Page) => {
      let nodes = [...organisations.values()].filter(
        (o) =>
          (!filter?.search || o.name.toLowerCase().includes(String(filter.search).toLowerCase())) &&
          (!filter?.kind || filter.kind.includes(o.kind)) &&
          (!filter?.parentId || o.parent?.id === filter.parentId),
      );
      if (sort?.field === 'NAME') nodes.sort((a, b) => a.name.localeCompare(b.name));
      if (sort?.direction === 'DESC') nodes = nodes.reverse();
      return { totalCount: nodes.length, nodes: nodes.slice(offset, offset + limit) };
    },
    organisation: ({ id }: { id: string }) => {
      const found = organisations.get(id);
      if (!found) throw notFound(id);
      return found;
    },
    createOrganisation: ({ input }: { input: Input }) => {
      const created = organisation(`o-new-${organisations.size}`, String(input.name), {
        ...(input as Partial<ApiOrganisation>),
        parent: refOf(input.parentId),
      });
      organisations.set(created.id, created);
      return created;
    },
    updateOrganisation: ({ input }: { input: Input }) => {
      const current = organisations.get(String(input.id));
      if (!current) throw notFound(String(input.id));
      if (input.version !== current.version) {
        throw new GraphQLError('Stale version', { extensions: { code: 'CONFLICT' } });
      }
      if (input.orgNumber === '123456789') {
        throw new GraphQLError('123456789 has an invalid check digit: expected 5, got 9', {
          extensions: { code: 'BAD_USER_INPUT', field: 'orgNumber' },
        });
      }
      const { id: _id, version: _version, parentId, ...changes } = input;
      const updated: ApiOrganisation = {
        ...current,
        ...(changes as Partial<ApiOrganisation>),
        ...(parentId !== undefined ? { parent: refOf(parentId) } : {}),
        version: current.version + 1,
      };
      organisations.set(updated.id, updated);
      return updated;
    },
    initiatives: ({ offset, limit }: Page) => {
      const nodes = [...initiatives.values()];
      return { totalCount: nodes.length, nodes: nodes.slice(offset, offset + limit) };
    },
    initiative: ({ id }: { id: string }) => initiatives.get(id) ?? null,
    createInitiative: ({ input }: { input: Input }) => {
      const created: ApiInitiative = {
        id: `i-${initiatives.size + 1}`,
        code: String(input.code),
        name: String(input.name),
        description: (input.description as string | undefined) ?? '',
        // The API requires both (CreateInitiativeInput), so the store always finds them.
        owner: refOf(input.ownerId)!,
        ministry: refOf(input.ministryId)!,
        lifeEvent: (input.lifeEvent as ApiInitiative['lifeEvent']) ?? null,
        phase: (input.phase as ApiInitiative['phase']) ?? ('CONCEPT' as ApiInitiative['phase']),
        startDate: (input.startDate as string | undefined) ?? null,
        endDate: (input.endDate as string | undefined) ?? null,
        lifetimeYears: (input.lifetimeYears as number | undefined) ?? null,
        residualValue: (input.residualValue as string | undefined) ?? null,
        preProjectRunningCost: (input.preProjectRunningCost as string | undefined) ?? null,
        priceBaseYear: (input.priceBaseYear as number | undefined) ?? null,
        costSharingKey: null,
        fundingSources: ((input.fundingSources as Input[] | undefined) ?? []).map(toSource),
        rag: null,
        overdueStatusReports: 0,
        isDemo: false,
        version: 1,
        updatedAt: '2026-11-23T12:00:00.000Z',
      };
      initiatives.set(created.id, created);
      return created;
    },
    updateInitiative: ({ input }: { input: Input }) => {
      const current = initiatives.get(String(input.id));
      if (!current) throw notFound(String(input.id));
      const { id: _id, version: _version, ownerId: _ownerId, ministryId: _ministryId, ...changes } = input;
      const { fundingSources, ...rest } = changes;
      const updated = { ...current, ...(rest as Partial<ApiInitiative>), version: current.version + 1 };
      if (fundingSources) updated.fundingSources = (fundingSources as Input[]).map(toSource);
      initiatives.set(updated.id, updated);
      return updated;
    },
    // Payload mutations (docs/api.md, "Mutation payloads and userErrors"): a refusal is data, not an error.
    createServiceAccount: ({ input }: { input: Input }) =>
      input.email === 'taken@example.no'
        ? {
            serviceAccount: null,
            userErrors: [
              {
                code: 'BAD_USER_INPUT',
                reason: 'EMAIL_TAKEN',
                field: ['input', 'email'],
                message: 'taken@example.no er allerede i bruk',
              },
            ],
          }
        : {
            serviceAccount: {
              id: 'u-sa',
              email: input.email,
              kind: 'SERVICE_ACCOUNT',
              name: input.name,
              roles: input.roles,
              organisation: refOf(input.organisationId),
              active: true,
              lastLoginAt: null,
              createdAt: '2026-12-06T10:00:00.000Z',
              isDemo: false,
              version: 1,
            },
            userErrors: [],
          },
    deleteWebhookSubscription: ({ id }: { id: string }) =>
      id === 'w-1'
        ? { deletedId: id, userErrors: [] }
        : {
            deletedId: null,
            userErrors: [
              {
                code: 'NOT_FOUND',
                reason: 'NOT_FOUND',
                field: ['id'],
                message: 'WebhookSubscription finnes ikke',
              },
            ],
          },
  };

  const fetch: typeof globalThis.fetch = async (_url, init) => {
    const { query, variables } = JSON.parse(init?.body as string) as Call;
    calls.push({ query, variables });
    const result = await graphql({ schema, source: query, rootValue, variableValues: variables });
    return new Response(JSON.stringify(result), { headers: { 'content-type': 'application/json' } });
  };

  return { organisations, initiatives, calls, fetch };
}

async function errorOf(
  promise: Promise<unknown>,
): Promise<Error & { status: number; body: GraphQLErrorBody }> {
  try {
    await promise;
  } catch (error) {
    return error as Error & { status: number; body: GraphQLErrorBody };
  }
  throw new Error('expected a failure');
}

describe.each(schemas)('dataProvider against %s', (_name, schema) => {
  let api: ReturnType<typeof fakeApi>;
  let provider: DataProvider;

  beforeEach(() => {
    api = fakeApi(schema);
    provider = createDataProvider(createGraphQLClient({ fetch: api.fetch }));
  });

  it('getList maps pagination, sort and filters to the API and flattens parent to parentId', async () => {
    const result = await provider.getList('organisations', {
      pagination: { page: 2, perPage: 5 },
      sort: { field: 'name', order: 'DESC' },
      filter: { q: 'kommune', kind: 'MUNICIPALITY', notAnApiFilter: 'x', countyNumber: '' },
    });
    expect(api.calls[0].variables).toEqual({
      filter: { search: 'kommune', kind: ['MUNICIPALITY'] },
      sort: { field: 'NAME', direction: 'DESC' },
      offset: 5,
      limit: 5,
    });
    expect(result.total).toBe(30);
    expect(result.data.map((o) => o.name)).toEqual([
      'Kommune 25',
      'Kommune 24',
      'Kommune 23',
      'Kommune 22',
      'Kommune 21',
    ]);
    expect(result.data[0]).toMatchObject({
      parentId: 'o-46',
      parent: { id: 'o-46', name: 'Vestland fylkeskommune' },
    });
  });

  it('leaves out sort fields the API cannot sort by', async () => {
    await provider.getList('organisations', {
      pagination: { page: 1, perPage: 10 },
      sort: { field: 'id', order: 'ASC' },
      filter: {},
    });
    expect(api.calls[0].variables).toEqual({ offset: 0, limit: 10 });
  });

  it('getOne returns the record, and a 404 HttpError when it does not exist', async () => {
    const { data } = await provider.getOne('organisations', { id: 'o-3' });
    expect(data).toMatchObject({ id: 'o-3', name: 'Kommune 03', municipalityNumber: '4603' });
    const error = await errorOf(provider.getOne('organisations', { id: 'nope' }));
    expect(error.status).toBe(404);
  });

  it('getMany batches ids as aliases and skips ids that do not exist', async () => {
    const ids = [...Array.from({ length: 24 }, (_, i) => `o-${i + 1}`), 'o-1', 'missing'];
    const { data } = await provider.getMany('organisations', { ids });
    expect(data).toHaveLength(24);
    expect(api.calls).toHaveLength(Math.ceil(25 / GET_MANY_BATCH));
    expect(api.calls[0].query).toContain('r0: organisation(id: $id0)');
  });

  it('getManyReference filters by the target', async () => {
    const { data, total } = await provider.getManyReference('organisations', {
      target: 'parentId',
      id: 'o-46',
      pagination: { page: 1, perPage: 3 },
      sort: { field: 'name', order: 'ASC' },
      filter: {},
    });
    expect(api.calls[0].variables.filter).toEqual({ parentId: 'o-46' });
    expect(total).toBe(30);
    expect(data).toHaveLength(3);
  });

  it('create sends only filled-in input fields', async () => {
    const { data } = await provider.create('organisations', {
      data: {
        name: ' Nye Bergen ',
        kind: 'MUNICIPALITY',
        municipalityNumber: '4699',
        countyNumber: '',
        orgNumber: '974760673',
        parentId: 'o-46',
        administrativeLevel: 'LOCAL',
      },
    });
    expect(api.calls[0].variables).toEqual({
      input: {
        name: 'Nye Bergen',
        kind: 'MUNICIPALITY',
        municipalityNumber: '4699',
        orgNumber: '974760673',
        parentId: 'o-46',
      },
    });
    expect(data).toMatchObject({ name: 'Nye Bergen', parentId: 'o-46' });
  });

  it('update sends id, the version the user started from and the changed fields only', async () => {
    const { data: previousData } = await provider.getOne('organisations', { id: 'o-5' });
    const { data } = await provider.update('organisations', {
      id: 'o-5',
      data: { ...previousData, name: 'Kommune fem', countyNumber: '' },
      previousData,
    });
    expect(api.calls[1].variables).toEqual({
      input: { id: 'o-5', version: 1, name: 'Kommune fem', countyNumber: null },
    });
    expect(data).toMatchObject({ name: 'Kommune fem', countyNumber: null, version: 2 });
  });

  it('update reports a stale version as CONFLICT (409)', async () => {
    const { data: previousData } = await provider.getOne('organisations', { id: 'o-5' });
    await provider.update('organisations', { id: 'o-5', data: { ...previousData, name: 'A' }, previousData });
    const error = await errorOf(
      provider.update('organisations', { id: 'o-5', data: { ...previousData, name: 'B' }, previousData }),
    );
    expect(error.status).toBe(409);
    expect(error.message).toBe('gevinst.errors.conflict');
  });

  it('update puts a BAD_USER_INPUT message next to the offending input', async () => {
    const { data: previousData } = await provider.getOne('organisations', { id: 'o-5' });
    const error = await errorOf(
      provider.update('organisations', {
        id: 'o-5',
        data: { ...previousData, orgNumber: '123456789' },
        previousData,
      }),
    );
    expect(error.status).toBe(400);
    expect(error.body.errors?.orgNumber).toBe('123456789 has an invalid check digit: expected 5, got 9');
  });

  it('creates and updates initiatives with owner, ministry and funding sources', async () => {
    const { data: created } = await provider.create('initiatives', {
      data: {
        code: 'DIGIFIN-2026-01',
        name: 'Felles innbyggerdialog',
        description: '',
        ownerId: 'o-2',
        ministryId: 'o-46',
        lifeEvent: null,
        phase: 'PLANNING',
        startDate: '2026-01-01',
        fundingSources: [
          { year: '2026', scheme: 'DIGIFIN', amount: '1500000.00', description: ' Fase 1 ', '@@ui': 1 },
          // A grant names no organisation: one left from another scheme is not sent.
          { year: 2027, scheme: 'CO_FINANCING', amount: '10.00', organisationId: 'o-2', receivedAmount: '' },
        ],
      },
    });
    expect(api.calls[0].variables.input).toEqual({
      code: 'DIGIFIN-2026-01',
      name: 'Felles innbyggerdialog',
      ownerId: 'o-2',
      ministryId: 'o-46',
      phase: 'PLANNING',
      startDate: '2026-01-01',
      fundingSources: [
        { year: 2026, scheme: 'DIGIFIN', amount: '1500000.00', description: 'Fase 1' },
        { year: 2027, scheme: 'CO_FINANCING', amount: '10.00' },
      ],
    });
    expect(created).toMatchObject({ ownerId: 'o-2', ministryId: 'o-46', owner: { name: 'Kommune 02' } });
    expect(created.fundingSources[0]).toMatchObject({
      year: 2026,
      amount: '1500000.00',
      organisationId: null,
    });

    const { data: previousData } = await provider.getOne('initiatives', { id: String(created.id) });
    await provider.update('initiatives', {
      id: created.id,
      data: {
        ...previousData,
        fundingSources: [
          ...(previousData.fundingSources as object[]),
          {
            year: 2026,
            scheme: 'OWN_BUDGET',
            amount: '250.50',
            organisationId: 'o-3',
            receivedAmount: '100.00',
          },
        ],
      },
      previousData,
    });
    expect(api.calls[2].variables.input).toEqual({
      id: created.id,
      version: 1,
      fundingSources: [
        { year: 2026, scheme: 'DIGIFIN', amount: '1500000.00', description: 'Fase 1' },
        { year: 2027, scheme: 'CO_FINANCING', amount: '10.00' },
        {
          year: 2026,
          scheme: 'OWN_BUDGET',
          amount: '250.50',
          organisationId: 'o-3',
          receivedAmount: '100.00',
        },
      ],
    });
    const { data: after } = await provider.getOne('initiatives', { id: String(created.id) });
    expect(after.fundingSources[2]).toMatchObject({
      year: 2026,
      amount: '250.50',
      receivedAmount: '100.00',
      organisation: { id: 'o-3', name: 'Kommune 03' },
      organisationId: 'o-3',
    });
  });

  it('creates a service account from the payload, and shows its userErrors next to the input', async () => {
    const { data } = await provider.create('serviceAccounts', {
      data: { email: 'robot@example.no', name: 'Robot', organisationId: 'o-5', roles: ['FINANCE_OFFICER'] },
    });
    expect(data).toMatchObject({ id: 'u-sa', email: 'robot@example.no', organisationId: 'o-5' });
    const error = await errorOf(
      provider.create('serviceAccounts', {
        data: { email: 'taken@example.no', name: 'Robot', organisationId: 'o-5', roles: ['FINANCE_OFFICER'] },
      }),
    );
    expect(error.status).toBe(400);
    expect(error.body.errors).toEqual({
      email: 'taken@example.no er allerede i bruk',
      root: { serverError: 'taken@example.no er allerede i bruk' },
    });
  });

  it("deletes a webhook subscription by the payload's deletedId; a userError is a 404", async () => {
    const previousData = { id: 'w-1', url: 'https://example.no/hook' };
    const { data } = await provider.delete('webhookSubscriptions', { id: 'w-1', previousData });
    expect(data).toEqual(previousData);
    const error = await errorOf(provider.delete('webhookSubscriptions', { id: 'w-2', previousData }));
    expect(error.status).toBe(404);
    expect(error.body.message).toBe('WebhookSubscription finnes ikke');
  });

  it('rejects operations the API does not offer', async () => {
    expect((await errorOf(provider.delete('organisations', { id: 'o-1' }))).status).toBe(405);
    expect((await errorOf(provider.deleteMany('organisations', { ids: ['o-1'] }))).status).toBe(405);
    expect((await errorOf(provider.updateMany('organisations', { ids: ['o-1'], data: {} }))).status).toBe(
      405,
    );
    expect((await errorOf(provider.getList('budgets', { filter: {} }))).status).toBe(404);
  });
});

describe.each(schemas)('GraphQL documents against %s', (_name, schema) => {
  it('are all valid', () => {
    const problems = Object.entries(allDocuments()).flatMap(([name, document]) =>
      validate(schema, parse(document)).map((error) => `${name}: ${error.message}`),
    );
    expect(problems).toEqual([]);
  });
});
