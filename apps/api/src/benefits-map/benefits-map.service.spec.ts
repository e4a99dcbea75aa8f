import { EnablerKind, Role } from '@gevinst/domain';
import type { BenefitEntity } from '../benefit/benefit.entity.js';
import type { BenefitRepository } from '../benefit/benefit.repository.js';
import { AppError, staleVersion } from '../common/errors.js';
import type { InitiativeEntity } from '../initiative/initiative.entity.js';
import type { InitiativeRepository } from '../initiative/initiative.repository.js';
import { InitiativeService } from '../initiative/initiative.service.js';
import type { BenefitsMapEdgeEntity } from './benefits-map-edge.entity.js';
import type { BenefitsMapRepository, EdgeRow, EnablerFields } from './benefits-map.repository.js';
import { BenefitsMapService } from './benefits-map.service.js';
import type { EnablerEntity } from './enabler.entity.js';
import { actorOf, fakeMutations } from '../testing/fakes.js';

const OWNER_ORG = '11111111-1111-4111-8111-111111111111';
const OTHER_ORG = '22222222-2222-4222-8222-222222222222';
const INITIATIVE = '33333333-3333-4333-8333-333333333333';
const SOLUTION = '44444444-4444-4444-8444-444444444444';
const ROUTINE = '55555555-5555-4555-8555-555555555555';
const HOURS = '66666666-6666-4666-8666-666666666666';
const EDGE = '77777777-7777-4777-8777-777777777777';
const UNKNOWN = '88888888-8888-4888-8888-888888888888';

const actor = (organisationId: string, roles: Role[]) =>
  actorOf(organisationId, roles, { userId: '99999999-9999-4999-8999-999999999999' });
const owner = actor(OWNER_ORG, [Role.INITIATIVE_OWNER]);
const outsider = actor(OTHER_ORG, [Role.INITIATIVE_OWNER]);
const reader = actor(OWNER_ORG, [Role.READER]);

/**
 * The service on in-memory repositories. One initiative's map: the enablers "Ny saksbehandlingsløsning"
 * (version 2) and "Nye rutiner", the benefit "Færre timer", and the edge solution → routine.
 */
function setup() {
  const initiative = { id: INITIATIVE, code: 'DEMO-X', ownerId: OWNER_ORG } as InitiativeEntity;
  const enabler = (id: string, title: string, version: number) =>
    ({
      id,
      initiativeId: INITIATIVE,
      kind: EnablerKind.DELIVERABLE,
      title,
      description: '',
      version,
    }) as EnablerEntity;
  const enablers = new Map<string, EnablerEntity>([
    [SOLUTION, enabler(SOLUTION, 'Ny saksbehandlingsløsning', 2)],
    [ROUTINE, enabler(ROUTINE, 'Nye rutiner', 1)],
  ]);
  const benefits = new Map<string, BenefitEntity>([
    [HOURS, { id: HOURS, initiativeId: INITIATIVE, title: 'Færre timer' } as BenefitEntity],
  ]);
  const edges: BenefitsMapEdgeEntity[] = [
    { id: EDGE, initiativeId: INITIATIVE, fromId: SOLUTION, toId: ROUTINE } as BenefitsMapEdgeEntity,
  ];
  const writes: string[] = [];
  const locked: string[] = [];
  const maps = {
    findEnabler: (id: string) => Promise.resolve(enablers.get(id) ?? null),
    enablersOf: (initiativeId: string) =>
      Promise.resolve([...enablers.values()].filter((e) => e.initiativeId === initiativeId)),
    insertEnabler: (initiativeId: string, fields: EnablerFields) => {
      writes.push('insertEnabler');
      const created = { ...fields, id: 'new', initiativeId, version: 1 } as EnablerEntity;
      enablers.set(created.id, created);
      return Promise.resolve(created);
    },
    updateEnablerAtVersion: (id: string, version: number, fields: EnablerFields) => {
      const current = enablers.get(id)!;
      if (current.version !== version) return Promise.reject(staleVersion('Enabler', undefined, version));
      writes.push('updateEnabler');
      const after = { ...current, ...fields, version: version + 1 };
      enablers.set(id, after);
      return Promise.resolve(after);
    },
    deleteEnablerAtVersion: (id: string, version: number) => {
      writes.push('deleteEnabler');
      return Promise.resolve(enablers.get(id)?.version === version && enablers.delete(id));
    },
    findEdge: (id: string) => Promise.resolve(edges.find((edge) => edge.id === id) ?? null),
    edgesOf: (initiativeId: string) =>
      Promise.resolve(edges.filter((edge) => edge.initiativeId === initiativeId)),
    edgesTouching: (id: string) => Promise.resolve(edges.filter((e) => e.fromId === id || e.toId === id)),
    insertEdge: (row: EdgeRow) => {
      writes.push('insertEdge');
      const edge = {
        ...row,
        id: 'new-edge',
        fromId: row.fromBenefitId ?? row.fromEnablerId,
        toId: row.toBenefitId ?? row.toEnablerId,
      } as BenefitsMapEdgeEntity;
      edges.push(edge);
      return Promise.resolve(edge);
    },
    deleteEdge: (id: string) => {
      writes.push('deleteEdge');
      edges.splice(
        edges.findIndex((edge) => edge.id === id),
        1,
      );
      return Promise.resolve();
    },
  } as unknown as BenefitsMapRepository;
  const benefitRepository = {
    findById: (id: string) => Promise.resolve(benefits.get(id) ?? null),
    ofInitiative: (initiativeId: string) =>
      Promise.resolve([...benefits.values()].filter((b) => b.initiativeId === initiativeId)),
  } as unknown as BenefitRepository;
  const initiatives = {
    findById: (id: string) => Promise.resolve(id === INITIATIVE ? initiative : null),
    findByIdForUpdate: (id: string) => {
      locked.push(id);
      return Promise.resolve(id === INITIATIVE ? initiative : null);
    },
  } as unknown as InitiativeRepository;
  const { mutations, audited } = fakeMutations();
  const initiativeRules = Object.create(InitiativeService.prototype) as InitiativeService;
  const service = new BenefitsMapService(maps, benefitRepository, initiatives, initiativeRules, mutations);
  return { service, enablers, edges, writes, audited, locked };
}

