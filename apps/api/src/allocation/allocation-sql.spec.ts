import type { FinancialDetailScope } from '@gevinst/domain';
import { DataSource } from 'typeorm';
import { AccessRepository } from '../access/access.repository.js';
import { SortDirection } from '../common/sort-direction.enum.js';
import {
  type SnapshotStatement,
  builtStatement,
  compareSnapshot,
  namedStatement,
  sqlSnapshotText,
} from '../common/sql-snapshot.js';
import { UnitOfWork } from '../common/unit-of-work.js';
import { PLANNED_COST_SUM_SQL } from '../cost-item/cost-item.repository.js';
import { CURRENT_KEY_VERSION_IDS_SQL } from '../cost-sharing-key/cost-sharing-key.repository.js';
import { pgliteDriver } from '../database/pglite-pool.js';
import { PAYING_PARTICIPANTS_SQL, PARTICIPANT_IDS_SQL } from '../initiative/participant.repository.js';
import { POPULATIONS_SQL } from '../organisation/organisation.repository.js';
import { ALLOCATION_DRIVER_SQL } from './allocation-driver.repository.js';
import { AllocationLineEntity } from './allocation-line.entity.js';
import { AllocationLineRepository } from './allocation-line.repository.js';
import { ALLOCATION_RUN_SQL } from './allocation-run.repository.js';
import { AllocationSortField } from './dto/allocation-sort.input.js';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const ORG = id(1);
const OTHER_ORG = id(2);
const INITIATIVE = id(3);
const RUN = id(4);
const FINANCE_OFFICER: FinancialDetailScope = {
  kind: 'SOME',
  organisationId: ORG,
  ownerId: ORG,
  ministryId: null,
};
const REVIEWER: FinancialDetailScope = { kind: 'SOME', organisationId: ORG, ownerId: ORG, ministryId: ORG };

/**
 * The allocation repositories' statements, regenerated from the code with fixed arguments and compared
 * with the committed queries/*.sql (SQL_SNAPSHOTS=update writes them): a changed statement shows in review.
 * Nothing is run; the embedded database only gives TypeORM its driver and metadata.
 */
