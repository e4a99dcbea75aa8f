import { FundingScheme, InitiativePhase, OrganisationKind, ParticipantRole } from '@gevinst/domain';
import { AppError, staleVersion } from '../common/errors.js';
import type { CostSharingKeyRepository } from '../cost-sharing-key/cost-sharing-key.repository.js';
import type { OrganisationEntity } from '../organisation/organisation.entity.js';
import type { OrganisationRepository } from '../organisation/organisation.repository.js';
import type { CreateInitiativeInput } from './dto/create-initiative.input.js';
import { InitiativeParticipantsService } from './initiative-participants.service.js';
import type { InitiativeEntity } from './initiative.entity.js';
import type { FundingSourceFields, InitiativeFields, InitiativeRepository } from './initiative.repository.js';
import { InitiativeService } from './initiative.service.js';
import type { ParticipantEntity } from './participant.entity.js';
import type { NewParticipant, ParticipantRepository } from './participant.repository.js';
import { actorsOf, fakeMutations } from '../testing/fakes.js';
import { SortDirection } from '../common/sort-direction.enum.js';
import { InitiativeSortField } from './dto/initiative-sort.input.js';

const OWNER_ORG = '11111111-1111-4111-8111-111111111111';
const OTHER_ORG = '22222222-2222-4222-8222-222222222222';
const MINISTRY = '33333333-3333-4333-8333-333333333333';
const AGENCY = '44444444-4444-4444-8444-444444444444';
const INITIATIVE = '55555555-5555-4555-8555-555555555555';
const KEY = '77777777-7777-4777-8777-777777777777';
const MISSING = '99999999-9999-4999-8999-999999999999';

const { owner, outsider, reader, admin } = actorsOf(OWNER_ORG, OTHER_ORG);

/**
 * Both initiative services on in-memory repositories: organisations (the owner, another organisation, a
 * ministry, an agency), one initiative DEMO-LIV at version 2 owned by OWNER_ORG with the owner as its only
 * participant, and one cost-sharing key. `writes` lists every write the repositories were asked for.
 */
