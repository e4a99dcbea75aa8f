import { ApiTokenScope, OrganisationKind, Role } from '@gevinst/domain';
import type { Actor } from '../auth/actor.js';
import { AppError, staleVersion } from '../common/errors.js';
import type { CountyEntity } from '../county/county.entity.js';
import type { CountyRepository } from '../county/county.repository.js';
import type { OrganisationPopulationEntity } from './organisation-population.entity.js';
import type { OrganisationEntity } from './organisation.entity.js';
import type {
  OrganisationFields,
  OrganisationRepository,
  PopulationFigure,
} from './organisation.repository.js';
import { OrganisationService } from './organisation.service.js';
import { actorOf, fakeMutations } from '../testing/fakes.js';

const KDD = '11111111-1111-4111-8111-111111111111';
const BERGEN = '22222222-2222-4222-8222-222222222222';
const UNKNOWN = '99999999-9999-4999-8999-999999999999';

const actor = (roles: Role[]) =>
  actorOf(KDD, roles, {
    userId: '33333333-3333-4333-8333-333333333333',
    email: 'admin@demo.gevinst.no',
    name: 'Ada',
  });
const admin = actor([Role.ADMIN]);
const owner = actor([Role.INITIATIVE_OWNER]);
const readOnlyAdmin: Actor = { ...admin, kind: 'API_TOKEN', scopes: [ApiTokenScope.READ] };

/** The service on in-memory tables: a ministry and Bergen (version 3) with a 2024 figure; three counties. */
function setup() {
  const rows = new Map<string, OrganisationEntity>(
    [
      {
        id: KDD,
        orgNumber: '972417858',
        name: 'KDD',
        kind: OrganisationKind.MINISTRY,
        municipalityNumber: null,
        countyNumber: null,
      },
      {
        id: BERGEN,
        orgNumber: '964338531',
        name: 'Bergen kommune',
        kind: OrganisationKind.MUNICIPALITY,
        municipalityNumber: '4601',
        countyNumber: '46',
      },
    ].map((o) => [o.id, { ...o, parentId: null, version: 3 } as OrganisationEntity]),
  );
  const populations = new Map<string, OrganisationPopulationEntity>([
    [
      `${BERGEN}:2024`,
      { organisationId: BERGEN, year: 2024, value: 291940, source: 'SSB' } as OrganisationPopulationEntity,
    ],
  ]);
  const writes: string[] = [];
  const find = (match: (o: OrganisationEntity) => boolean) =>
    Promise.resolve([...rows.values()].find(match) ?? null);
  const repository = {
    findById: (id: string) => Promise.resolve(rows.get(id) ?? null),
    exists: (id: string) => Promise.resolve(rows.has(id)),
    findByOrgNumber: (orgNumber: string) => find((o) => o.orgNumber === orgNumber),
    findByMunicipalityNumber: (number: string) => find((o) => o.municipalityNumber === number),
    findCountyAuthority: (county: string) =>
      find((o) => o.kind === OrganisationKind.COUNTY_AUTHORITY && o.countyNumber === county),
    isDescendant: () => Promise.resolve(false),
    insert: (fields: OrganisationFields) => {
      writes.push(`insert ${fields.orgNumber}`);
      const row = { ...fields, id: 'new', version: 1 } as OrganisationEntity;
      rows.set(row.id, row);
      return Promise.resolve(row);
    },
    insertPopulation: (id: string, figure: PopulationFigure) => (
      writes.push(`population ${id}:${figure.year}`),
      Promise.resolve()
    ),
    updateAtVersion: (id: string, version: number, fields: OrganisationFields) => {
      const current = rows.get(id)!;
      if (current.version !== version)
        return Promise.reject(staleVersion('Organisation', undefined, version));
      writes.push(`update ${id}`);
      const after = { ...current, ...fields, version: version + 1 };
      rows.set(id, after);
      return Promise.resolve(after);
    },
    populationOf: (id: string, year: number) => Promise.resolve(populations.get(`${id}:${year}`) ?? null),
    upsertPopulation: (id: string, figure: PopulationFigure) => {
      writes.push(`population ${id}:${figure.year}`);
      populations.set(`${id}:${figure.year}`, {
        organisationId: id,
        ...figure,
      } as OrganisationPopulationEntity);
      return Promise.resolve();
    },
  } as unknown as OrganisationRepository;
  const counties = {
    all: () => Promise.resolve(['03', '11', '46'].map((number) => ({ number }) as CountyEntity)),
  } as unknown as CountyRepository;
  const { mutations, audited } = fakeMutations();
  return { service: new OrganisationService(repository, counties, mutations), writes, audited };
}

