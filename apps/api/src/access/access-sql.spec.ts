import type { ChangeFeedScope, FinancialDetailScope, PortfolioScope } from '@gevinst/domain';
import { DataSource } from 'typeorm';
import { pgliteDriver } from '../database/pglite-pool.js';
import { builtStatement, compareSnapshot, sqlSnapshotText } from '../common/sql-snapshot.js';
import { AccessRepository } from './access.repository.js';

const ORG = '00000000-0000-4000-8000-00000000000a';

/** Every scope kind's SQL condition, on a plain query, committed in queries/access.repository.sql. */
describe('access repository SQL (snapshot)', () => {
  let db: DataSource;
  beforeAll(async () => {
    db = new DataSource({ type: 'postgres', driver: pgliteDriver('memory://'), entities: [] });
    await db.initialize();
  });
  afterAll(() => db?.destroy());

  it('matches queries/access.repository.sql', () => {
    const access = new AccessRepository(db);
    const lines = () =>
      db
        .createQueryBuilder()
        .select('l.id')
        .from('allocation_lines', 'l')
        .innerJoin('initiatives', 'i', 'i.id = l.initiative_id');
    const initiatives = () => db.createQueryBuilder().select('i.id').from('initiatives', 'i');
    const financial: [string, FinancialDetailScope][] = [
      ['ALL (administrators)', { kind: 'ALL' }],
      [
        'SOME (own organisation and its initiatives)',
        { kind: 'SOME', organisationId: ORG, ownerId: ORG, ministryId: null },
      ],
      [
        'SOME with a ministry (portfolio reviewers)',
        { kind: 'SOME', organisationId: ORG, ownerId: ORG, ministryId: ORG },
      ],
    ];
    const portfolio: [string, PortfolioScope][] = [
      ['ALL', { kind: 'ALL' }],
      ['MINISTRY', { kind: 'MINISTRY', ministryId: ORG }],
      ['PARTICIPANT', { kind: 'PARTICIPANT', organisationId: ORG }],
    ];
    const events = () => db.createQueryBuilder().select('a.id').from('audit_events', 'a');
    const changes: [string, ChangeFeedScope][] = [
      ['ALL', { kind: 'ALL' }],
      ['ORGANISATION', { kind: 'ORGANISATION', organisationId: ORG }],
    ];
    const statements = [
      ...financial.map(([name, scope]) =>
        builtStatement(`whereLineAllowed, ${name}`, access.whereLineAllowed(lines(), scope)),
      ),
      ...financial.map(([name, scope]) =>
        builtStatement(
          `whereInitiativeAllowed, ${name}`,
          access.whereInitiativeAllowed(initiatives(), scope),
        ),
      ),
      ...financial
        .filter(([, scope]) => scope.kind === 'SOME')
        .map(([name, scope]) =>
          builtStatement(`reachesOtherOrganisations, ${name}`, access.reachesQuery(scope)),
        ),
      ...portfolio.map(([name, scope]) =>
        builtStatement(`whereInPortfolio, ${name}`, access.whereInPortfolio(initiatives(), scope)),
      ),
      ...changes.map(([name, scope]) =>
        builtStatement(`whereChangeVisible, ${name}`, access.whereChangeVisible(events(), scope)),
      ),
    ];
    const { committed, generated } = compareSnapshot(
      'apps/api/src/access/queries/access.repository.sql',
      sqlSnapshotText('AccessRepository: the access scope of libs/domain as SQL conditions', statements),
    );
    expect(generated).toBe(committed);
  });
});