function setup() {
  const organisations = new Map<string, OrganisationEntity>(
    [
      { id: OWNER_ORG, name: 'Eierkommune', kind: OrganisationKind.MUNICIPALITY },
      { id: OTHER_ORG, name: 'Annen kommune', kind: OrganisationKind.MUNICIPALITY },
      { id: MINISTRY, name: 'Digitaliseringsdepartementet', kind: OrganisationKind.MINISTRY },
      { id: AGENCY, name: 'Brønnøysundregistrene', kind: OrganisationKind.STATE_AGENCY },
    ].map((o) => [o.id, o as OrganisationEntity]),
  );
  const initiatives = new Map<string, InitiativeEntity>([
    [
      INITIATIVE,
      {
        id: INITIATIVE,
        code: 'DEMO-LIV',
        name: 'Starte og drive en bedrift',
        description: '',
        ownerId: OWNER_ORG,
        ministryId: MINISTRY,
        lifeEvent: null,
        phase: InitiativePhase.PLANNING,
        startDate: '2026-01-01',
        endDate: null,
        lifetimeYears: null,
        residualValue: null,
        preProjectRunningCost: null,
        priceBaseYear: null,
        costSharingKeyId: null,
        version: 2,
      } as InitiativeEntity,
    ],
  ]);
  const participants: ParticipantEntity[] = [
    {
      id: 'p-owner',
      initiativeId: INITIATIVE,
      organisationId: OWNER_ORG,
      role: ParticipantRole.OWNER,
      pays: false,
      costGroup: null,
    } as ParticipantEntity,
  ];
  const funding = new Map<string, readonly FundingSourceFields[]>();
  const writes: string[] = [];

  const initiativeRepository = {
    findById: (id: string) => Promise.resolve(initiatives.get(id) ?? null),
    findByIdWithOrganisations: (id: string) => {
      const initiative = initiatives.get(id);
      return Promise.resolve(
        initiative
          ? {
              ...initiative,
              owner: organisations.get(initiative.ownerId),
              ministry: organisations.get(initiative.ministryId),
            }
          : null,
      );
    },
    findByIdForUpdate: (id: string) => Promise.resolve(initiatives.get(id) ?? null),
    findByIdOrFail: (id: string) => Promise.resolve(initiatives.get(id)!),
    findByCode: (code: string) =>
      Promise.resolve([...initiatives.values()].find((i) => i.code === code) ?? null),
    insert: (fields: InitiativeFields) => {
      writes.push('insert initiative');
      const created = { ...fields, id: 'new-initiative', version: 1, isDemo: false } as InitiativeEntity;
      initiatives.set(created.id, created);
      return Promise.resolve(created);
    },
    updateAtVersion: (id: string, version: number, fields: InitiativeFields) => {
      const current = initiatives.get(id)!;
      if (current.version !== version) return Promise.reject(staleVersion('Initiative', undefined, version));
      writes.push('update initiative');
      initiatives.set(id, { ...current, ...fields, version: version + 1 });
      return Promise.resolve();
    },
    touch: (id: string) => {
      writes.push('touch initiative');
      const current = initiatives.get(id)!;
      initiatives.set(id, { ...current, version: current.version + 1 });
      return Promise.resolve();
    },
    fundingOf: (id: string) => Promise.resolve(funding.get(id) ?? []),
    replaceFunding: (id: string, sources: readonly FundingSourceFields[]) => {
      writes.push('replace funding');
      funding.set(id, sources);
      return Promise.resolve();
    },
  } as unknown as InitiativeRepository;

  const participantRepository = {
    find: (initiativeId: string, organisationId: string) =>
      Promise.resolve(
        participants.find((p) => p.initiativeId === initiativeId && p.organisationId === organisationId) ??
          null,
      ),
    findByIdOrFail: (id: string) => Promise.resolve(participants.find((p) => p.id === id)!),
    insert: (participant: NewParticipant) => {
      writes.push('insert participant');
      const stored = { ...participant, id: `p-${participants.length}`, costGroup: null } as ParticipantEntity;
      participants.push(stored);
      return Promise.resolve(stored);
    },
    insertMany: (list: readonly NewParticipant[]) => {
      writes.push(`insert ${list.length} participants`);
      list.forEach((p, index) =>
        participants.push({ ...p, id: `p-new-${index}`, costGroup: null } as ParticipantEntity),
      );
      return Promise.resolve();
    },
    update: (id: string, changes: Partial<ParticipantEntity>) => {
      writes.push('update participant');
      const index = participants.findIndex((p) => p.id === id);
      participants[index] = { ...participants[index], ...changes };
      return Promise.resolve();
    },
    delete: (id: string) => {
      writes.push('delete participant');
      participants.splice(
        participants.findIndex((p) => p.id === id),
        1,
      );
      return Promise.resolve();
    },
    moveOwnership: (_initiativeId: string, from: string, to: string) => {
      writes.push(`move ownership ${from} → ${to}`);
      return Promise.resolve();
    },
  } as unknown as ParticipantRepository;

  const organisationRepository = {
    exists: (id: string) => Promise.resolve(organisations.has(id)),
    findById: (id: string) => Promise.resolve(organisations.get(id) ?? null),
    namesOf: (ids: readonly string[]) =>
      Promise.resolve(
        new Map(ids.filter((id) => organisations.has(id)).map((id) => [id, organisations.get(id)!.name])),
      ),
  } as unknown as OrganisationRepository;
  const keys = { exists: (id: string) => Promise.resolve(id === KEY) } as unknown as CostSharingKeyRepository;

  const { mutations, audited } = fakeMutations();
  const service = new InitiativeService(
    initiativeRepository,
    participantRepository,
    organisationRepository,
    keys,
    mutations,
  );
  const participantService = new InitiativeParticipantsService(
    initiativeRepository,
    participantRepository,
    organisationRepository,
    mutations,
  );
  return { service, participantService, initiatives, participants, funding, writes, audited };
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

/** The field problems of a BAD_USER_INPUT refusal: field → English message. */
function problemsOf(error: AppError): Record<string, string> {
  expect(error.code).toBe('BAD_USER_INPUT');
  const problems = error.extensions.problems as { field: string; message: string }[];
  return Object.fromEntries(problems.map((problem) => [problem.field, problem.message]));
}

const newInitiative = (changes: Partial<CreateInitiativeInput> = {}): CreateInitiativeInput => ({
  code: 'DEMO-NY',
  name: ' Melde flytting ',
  ownerId: OWNER_ORG,
  ministryId: MINISTRY,
  ...changes,
});

describe('InitiativeService', () => {
  it('creates an initiative with its owner as participant and audits what was created', async () => {
    const { service, participants, funding, writes, audited } = setup();
    const created = await service.create(
      owner,
      newInitiative({
        fundingSources: [
          { year: 2026, scheme: FundingScheme.DIGIFIN, amount: '250000' },
          // No organisation: the owner's own budget.
          { year: 2026, scheme: FundingScheme.OWN_BUDGET, amount: '50000.5', receivedAmount: '0' },
        ],
        participants: [{ organisationId: OTHER_ORG, role: ParticipantRole.PARTNER }],
      }),
    );
    const stored = [
      {
        year: 2026,
        scheme: FundingScheme.DIGIFIN,
        organisationId: null,
        amount: '250000.00',
        receivedAmount: null,
        description: '',
        budgetChapter: null,
        budgetPost: null,
        inKindDescription: null,
      },
      {
        year: 2026,
        scheme: FundingScheme.OWN_BUDGET,
        organisationId: OWNER_ORG,
        amount: '50000.50',
        receivedAmount: '0.00',
        description: '',
        budgetChapter: null,
        budgetPost: null,
        inKindDescription: null,
      },
    ];
    expect(created).toMatchObject({
      code: 'DEMO-NY',
      name: 'Melde flytting',
      description: '',
      phase: InitiativePhase.CONCEPT,
    });
    expect(writes).toEqual(['insert initiative', 'replace funding', 'insert 2 participants']);
    expect(funding.get(created.id)).toEqual(stored);
    expect(participants.filter((p) => p.initiativeId === created.id)).toEqual([
      expect.objectContaining({ organisationId: OWNER_ORG, role: ParticipantRole.OWNER, pays: false }),
      // Partners pay unless told otherwise.
      expect.objectContaining({ organisationId: OTHER_ORG, role: ParticipantRole.PARTNER, pays: true }),
    ]);
    expect(audited).toEqual([
      {
        operation: 'createInitiative',
        entityType: 'Initiative',
        entityId: created.id,
        ownerOrganisationId: OWNER_ORG,
        after: expect.objectContaining({
          code: 'DEMO-NY',
          fundingSources: stored,
          participants: [{ organisationId: OTHER_ORG, role: ParticipantRole.PARTNER }],
        }),
      },
    ]);
  });

  it.each([
    ['another organisation', outsider],
    ['a READER of the owner organisation', reader],
  ])('refuses %s to create or update, and writes nothing', async (_who, who) => {
    const { service, writes, audited } = setup();
    const created = await refusal(service.create(who, newInitiative()));
    expect(created).toMatchObject({
      code: 'FORBIDDEN',
      message: 'Only initiative owners of the owner organisation (or administrators) create its initiatives',
      extensions: expect.objectContaining({ reason: 'INITIATIVE_CREATE_ACCESS' }),
    });
    const updated = await refusal(service.update(who, { id: INITIATIVE, version: 2, name: 'Nytt navn' }));
    expect(updated).toMatchObject({
      code: 'FORBIDDEN',
      message: 'Only initiative owners of the owner organisation (or administrators) change DEMO-LIV',
    });
    expect(writes).toEqual([]);
    expect(audited).toEqual([]);
  });

  it('lets only administrators hand an initiative over to another organisation', async () => {
    const { service, writes } = setup();
    const error = await refusal(service.update(owner, { id: INITIATIVE, version: 2, ownerId: OTHER_ORG }));
    expect(error).toMatchObject({
      code: 'FORBIDDEN',
      message: 'Only administrators hand an initiative over to another organisation',
    });
    expect(writes).toEqual([]);

    const after = await service.update(admin, { id: INITIATIVE, version: 2, ownerId: OTHER_ORG });
    expect(after.ownerId).toBe(OTHER_ORG);
    expect(writes).toEqual(['update initiative', `move ownership ${OWNER_ORG} → ${OTHER_ORG}`]);
  });

  it('answers a stale version with CONFLICT naming both versions, and writes nothing', async () => {
    const { service, writes, audited } = setup();
    const error = await refusal(service.update(owner, { id: INITIATIVE, version: 1, name: 'Nytt navn' }));
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toBe(
      'Initiative was changed by someone else: you sent version 1, the current version is 2. Reload it and apply your change again.',
    );
    expect(error.extensions).toMatchObject({ currentVersion: 2, sentVersion: 1, reason: 'STALE_VERSION' });
    expect(writes).toEqual([]);
    expect(audited).toEqual([]);
  });

  it('updates for the owner organisation and audits before and after, with the funding sent', async () => {
    const { service, writes, audited, funding } = setup();
    const before = {
      year: 2025,
      scheme: FundingScheme.CO_FINANCING,
      organisationId: null,
      amount: '500.00',
      receivedAmount: '500.00',
      description: '',
      budgetChapter: null,
      budgetPost: null,
      inKindDescription: null,
    };
    funding.set(INITIATIVE, [before]);
    const sources = [
      {
        year: 2026,
        scheme: FundingScheme.OWN_BUDGET,
        organisationId: OTHER_ORG,
        amount: '1000.00',
        receivedAmount: null,
        description: 'Egen ramme',
        budgetChapter: null,
        budgetPost: null,
        inKindDescription: null,
      },
    ];
    const after = await service.update(owner, {
      id: INITIATIVE,
      version: 2,
      name: 'Starte bedrift',
      fundingSources: sources,
    });
    expect(after).toMatchObject({ name: 'Starte bedrift', version: 3, code: 'DEMO-LIV' });
    expect(writes).toEqual(['update initiative', 'replace funding']);
    expect(audited).toEqual([
      {
        operation: 'updateInitiative',
        entityType: 'Initiative',
        entityId: INITIATIVE,
        ownerOrganisationId: OWNER_ORG,
        before: expect.objectContaining({
          name: 'Starte og drive en bedrift',
          version: 2,
          fundingSources: [before],
        }),
        after: expect.objectContaining({ name: 'Starte bedrift', version: 3, fundingSources: sources }),
      },
    ]);
  });

  it('reports every invalid field at once with its field, and writes nothing', async () => {
    const { service, writes, audited } = setup();
    const error = await refusal(
      service.create(
        owner,
        newInitiative({
          code: 'demo ny',
          name: '  ',
          ministryId: AGENCY,
          startDate: '2026-06-01',
          endDate: '2026-01-01',
          costSharingKeyId: MISSING,
          lifetimeYears: 0,
          residualValue: '-1.00',
          priceBaseYear: 1800,
          fundingSources: [
            { year: 2026, scheme: FundingScheme.DIGIFIN, amount: '1.00', description: 'x'.repeat(1001) },
            { year: 1989, scheme: FundingScheme.CO_FINANCING, organisationId: OTHER_ORG, amount: '-1' },
            {
              year: 2026,
              scheme: FundingScheme.OWN_BUDGET,
              organisationId: MISSING,
              amount: '1',
              receivedAmount: '-2',
            },
          ],
          participants: [
            { organisationId: OWNER_ORG, role: ParticipantRole.PARTNER },
            { organisationId: OTHER_ORG, role: ParticipantRole.OWNER },
            { organisationId: 'ikke-en-id', role: ParticipantRole.FUNDER },
          ],
        }),
      ),
    );
    expect(problemsOf(error)).toEqual({
      code: 'must be 2–40 characters of upper-case letters, digits and dashes, starting with a letter or digit (got "demo ny")',
      name: 'must not be empty',
      endDate: 'must not be before startDate (2026-06-01)',
      lifetimeYears: 'must be a whole number of years from 1 to 100 (got 0)',
      residualValue: 'must not be negative (got "-1.00")',
      priceBaseYear: 'must be a year between 1900 and 2300 (got 1800)',
      ministryId: 'must be a ministry (Brønnøysundregistrene is STATE_AGENCY)',
      costSharingKeyId: `cost-sharing key ${MISSING} does not exist`,
      'fundingSources[0].description': 'must be at most 1000 characters',
      'fundingSources[1].year': 'must be a year between 1990 and 2200 (got 1989)',
      'fundingSources[1].organisationId':
        "must be empty: a CO_FINANCING grant is paid by the scheme, not from an organisation's own budget",
      'fundingSources[1].amount': 'must not be negative (got "-1")',
      // The scheme's eligibility (issue 15): the owner here is a municipality.
      'fundingSources[1].scheme':
        'a CO_FINANCING grant goes only to an initiative owned by a state agency (STATE_AGENCY); Eierkommune is MUNICIPALITY — municipalities and counties take part in co-financing only as partners',
      'fundingSources[2].receivedAmount': 'must not be negative (got "-2")',
      'fundingSources[2].organisationId': `organisation ${MISSING} does not exist`,
      'participants[0].organisationId': 'the owner takes part already, as the owner',
      'participants[1].role': 'only the owner organisation has the role owner',
      'participants[2].organisationId': 'must be an id (a UUID)',
    });
    expect(writes).toEqual([]);
    expect(audited).toEqual([]);
  });

  it('refuses a participant that is not an organisation', async () => {
    const { service, writes } = setup();
    const error = await refusal(
      service.create(
        owner,
        newInitiative({ participants: [{ organisationId: MISSING, role: ParticipantRole.PARTNER }] }),
      ),
    );
    expect(problemsOf(error)).toEqual({
      'participants[0].organisationId': `organisation ${MISSING} does not exist`,
    });
    expect(writes).toEqual([]);
  });

  it('refuses a code another initiative uses, naming it, and writes nothing', async () => {
    const { service, writes, audited } = setup();
    const error = await refusal(service.create(owner, newInitiative({ code: 'DEMO-LIV' })));
    expect(problemsOf(error)).toEqual({ code: 'DEMO-LIV is already used by "Starte og drive en bedrift"' });
    expect(error.extensions.problems).toEqual([
      expect.objectContaining({
        reason: 'INITIATIVE_CODE_TAKEN',
        params: { code: 'DEMO-LIV', name: 'Starte og drive en bedrift' },
      }),
    ]);
    expect(writes).toEqual([]);
    expect(audited).toEqual([]);
    // An initiative keeps its own code.
    await service.update(owner, { id: INITIATIVE, version: 2, code: 'DEMO-LIV', name: 'Nytt navn' });
    expect(writes).toEqual(['update initiative']);
  });

  it('answers NOT_FOUND for an initiative that does not exist', async () => {
    const { service } = setup();
    expect(await refusal(service.findById(MISSING))).toMatchObject({
      code: 'NOT_FOUND',
      message: `Initiative ${MISSING} was not found`,
    });
    expect(await refusal(service.update(owner, { id: MISSING, version: 1, name: 'x' }))).toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});

describe('InitiativeParticipantsService', () => {
  it('adds a participant, marks the initiative changed and audits it', async () => {
    const { participantService, writes, audited } = setup();
    const added = await participantService.add(owner, INITIATIVE, OTHER_ORG, ParticipantRole.FUNDER);
    expect(added).toMatchObject({ organisationId: OTHER_ORG, role: ParticipantRole.FUNDER, pays: true });
    expect(writes).toEqual(['insert participant', 'touch initiative']);
    expect(audited).toEqual([
      {
        operation: 'addParticipant',
        entityType: 'Initiative',
        entityId: INITIATIVE,
        ownerOrganisationId: OWNER_ORG,
        after: { participant: added },
      },
    ]);
  });

  it.each([
    ['another organisation', outsider],
    ['a READER of the owner organisation', reader],
  ])('refuses %s every participant change, and writes nothing', async (_who, who) => {
    const { participantService, writes, audited } = setup();
    const message = 'Only initiative owners of the owner organisation (or administrators) change DEMO-LIV';
    expect(
      await refusal(participantService.add(who, INITIATIVE, OTHER_ORG, ParticipantRole.PARTNER)),
    ).toMatchObject({ code: 'FORBIDDEN', message });
    // Refused before anyone learns whether the organisation takes part.
    expect(await refusal(participantService.update(who, INITIATIVE, MISSING, { pays: true }))).toMatchObject({
      code: 'FORBIDDEN',
      message,
    });
    expect(await refusal(participantService.remove(who, INITIATIVE, OWNER_ORG))).toMatchObject({
      code: 'FORBIDDEN',
      message,
    });
    expect(writes).toEqual([]);
    expect(audited).toEqual([]);
  });

  it('refuses an organisation that takes part already with CONFLICT naming it and its role in words', async () => {
    const { participantService, writes } = setup();
    await participantService.add(owner, INITIATIVE, OTHER_ORG, ParticipantRole.PARTNER);
    writes.length = 0;
    const error = await refusal(participantService.add(owner, INITIATIVE, OTHER_ORG, ParticipantRole.FUNDER));
    expect(error).toMatchObject({
      code: 'CONFLICT',
      message: 'Annen kommune already takes part in DEMO-LIV as a partner',
      extensions: expect.objectContaining({
        reason: 'ALREADY_TAKES_PART',
        params: { code: 'DEMO-LIV', role: 'PARTNER', organisation: 'Annen kommune' },
        participantId: 'p-1',
      }),
    });
    expect(writes).toEqual([]);
  });

  it('updates a participant with before and after in the audit, and checks the group name', async () => {
    const { participantService, writes, audited } = setup();
    await participantService.add(owner, INITIATIVE, OTHER_ORG, ParticipantRole.PARTNER);
    writes.length = 0;
    audited.length = 0;
    const error = await refusal(
      participantService.update(owner, INITIATIVE, OTHER_ORG, {
        role: ParticipantRole.OWNER,
        costGroup: 'ikke gyldig',
      }),
    );
    expect(problemsOf(error)).toEqual({
      role: "only the owner organisation has the role owner; change the initiative's owner instead",
      costGroup: 'must be 1–40 letters, digits, dashes or underscores',
    });
    expect(writes).toEqual([]);

    const after = await participantService.update(owner, INITIATIVE, OTHER_ORG, {
      pays: false,
      costGroup: ' LOCAL ',
    });
    expect(after).toMatchObject({ role: ParticipantRole.PARTNER, pays: false, costGroup: 'LOCAL' });
    expect(writes).toEqual(['update participant', 'touch initiative']);
    expect(audited).toEqual([
      expect.objectContaining({
        operation: 'updateParticipant',
        before: { participant: expect.objectContaining({ pays: true, costGroup: null }) },
        after: { participant: expect.objectContaining({ pays: false, costGroup: 'LOCAL' }) },
      }),
    ]);
  });

  it('does not remove the owner, and answers NOT_FOUND for an organisation that does not take part', async () => {
    const { participantService, writes } = setup();
    const owners = await refusal(participantService.remove(owner, INITIATIVE, OWNER_ORG));
    expect(problemsOf(owners)).toEqual({
      organisationId: "the owner cannot be removed; change the initiative's owner first",
    });
    const missing = await refusal(participantService.remove(owner, INITIATIVE, OTHER_ORG));
    expect(missing).toMatchObject({
      code: 'NOT_FOUND',
      message: `Participant of DEMO-LIV ${OTHER_ORG} was not found`,
      extensions: expect.objectContaining({ entity: 'Participant of DEMO-LIV', id: OTHER_ORG }),
    });
    expect(writes).toEqual([]);
  });
});

describe('InitiativeService.list sorted by a figure', () => {
  // Four initiatives with realised benefits A 300.00, B 100.00, C 200.00 and D without figures (none
  // computed for it): descending by realised is A, C, B, then D last; pages of 2 are [A, C] and [B, D].
  const keys = [
    { id: 'a', code: 'A' },
    { id: 'b', code: 'B' },
    { id: 'c', code: 'C' },
    { id: 'd', code: 'D' },
  ];
  const realised: Record<string, string> = { a: '300.00', b: '100.00', c: '200.00' };
  const asked: string[][] = [];
  const repository = {
    keysMatching: () => Promise.resolve(keys),
    byIdsInOrder: (ids: readonly string[]) => {
      asked.push([...ids]);
      return Promise.resolve(ids.map((id) => ({ id, code: id.toUpperCase() }) as InitiativeEntity));
    },
  } as unknown as InitiativeRepository;
  const figures = {
    figuresByInitiative: () =>
      Promise.resolve(
        new Map(
          Object.entries(realised).map(([id, value]) => [
            id,
            {
              plannedBenefitNok: '0.00',
              plannedBenefitToDateNok: '0.00',
              realisedBenefitNok: value,
              realisationPercent: null,
            },
          ]),
        ),
      ),
  };
  const service = new InitiativeService(
    repository,
    {} as ParticipantRepository,
    {} as OrganisationRepository,
    {} as CostSharingKeyRepository,
    fakeMutations().mutations,
    figures,
  );
  const sort = { field: InitiativeSortField.REALISED_BENEFIT, direction: SortDirection.DESC };

  it('orders every selected initiative before cutting the page, nothing computed last', async () => {
    const first = await service.list(undefined, sort, { offset: 0, limit: 2 });
    const second = await service.list(undefined, sort, { offset: 2, limit: 2 });
    expect([first.totalCount, first.nodes.map((n) => n.code)]).toEqual([4, ['A', 'C']]);
    expect([second.totalCount, second.nodes.map((n) => n.code)]).toEqual([4, ['B', 'D']]);
    // Only the page's initiatives are read.
    expect(asked).toEqual([
      ['a', 'c'],
      ['b', 'd'],
    ]);
  });
});