describe('allocation repositories SQL (snapshots)', () => {
  let db: DataSource;
  beforeAll(async () => {
    db = new DataSource({
      type: 'postgres',
      driver: pgliteDriver('memory://'),
      entities: [AllocationLineEntity],
    });
    await db.initialize();
  });
  afterAll(() => db?.destroy());

  const check = (file: string, title: string, statements: SnapshotStatement[]) => {
    const { committed, generated } = compareSnapshot(
      `apps/api/src/allocation/queries/${file}`,
      sqlSnapshotText(title, statements),
    );
    expect(generated).toBe(committed);
  };

  it('matches queries/allocation-line.repository.sql', () => {
    const lines = new AllocationLineRepository(new UnitOfWork(db), new AccessRepository(db));
    const admin = lines.scoped({ kind: 'ALL' }, {});
    const own = lines.scoped(FINANCE_OFFICER, { organisationId: ORG, year: 2025 });
    const reviewed = lines.scoped(REVIEWER, { initiativeId: INITIATIVE, includeSuperseded: true });
    const run = lines.scoped(FINANCE_OFFICER, { runId: RUN });
    check(
      'allocation-line.repository.sql',
      'AllocationLineRepository: the reads of stored allocation lines',
      [
        builtStatement(
          'page: an administrator, every current line, first page',
          lines.pageQuery(admin, undefined, { offset: 0, limit: 50 }),
        ),
        builtStatement(
          'page: a finance officer, own organisation in 2025, by planned amount (largest first), second page',
          lines.pageQuery(
            own,
            { field: AllocationSortField.PLANNED_AMOUNT, direction: SortDirection.DESC },
            { offset: 50, limit: 50 },
          ),
        ),
        builtStatement(
          'page: one run of a finance officer, by organisation',
          lines.pageQuery(
            run,
            { field: AllocationSortField.ORGANISATION, direction: SortDirection.ASC },
            { offset: 0, limit: 50 },
          ),
        ),
        builtStatement(
          'pageWithTotals: a finance officer, own organisation in 2025, first 500 with the totals',
          lines.pageWithTotalsQuery(own, undefined, { offset: 0, limit: 500 }),
        ),
        builtStatement(
          'totals: a portfolio reviewer, one initiative, superseded runs too',
          lines.totalsQuery(reviewed),
        ),
        builtStatement(
          'summaryRows: a finance officer, 2025, a page of organisations',
          lines.summaryQuery(lines.scoped(FINANCE_OFFICER, { year: 2025 }), [ORG, OTHER_ORG]),
        ),
        builtStatement('exportRuns: a portfolio reviewer, one initiative', lines.exportRunsQuery(reviewed)),
        builtStatement(
          'exportBatches (keyset): a finance officer, the batch after line 5000',
          lines.exportBatchQuery(own, '5000', 5000),
        ),
      ],
    );
  });

  it('matches queries/allocation-run.repository.sql', () => {
    const em = db.manager;
    const sql = ALLOCATION_RUN_SQL;
    check(
      'allocation-run.repository.sql',
      'AllocationRunRepository: what a run reads, and the run and its lines stored',
      [
        namedStatement(em, 'payingParticipants', PAYING_PARTICIPANTS_SQL, { initiativeId: INITIATIVE }),
        namedStatement(em, 'populations', POPULATIONS_SQL, {
          organisationIds: [ORG, OTHER_ORG],
          years: [2024, 2025],
        }),
        namedStatement(em, 'driverValues', sql.driverValues, { initiativeId: INITIATIVE, year: 2025 }),
        namedStatement(em, 'currentKeyVersions (the version ids)', CURRENT_KEY_VERSION_IDS_SQL, {
          keyIds: [id(5)],
        }),
        namedStatement(em, 'plannedCostSum', PLANNED_COST_SUM_SQL, { initiativeId: INITIATIVE, year: 2025 }),
        namedStatement(em, 'supersede', sql.supersede, { id: RUN, byRunId: id(6) }),
        namedStatement(em, 'insert: the run', sql.insertRun, {
          id: id(6),
          initiativeId: INITIATIVE,
          year: 2025,
          createdByUserId: id(7),
          createdByEmail: 'okonomi@example.no',
          inputs: '{}',
          plannedTotal: '100.00',
          actualTotal: null,
          lineCount: 2,
        }),
        namedStatement(em, 'insert: its lines (unnest, one statement for every line)', sql.insertLines, {
          runId: id(6),
          initiativeId: INITIATIVE,
          year: 2025,
          organisationIds: [ORG, OTHER_ORG],
          costItemIds: [id(8), id(8)],
          costCategories: ['LICENCE', 'LICENCE'],
          keyVersionIds: [id(9), id(9)],
          planned: ['60.00', '40.00'],
          actual: [null, null],
          shares: ['0.6', '0.4'],
          explanations: ['…', '…'],
          explanationsNb: ['…', '…'],
        }),
      ],
    );
  });

  it('matches queries/allocation-driver.repository.sql', () => {
    const em = db.manager;
    check('allocation-driver.repository.sql', 'AllocationDriverRepository: driver values', [
      namedStatement(em, 'participantIds', PARTICIPANT_IDS_SQL, {
        initiativeId: INITIATIVE,
      }),
      namedStatement(em, 'upsert (unnest, one statement for every value)', ALLOCATION_DRIVER_SQL.upsert, {
        initiativeId: INITIATIVE,
        year: 2025,
        driver: 'transactions',
        source: 'SSB',
        organisationIds: [ORG, OTHER_ORG],
        values: ['12.5', '7'],
      }),
    ]);
  });
});
