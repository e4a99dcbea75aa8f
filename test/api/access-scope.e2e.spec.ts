import {
  ApiTokenScope,
  type Principal,
  type Role,
  financialDetailScope,
  portfolioScope,
  portfolioScopeAllows,
  scopeAllowsInitiative,
  scopeAllowsLine,
  scopeReachesOtherOrganisations,
} from '@gevinst/domain';
import { AccessRepository } from '../../apps/api/src/access/access.repository.js';
import { AllocationLineRepository } from '../../apps/api/src/allocation/allocation-line.repository.js';
import { initiativesQuery } from '../../apps/api/src/portfolio/portfolio.repository.js';
import { organisationIds } from './support/organisations.js';
import { type Gql, type TestApp, startTestApp } from './support/test-app.js';
import { aSignedInUser, anApiToken } from './support/users.js';

/**
 * One table, two implementations of the same rules: for every persona, each access predicate of
 * libs/domain (access.ts) and the SQL the access repository makes of the same scope value must select
 * exactly the same rows of the same fixtures (the demo data, plus users for the personas it lacks):
 *
 * - every allocation line, superseded ones included (scopeAllowsLine / whereLineAllowed, and the real
 *   allocation query AllocationLineRepository.scoped);
 * - every initiative, for its whole financial detail (scopeAllowsInitiative / whereInitiativeAllowed) and
 *   for portfolio analytics (portfolioScopeAllows / whereInPortfolio, through the portfolio's own query);
 * - whether another organisation's lines can be asked for at all (scopeReachesOtherOrganisations).
 *
 * The personas sign in (or use their API token) and the API's answers are counted too, so the principal
 * each one is compared with is the one the API itself sees.
 */
type Persona =
  | 'admin'
  | 'owner'
  | 'reviewer'
  | 'bergen'
  | 'oslo'
  | 'readerOfOwner'
  | 'readToken'
  | 'unrelated'
  | 'otherReviewer'
  | 'ministryReader';

const PERSONAS: Persona[] = [
  'admin',
  'owner',
  'reviewer',
  'bergen',
  'oslo',
  'readerOfOwner',
  'readToken',
  'unrelated',
  'otherReviewer',
  'ministryReader',
];

interface LineFixture {
  id: string;
  organisation_id: string;
  owner_id: string;
  ministry_id: string;
}

interface InitiativeFixture {
  id: string;
  owner_id: string;
  ministry_id: string;
  participant_ids: string[];
  receiver_ids: (string | null)[];
}

const PASSWORD = 'access-scope-persona-2026';