async function refusal(call: Promise<unknown>): Promise<AppError> {
  const error = await call.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

const problemsOf = (error: AppError) =>
  (error.extensions.problems as { field: string; reason?: string }[]).map((p) => [p.field, p.reason]);

describe('OrganisationService', () => {
  it('creates a municipality for an administrator, deriving its county and level, and audits it with its figures', async () => {
    const { service, writes, audited } = setup();
    const created = await service.create(admin, {
      orgNumber: ' 964967636 ',
      name: ' Stavanger kommune ',
      kind: OrganisationKind.MUNICIPALITY,
      municipalityNumber: '1103',
      populations: [{ year: 2024, value: 149048 }],
    });
    expect(created).toMatchObject({
      orgNumber: '964967636',
      name: 'Stavanger kommune',
      countyNumber: '11',
      administrativeLevel: 'LOCAL',
    });
    expect(writes).toEqual(['insert 964967636', 'population new:2024']);
    expect(audited).toEqual([
      expect.objectContaining({
        operation: 'createOrganisation',
        entityType: 'Organisation',
        entityId: 'new',
        ownerOrganisationId: 'new',
        after: expect.objectContaining({ populations: [{ year: 2024, value: 149048 }] }),
      }),
    ]);
  });

  it.each([
    ['a user without the administrator role', owner],
    ['an administrator’s read-only token', readOnlyAdmin],
  ])('refuses %s and writes nothing', async (_who, who) => {
    const { service, writes, audited } = setup();
    expect(
      await refusal(service.create(who, { orgNumber: '964967636', name: 'X', kind: OrganisationKind.OTHER })),
    ).toMatchObject({ code: 'FORBIDDEN' });
    expect(await refusal(service.update(who, { id: BERGEN, version: 3, name: 'Y' }))).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(await refusal(service.setPopulation(who, BERGEN, { year: 2025, value: 1 }))).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(writes).toEqual([]);
    expect(audited).toEqual([]);
  });

  it('answers a stale version with CONFLICT naming both versions, and writes nothing', async () => {
    const { service, writes, audited } = setup();
    const error = await refusal(service.update(admin, { id: BERGEN, version: 2, name: 'Bergen' }));
    expect(error.code).toBe('CONFLICT');
    expect(error.extensions).toMatchObject({ currentVersion: 3, sentVersion: 2, reason: 'STALE_VERSION' });
    expect(writes).toEqual([]);
    expect(audited).toEqual([]);
  });

  it('updates at the current version and audits before and after', async () => {
    const { service, audited } = setup();
    const after = await service.update(admin, { id: BERGEN, version: 3, name: 'Bergen kommune (ny)' });
    expect(after).toMatchObject({ name: 'Bergen kommune (ny)', version: 4, countyNumber: '46' });
    expect(audited).toEqual([
      expect.objectContaining({
        operation: 'updateOrganisation',
        before: expect.objectContaining({ name: 'Bergen kommune', version: 3 }),
        after: expect.objectContaining({ name: 'Bergen kommune (ny)', version: 4 }),
      }),
    ]);
  });

  it('reports invalid fields with their codes, and a taken number naming its holder', async () => {
    const { service, writes } = setup();
    const invalid = await refusal(
      service.create(admin, {
        orgNumber: '964967636',
        name: '',
        kind: OrganisationKind.STATE_AGENCY,
        municipalityNumber: '1103',
        parentId: UNKNOWN,
        populations: [{ year: 2024, value: -1 }],
      }),
    );
    expect(invalid.code).toBe('BAD_USER_INPUT');
    expect(problemsOf(invalid)).toEqual([
      ['name', 'REQUIRED'],
      ['municipalityNumber', 'ONLY_MUNICIPALITIES'],
      ['parentId', 'ORGANISATION_MISSING'],
      ['populations[0]', 'POPULATION_VALUE'],
    ]);
    const taken = await refusal(
      service.create(admin, {
        orgNumber: '972417858',
        name: 'Kopi',
        kind: OrganisationKind.MUNICIPALITY,
        municipalityNumber: '4601',
      }),
    );
    expect(taken.extensions.problems).toEqual([
      expect.objectContaining({
        field: 'orgNumber',
        reason: 'ORG_NUMBER_TAKEN',
        params: { orgNumber: '972417858', name: 'KDD' },
      }),
      expect.objectContaining({ field: 'municipalityNumber', reason: 'MUNICIPALITY_NUMBER_TAKEN' }),
    ]);
    expect(writes).toEqual([]);
  });

  it('stores a year’s population and audits the figure it replaced', async () => {
    const { service, writes, audited } = setup();
    await service.setPopulation(admin, BERGEN, { year: 2024, value: 292000, source: ' SSB 07459 ' });
    expect(writes).toEqual([`population ${BERGEN}:2024`]);
    expect(audited).toEqual([
      {
        operation: 'setOrganisationPopulation',
        entityType: 'OrganisationPopulation',
        entityId: `${BERGEN}:2024`,
        ownerOrganisationId: BERGEN,
        before: expect.objectContaining({ value: 291940 }),
        after: { organisationId: BERGEN, year: 2024, value: 292000, source: ' SSB 07459 ' },
      },
    ]);
    const badYear = await refusal(service.setPopulation(admin, BERGEN, { year: 1700, value: 1 }));
    expect(badYear.extensions.problems).toEqual([
      expect.objectContaining({ field: 'population', reason: 'POPULATION_YEAR_BETWEEN' }),
    ]);
    expect(await refusal(service.setPopulation(admin, UNKNOWN, { year: 2024, value: 1 }))).toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});