/** The error a call is refused with. */
async function refusal(call: Promise<unknown>): Promise<AppError> {
  const error = await call.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('BenefitsMapService', () => {
  it('updates an enabler for the owner organisation and audits before and after', async () => {
    const { service, audited } = setup();
    const after = await service.updateEnabler(owner, { id: SOLUTION, version: 2, title: '  Ny løsning  ' });
    expect(after).toMatchObject({ title: 'Ny løsning', version: 3, kind: EnablerKind.DELIVERABLE });
    expect(audited).toEqual([
      {
        operation: 'updateEnabler',
        entityType: 'Enabler',
        entityId: SOLUTION,
        ownerOrganisationId: OWNER_ORG,
        initiativeId: INITIATIVE,
        before: expect.objectContaining({ title: 'Ny saksbehandlingsløsning', version: 2 }),
        after: expect.objectContaining({ title: 'Ny løsning', version: 3 }),
      },
    ]);
  });

  it.each([
    ['another organisation', outsider],
    ['a READER of the owner organisation', reader],
  ])('refuses %s every change and writes nothing', async (_who, who) => {
    const { service, writes, audited } = setup();
    const refusals = [
      await refusal(
        service.createEnabler(who, { initiativeId: INITIATIVE, kind: EnablerKind.DELIVERABLE, title: 'X' }),
      ),
      await refusal(service.updateEnabler(who, { id: SOLUTION, version: 2, title: 'X' })),
      await refusal(service.deleteEnabler(who, SOLUTION, 2)),
      await refusal(service.addEdge(who, { fromId: ROUTINE, toId: HOURS })),
      await refusal(service.removeEdge(who, EDGE)),
    ];
    expect(refusals.map((error) => error.code)).toEqual(Array(5).fill('FORBIDDEN'));
    expect(writes).toEqual([]);
    expect(audited).toEqual([]);
  });

  it('answers a stale version with CONFLICT naming both versions, and writes nothing', async () => {
    const { service, writes, audited } = setup();
    const error = await refusal(service.updateEnabler(owner, { id: SOLUTION, version: 1, title: 'X' }));
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toBe(
      'Enabler was changed by someone else: you sent version 1, the current version is 2. Reload it and apply your change again.',
    );
    expect(error.extensions).toMatchObject({ currentVersion: 2, sentVersion: 1, reason: 'STALE_VERSION' });
    expect(await refusal(service.deleteEnabler(owner, SOLUTION, 1))).toMatchObject({ code: 'CONFLICT' });
    expect(writes).toEqual([]);
    expect(audited).toEqual([]);
  });

  it('reports every invalid field at once, with codes, and creates nothing', async () => {
    const { service, writes, audited } = setup();
    const error = await refusal(
      service.createEnabler(owner, {
        initiativeId: INITIATIVE,
        kind: EnablerKind.DELIVERABLE,
        title: '   ',
        description: 'x'.repeat(20_001),
      }),
    );
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.extensions.problems).toEqual([
      { field: 'title', message: 'must not be empty', reason: 'REQUIRED', params: {} },
      {
        field: 'description',
        message: 'must be at most 20000 characters',
        reason: 'TOO_LONG',
        params: { max: 20_000 },
      },
    ]);
    expect(writes).toEqual([]);
    expect(audited).toEqual([]);
  });

  it('creates an enabler and audits it', async () => {
    const { service, audited } = setup();
    const created = await service.createEnabler(owner, {
      initiativeId: INITIATIVE,
      kind: EnablerKind.CHANGE,
      title: ' Opplæring ',
    });
    expect(created).toMatchObject({ initiativeId: INITIATIVE, title: 'Opplæring', description: '' });
    expect(audited).toEqual([
      expect.objectContaining({ operation: 'createEnabler', entityType: 'Enabler', after: created }),
    ]);
  });

  it('adds an edge under the initiative’s lock and audits it', async () => {
    const { service, audited, locked, writes } = setup();
    const edge = await service.addEdge(owner, { fromId: ROUTINE, toId: HOURS });
    expect(edge).toMatchObject({ fromEnablerId: ROUTINE, toBenefitId: HOURS, fromBenefitId: null });
    expect(locked).toEqual([INITIATIVE]);
    expect(writes).toEqual(['insertEdge']);
    expect(audited).toEqual([
      expect.objectContaining({
        operation: 'addBenefitsMapEdge',
        entityType: 'BenefitsMapEdge',
        entityId: 'new-edge',
        initiativeId: INITIATIVE,
        after: edge,
      }),
    ]);
  });

  it('refuses a cycle naming it by titles, and a duplicate edge, writing nothing', async () => {
    const { service, writes, audited } = setup();
    await service.addEdge(owner, { fromId: ROUTINE, toId: HOURS });
    writes.length = 0;
    audited.length = 0;
    const cycle = await refusal(service.addEdge(owner, { fromId: HOURS, toId: SOLUTION }));
    expect(cycle.code).toBe('BAD_USER_INPUT');
    expect(cycle.extensions.problems).toEqual([
      {
        field: 'toId',
        message:
          'would create a cycle: "Ny saksbehandlingsløsning" → "Nye rutiner" → "Færre timer" → "Ny saksbehandlingsløsning"; a benefits map has no cycles',
        reason: 'MAP_CYCLE',
        params: {
          path: ['Ny saksbehandlingsløsning', 'Nye rutiner', 'Færre timer', 'Ny saksbehandlingsløsning'],
        },
      },
    ]);
    const duplicate = await refusal(service.addEdge(owner, { fromId: SOLUTION, toId: ROUTINE }));
    expect(duplicate).toMatchObject({
      code: 'CONFLICT',
      message: '"Nye rutiner" depends on "Ny saksbehandlingsløsning" already',
    });
    expect(writes).toEqual([]);
    expect(audited).toEqual([]);
  });

  it('names unknown ends before it looks at the initiative', async () => {
    const { service, locked } = setup();
    const error = await refusal(service.addEdge(owner, { fromId: UNKNOWN, toId: HOURS }));
    expect(error.extensions.problems).toEqual([
      expect.objectContaining({ field: 'fromId', message: `no benefit or enabler has the id ${UNKNOWN}` }),
    ]);
    expect(await refusal(service.addEdge(owner, { fromId: HOURS, toId: HOURS }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: 'toId: must differ from fromId: a node cannot depend on itself',
    });
    expect(locked).toEqual([]);
  });

  it('deletes an enabler at its version and audits it with the edges that go with it', async () => {
    const { service, enablers, audited } = setup();
    expect(await service.deleteEnabler(owner, SOLUTION, 2)).toBe(SOLUTION);
    expect(enablers.has(SOLUTION)).toBe(false);
    expect(audited).toEqual([
      expect.objectContaining({
        operation: 'deleteEnabler',
        entityId: SOLUTION,
        before: expect.objectContaining({ id: SOLUTION, edges: [expect.objectContaining({ id: EDGE })] }),
      }),
    ]);
    expect(audited[0].after).toBeUndefined();
  });

  it('answers NOT_FOUND for an unknown enabler, edge or initiative', async () => {
    const { service } = setup();
    expect((await refusal(service.deleteEnabler(owner, UNKNOWN, 1))).message).toBe(
      `Enabler ${UNKNOWN} was not found`,
    );
    expect((await refusal(service.removeEdge(owner, UNKNOWN))).message).toBe(
      `Benefits map edge ${UNKNOWN} was not found`,
    );
    expect((await refusal(service.map(UNKNOWN))).message).toBe(`Initiative ${UNKNOWN} was not found`);
  });

  it('reads a map as its enablers, then its benefits, and its edges', async () => {
    const { service } = setup();
    const map = await service.map(INITIATIVE);
    expect(map.nodes.map((node) => [node.type, node.title])).toEqual([
      ['ENABLER', 'Ny saksbehandlingsløsning'],
      ['ENABLER', 'Nye rutiner'],
      ['BENEFIT', 'Færre timer'],
    ]);
    expect(map.edges).toEqual([{ id: EDGE, fromId: SOLUTION, toId: ROUTINE }]);
  });
});