describe('access scope: the domain predicates and their SQL agree for every persona', () => {
  let t: TestApp;
  let access: AccessRepository;
  const clients = {} as Record<Persona, Gql>;
  const principals = {} as Record<Persona, Principal>;
  let lines: LineFixture[];
  let initiatives: InitiativeFixture[];
  /** How often each predicate said yes and no over the whole table: the fixtures must hold both. */
  const answers = new Map<string, { yes: number; no: number }>();
  const count = (predicate: string, allowed: boolean) => {
    const tally = answers.get(predicate) ?? { yes: 0, no: 0 };
    if (allowed) tally.yes++;
    else tally.no++;
    answers.set(predicate, tally);
  };

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    access = t.app.get(AccessRepository);
    const one = async (sql: string, params: unknown[] = []) => String((await t.db.query(sql, params))[0].id);
    const { kdd, nfd } = await organisationIds(t.gql, { kdd: '972417858', nfd: '912660680' });
    // An organisation that owns nothing, takes part in nothing and receives no benefit.
    const nowhere = await one(
      `SELECT o.id FROM organisations o
       WHERE NOT EXISTS (SELECT 1 FROM initiatives i WHERE o.id IN (i.owner_id, i.ministry_id))
         AND NOT EXISTS (SELECT 1 FROM initiative_participants p WHERE p.organisation_id = o.id)
         AND NOT EXISTS (SELECT 1 FROM benefits b WHERE b.receiving_organisation_id = o.id)
         AND NOT EXISTS (SELECT 1 FROM allocation_lines l WHERE l.organisation_id = o.id)
       ORDER BY o.org_number LIMIT 1`,
    );
    const user = (email: string, organisationId: string, roles: `${Role}`[]) =>
      aSignedInUser(t, { email, name: email, organisationId, password: PASSWORD, roles });

    clients.admin = t.gql;
    clients.owner = await t.as('eier@demo.gevinst.no');
    clients.reviewer = await t.as('departement@demo.gevinst.no');
    clients.bergen = await t.as('okonomi.bergen@demo.gevinst.no');
    clients.oslo = await t.as('okonomi.oslo@demo.gevinst.no');
    clients.readerOfOwner = await t.as('integrator@demo.gevinst.no');
    clients.unrelated = await user('ingen@scope.test', nowhere, ['FINANCE_OFFICER']);
    clients.otherReviewer = await user('nfd.reviewer@scope.test', nfd, ['PORTFOLIO_REVIEWER']);
    clients.ministryReader = await user('kdd.reader@scope.test', kdd, ['READER']);
    const future = new Date(Date.now() + 86_400_000).toISOString();
    const token = await anApiToken(clients.readerOfOwner, {
      name: 'scope READ',
      scopes: ['READ'],
      expiresAt: future,
    });
    clients.readToken = t.withToken(token.secret);

    // Each persona as the API sees it.
    for (const persona of PERSONAS) {
      const me = await clients[persona](`{ me { id roles organisation { id } } }`);
      expect(me.errors).toBeUndefined();
      principals[persona] = {
        userId: me.data.me.id,
        organisationId: me.data.me.organisation.id,
        roles: me.data.me.roles,
        ...(persona === 'readToken' ? { scopes: [ApiTokenScope.READ] } : {}),
      };
    }

    lines = await t.db.query<LineFixture[]>(
      `SELECT l.id::text AS id, l.organisation_id, i.owner_id, i.ministry_id
       FROM allocation_lines l JOIN initiatives i ON i.id = l.initiative_id ORDER BY l.id`,
    );
    initiatives = await t.db.query<InitiativeFixture[]>(
      `SELECT i.id, i.owner_id, i.ministry_id,
              coalesce((SELECT array_agg(p.organisation_id::text) FROM initiative_participants p WHERE p.initiative_id = i.id), '{}') AS participant_ids,
              coalesce((SELECT array_agg(b.receiving_organisation_id::text) FROM benefits b WHERE b.initiative_id = i.id), '{}') AS receiver_ids
       FROM initiatives i ORDER BY i.code`,
    );
    expect(lines.length).toBeGreaterThan(50);
    expect(initiatives.length).toBeGreaterThan(5);
  });

  afterAll(() => t?.close());

  const sorted = (ids: Iterable<string>) => [...ids].sort();

  it.each(PERSONAS)('%s: allocation lines', async (persona) => {
    const scope = financialDetailScope(principals[persona]);
    const expected = lines.filter((line) => {
      const allowed = scopeAllowsLine(scope, {
        organisationId: line.organisation_id,
        initiativeOwnerId: line.owner_id,
        initiativeMinistryId: line.ministry_id,
      });
      count('scopeAllowsLine', allowed);
      return allowed;
    });

    // The condition alone, on every line…
    const condition = access.whereLineAllowed(
      t.db
        .createQueryBuilder()
        .select('l.id::text', 'id')
        .from('allocation_lines', 'l')
        .innerJoin('initiatives', 'i', 'i.id = l.initiative_id'),
      scope,
    );
    const bySql = (await condition.getRawMany<{ id: string }>()).map((row) => row.id);
    expect(sorted(bySql)).toEqual(sorted(expected.map((line) => line.id)));

    // … the allocation query that every read of lines starts from (superseded runs included) …
    const scoped = t.app.get(AllocationLineRepository).scoped(scope, { includeSuperseded: true });
    const byRepository = (await scoped.select('l.id::text', 'id').getRawMany<{ id: string }>()).map(
      (row) => row.id,
    );
    expect(sorted(byRepository)).toEqual(sorted(expected.map((line) => line.id)));

    // … and the API, as the persona.
    const res = await clients[persona](
      `{ allocations(filter: { includeSuperseded: true }, limit: 1) { totalCount } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.allocations.totalCount).toBe(expected.length);
  });

  it.each(PERSONAS)("%s: initiatives' whole financial detail", async (persona) => {
    const scope = financialDetailScope(principals[persona]);
    const expected = initiatives.filter((initiative) => {
      const allowed = scopeAllowsInitiative(scope, {
        ownerId: initiative.owner_id,
        ministryId: initiative.ministry_id,
      });
      count('scopeAllowsInitiative', allowed);
      return allowed;
    });
    const query = access.whereInitiativeAllowed(
      t.db.createQueryBuilder().select('i.id', 'id').from('initiatives', 'i'),
      scope,
    );
    const bySql = (await query.getRawMany<{ id: string }>()).map((row) => row.id);
    expect(sorted(bySql)).toEqual(sorted(expected.map((initiative) => initiative.id)));

    const reaches = scopeReachesOtherOrganisations(
      scope,
      initiatives.map((initiative) => ({ ownerId: initiative.owner_id, ministryId: initiative.ministry_id })),
    );
    count('scopeReachesOtherOrganisations', reaches);
    expect(await access.reachesOtherOrganisations(scope)).toBe(reaches);
  });

  it.each(PERSONAS)('%s: portfolio initiatives', async (persona) => {
    const scope = portfolioScope(principals[persona]);
    const expected = initiatives.filter((initiative) => {
      const allowed = portfolioScopeAllows(scope, {
        ministryId: initiative.ministry_id,
        participantIds: initiative.participant_ids,
        benefitReceiverIds: initiative.receiver_ids,
      });
      count('portfolioScopeAllows', allowed);
      return allowed;
    });
    const noFilter = {
      ministryId: null,
      ownerId: null,
      initiativeIds: null,
      lifeEvent: null,
      phase: null,
      administrativeLevel: null,
      countyNumber: null,
      fromYear: null,
      toYear: null,
    };
    const rows = await initiativesQuery(t.db.manager, access, { scope, filter: noFilter }).getRawMany<{
      id: string;
    }>();
    expect(sorted(rows.map((row) => row.id))).toEqual(sorted(expected.map((initiative) => initiative.id)));

    const res = await clients[persona](`{ portfolioSummary { initiativeCount } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.portfolioSummary.initiativeCount).toBe(expected.length);
  });

  it('covers both answers of every predicate (the table can fail)', () => {
    for (const predicate of [
      'scopeAllowsLine',
      'scopeAllowsInitiative',
      'portfolioScopeAllows',
      'scopeReachesOtherOrganisations',
    ]) {
      const tally = answers.get(predicate);
      expect({ predicate, yes: (tally?.yes ?? 0) > 0, no: (tally?.no ?? 0) > 0 }).toEqual({
        predicate,
        yes: true,
        no: true,
      });
    }
  });
});
