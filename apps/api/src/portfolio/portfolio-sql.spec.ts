import { AdministrativeLevel, InitiativePhase, LifeEvent } from '@gevinst/domain';
import { DataSource } from 'typeorm';
import { AccessRepository } from '../access/access.repository.js';
import { builtStatement, compareSnapshot, namedStatement, sqlSnapshotText } from '../common/sql-snapshot.js';
import { pgliteDriver } from '../database/pglite-pool.js';
import type { PortfolioConditions } from './portfolio-scope.js';
import { PORTFOLIO_SQL, initiativesQuery, initiativesWithFactsQuery } from './portfolio.repository.js';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const NO_FILTER: PortfolioConditions = {
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

/**
 * PortfolioRepository's statements, regenerated from the code with fixed arguments and compared with the
 * committed queries/portfolio.repository.sql (SQL_SNAPSHOTS=update writes it). Nothing is run.
 */
describe('portfolio repository SQL (snapshot)', () => {
  let db: DataSource;
  beforeAll(async () => {
    db = new DataSource({ type: 'postgres', driver: pgliteDriver('memory://'), entities: [] });
    await db.initialize();
  });
  afterAll(() => db?.destroy());

  it('matches queries/portfolio.repository.sql', () => {
    const access = new AccessRepository(db);
    const em = db.manager;
    const ids = { initiativeIds: [id(1), id(2)] };
    const years = { fromYear: 2024, toYear: 2030 };
    const statements = [
      builtStatement(
        'initiatives: an administrator, no filter',
        initiativesQuery(em, access, { scope: { kind: 'ALL' }, filter: NO_FILTER }),
      ),
      builtStatement(
        "initiatives: a portfolio reviewer, own ministry's",
        initiativesQuery(em, access, {
          scope: { kind: 'MINISTRY', ministryId: id(3) },
          filter: { ...NO_FILTER, ministryId: id(3) },
        }),
      ),
      builtStatement(
        'initiatives: a participant, every filter',
        initiativesQuery(em, access, {
          scope: { kind: 'PARTICIPANT', organisationId: id(4) },
          filter: {
            ministryId: id(3),
            ownerId: id(5),
            initiativeIds: [id(1), id(2)],
            lifeEvent: [LifeEvent.STARTING_AND_RUNNING_A_BUSINESS, LifeEvent.DEATH_AND_INHERITANCE],
            phase: [InitiativePhase.EXECUTION],
            administrativeLevel: AdministrativeLevel.LOCAL,
            countyNumber: '46',
            fromYear: 2024,
            toYear: 2030,
          },
        }),
      ),
      builtStatement(
        "initiativesWithFacts: a portfolio reviewer, own ministry's",
        initiativesWithFactsQuery(em, access, {
          scope: { kind: 'MINISTRY', ministryId: id(3) },
          filter: { ...NO_FILTER, ministryId: id(3) },
        }),
      ),
      namedStatement(em, 'changeCount', PORTFOLIO_SQL.changeCount, {}),
      namedStatement(em, 'initiativeFacts', PORTFOLIO_SQL.initiativeFacts, ids),
      namedStatement(em, 'initiativeFactsDefinition', PORTFOLIO_SQL.initiativeFactsDefinition, ids),
      namedStatement(em, 'paymentSums', PORTFOLIO_SQL.paymentSums, { ...ids, ...years }),
      namedStatement(em, 'levels', PORTFOLIO_SQL.levels, { organisationIds: [id(4), id(6)] }),
      namedStatement(em, 'organisationFacts', PORTFOLIO_SQL.organisationFacts, {
        organisationIds: [id(4), id(6)],
      }),
    ];
    const { committed, generated } = compareSnapshot(
      'apps/api/src/portfolio/queries/portfolio.repository.sql',
      sqlSnapshotText(
        'PortfolioRepository: the reads of portfolio analytics, one snapshot per answer',
        statements,
      ),
    );
    expect(generated).toBe(committed);
  });
});
