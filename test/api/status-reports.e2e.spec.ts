/**
 * Status reports (issue 16): benefit owners' reports per reporting period and initiative owners' period
 * status, on the demo portfolio (apps/api/src/database/seed/demo-status-reports.ts, written relative to the
 * day it is seeded). Definitions of period, due and overdue: docs/status-reports.md; the rule's scenarios
 * with dates are in libs/domain/src/status-report.spec.ts.
 */
import { initiativeIdsByCode, queryData } from './support/graphql.js';
import { type Gql, type TestApp, errorCode, startTestApp } from './support/test-app.js';

let t: TestApp;
let owner: Gql;
let reviewer: Gql;
let bergen: Gql;
const ids: Record<string, string> = {};

/** "Flere registreringer uten manuell behandling" (DEMO-LIV-BEDRIFT, quarterly): left overdue by the demo. */
const BEDRIFT_OVERDUE = 'Flere registreringer uten manuell behandling';
/** "Kortere saksbehandlingstid for byggesøknader" (DEMO-DIGIFIN-BYGGESAK, KDD's, yearly): overdue too. */
const BYGGESAK_OVERDUE = 'Kortere saksbehandlingstid for byggesøknader';

const DEADLINES = `query($overdueOnly: Boolean) { statusReportDeadlines(overdueOnly: $overdueOnly) {
  benefitId benefitTitle initiativeCode state periodStart periodEnd dueDate } }`;
const SUBMIT = `mutation($i: SubmitBenefitStatusReportInput!) { submitBenefitStatusReport(input: $i) {
  id periodStart periodEnd ownerRag computedRag cause correctiveAction responsible nextReview forecast
  forecastTargetDate forecastValue reportedByName version benefit { title } } }`;
const SUBMIT_PERIOD_STATUS = `mutation($i: SubmitInitiativeStatusReportInput!) { submitInitiativeStatusReport(input: $i) {
  id periodStart periodEnd overallRag summary topRisks decisionsNeeded version initiative { code } } }`;

const benefitId = async (title: string) =>
  String((await t.db.query(`SELECT id FROM benefits WHERE title = $1`, [title]))[0].id);

beforeAll(async () => {
  t = await startTestApp({ demo: true });
  owner = await t.as('eier@demo.gevinst.no');
  reviewer = await t.as('departement@demo.gevinst.no');
  bergen = await t.as('okonomi.bergen@demo.gevinst.no');
  Object.assign(ids, await initiativeIdsByCode(t.gql));
});
afterAll(async () => t?.close());

describe('the demo reports', () => {
  it('flags the owner’s overdue report on the first page, and only what the owner follows', async () => {
    const rows = (await queryData(owner, DEADLINES, { overdueOnly: true })).statusReportDeadlines;
    expect(rows.map((r: any) => r.benefitTitle)).toEqual([BEDRIFT_OVERDUE]);
    expect(rows[0]).toMatchObject({ initiativeCode: 'DEMO-LIV-BEDRIFT', state: 'OVERDUE' });
    // A quarter, due the last day of the month after it ends (e.g. Q3 2026: 01.07–30.09, due 31.10.2026).
    expect(rows[0].periodStart.slice(5)).toMatch(/^(01|04|07|10)-01$/);
    expect(rows[0].dueDate < new Date().toISOString().slice(0, 10)).toBe(true);
  });

  it('flags KDD’s overdue report to its reviewer: deadlines, the initiative’s count and the list filter', async () => {
    const rows = (await queryData(reviewer, DEADLINES, { overdueOnly: true })).statusReportDeadlines;
    expect(rows.map((r: any) => [r.initiativeCode, r.benefitTitle])).toEqual([
      ['DEMO-DIGIFIN-BYGGESAK', BYGGESAK_OVERDUE],
    ]);
    const list = await queryData(
      reviewer,
      `query($m: ID!) { overdue: initiatives(filter: { ministryId: $m, statusReportOverdue: true }) { nodes { code overdueStatusReports } }
                        others: initiatives(filter: { ministryId: $m, statusReportOverdue: false }) { nodes { code overdueStatusReports } } }`,
      { m: (await t.db.query(`SELECT id FROM organisations WHERE org_number = '972417858'`))[0].id },
    );
    expect(list.overdue.nodes).toEqual([{ code: 'DEMO-DIGIFIN-BYGGESAK', overdueStatusReports: 1 }]);
    expect(list.others.nodes).toEqual([{ code: 'DEMO-DIGIFIN-FIKS', overdueStatusReports: 0 }]);
  });

  it('has a report whose owner is more pessimistic than the computed status, both shown', async () => {
    const data = await queryData(
      reviewer,
      `query($b: ID!) { benefit(id: $b) { statusReports { ownerRag computedRag cause correctiveAction forecast forecastValue forecastTargetDate } } }`,
      { b: await benefitId('Færre mangelfulle byggesøknader i Trondheim') },
    );
    const [latest] = data.benefit.statusReports;
    expect(latest.ownerRag).toBe('RED');
    expect(['GREEN', 'AMBER']).toContain(latest.computedRag);
    expect(latest).toMatchObject({
      forecast: 'NOT_MET',
      forecastValue: '2400',
      forecastTargetDate: '2027-12-31',
    });
    expect(latest.cause).toMatch(/fagsystemer/);
  });

  it('gives the dashboard each initiative’s latest cause and action, its period status and overdue count in one call', async () => {
    const data = await queryData(
      reviewer,
      `query($ids: [ID!]!) { initiativeStatusOverviews(initiativeIds: $ids) {
         initiativeId overdueCount initiative { code }
         latestCause { cause correctiveAction responsible periodEnd updatedAt benefit { title } }
         latestPeriodStatus { overallRag decisionsNeeded } } }`,
      { ids: [ids['DEMO-DIGIFIN-FIKS'], ids['DEMO-DIGIFIN-BYGGESAK']] },
    );
    const [fiks, byggesak] = data.initiativeStatusOverviews;
    expect(fiks).toMatchObject({ initiative: { code: 'DEMO-DIGIFIN-FIKS' }, overdueCount: 0 });
    expect(fiks.latestCause.cause).not.toBe('');
    expect(fiks.latestCause.correctiveAction).not.toBe('');
    expect(fiks.latestPeriodStatus).toMatchObject({ overallRag: 'RED' });
    expect(fiks.latestPeriodStatus.decisionsNeeded).toMatch(/rammeavtaler/);
    expect(byggesak).toMatchObject({ overdueCount: 1 });
    expect(byggesak.latestCause.benefit.title).toBe('Færre mangelfulle byggesøknader i Trondheim');
  });
});

describe('writing a benefit status report', () => {
  let benefit: string;
  let overdue: { periodStart: string; periodEnd: string; dueDate: string };
  beforeAll(async () => {
    benefit = await benefitId(BEDRIFT_OVERDUE);
    overdue = (await queryData(owner, DEADLINES, { overdueOnly: true })).statusReportDeadlines[0];
  });
  const input = (extra: Record<string, unknown> = {}) => ({
    benefitId: benefit,
    period: overdue.periodEnd,
    ownerRag: 'AMBER',
    cause: ' Færre selvbetjente registreringer enn ventet ',
    correctiveAction: 'Forenkle skjemaet for endringer',
    responsible: 'Hanne Registerfører',
    nextReview: '2027-02-15',
    forecast: 'AT_RISK',
    ...extra,
  });

  it('refuses those who may not record the benefit’s measurements, writing nothing', async () => {
    for (const who of [bergen, reviewer]) {
      const res = await who(SUBMIT, { i: input() });
      expect(errorCode(res)).toBe('FORBIDDEN');
      expect(res.errors![0].extensions!.reason).toBe('STATUS_REPORT_ACCESS');
    }
    const [{ n }] = await t.db.query(
      `SELECT count(*)::int AS n FROM benefit_status_reports WHERE benefit_id = $1 AND period_start = $2`,
      [benefit, overdue.periodStart],
    );
    expect(n).toBe(0);
  });

  it('says what a deviation needs, field by field, and refuses a period that has not begun', async () => {
    const res = await owner(SUBMIT, {
      i: input({ cause: '', correctiveAction: ' ', responsible: undefined }),
    });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].extensions!.problems.map((p: any) => [p.field, p.reason])).toEqual([
      ['cause', 'STATUS_REPORT_DEVIATION_NEEDS'],
      ['correctiveAction', 'STATUS_REPORT_DEVIATION_NEEDS'],
      ['responsible', 'STATUS_REPORT_DEVIATION_NEEDS'],
    ]);
    const notMet = await owner(SUBMIT, { i: input({ forecast: 'NOT_MET' }) });
    expect(notMet.errors![0].extensions!.problems).toMatchObject([
      { field: 'forecastValue', reason: 'STATUS_REPORT_FORECAST_VALUE' },
    ]);
    const future = await owner(SUBMIT, { i: input({ period: '2099-01-15' }) });
    expect(future.errors![0].extensions!.problems).toMatchObject([
      { field: 'period', reason: 'STATUS_REPORT_FUTURE_PERIOD', params: { start: '2099-01-01' } },
    ]);
  });

  it('writes the overdue period’s report, with the computed status beside the owner’s, and clears the flag', async () => {
    const report = (await queryData(owner, SUBMIT, { i: input() })).submitBenefitStatusReport;
    expect(report).toMatchObject({
      periodStart: overdue.periodStart,
      periodEnd: overdue.periodEnd,
      ownerRag: 'AMBER',
      cause: 'Færre selvbetjente registreringer enn ventet',
      responsible: 'Hanne Registerfører',
      nextReview: '2027-02-15',
      forecast: 'AT_RISK',
      forecastValue: null,
      version: 1,
      benefit: { title: BEDRIFT_OVERDUE },
    });
    expect(['GREEN', 'AMBER', 'RED', null]).toContain(report.computedRag);
    const rows = (await queryData(owner, DEADLINES, { overdueOnly: true })).statusReportDeadlines;
    expect(rows).toEqual([]);
    const due = await queryData(
      owner,
      `query($b: ID!) { benefit(id: $b) { statusReportDue { state } statusReports { periodStart version } } }`,
      { b: benefit },
    );
    expect(due.benefit.statusReportDue.state).toBe('UP_TO_DATE');
    // The timeline: newest period first, the new one on top.
    expect(due.benefit.statusReports[0]).toEqual({ periodStart: overdue.periodStart, version: 1 });
    const periods = due.benefit.statusReports.map((r: any) => r.periodStart);
    expect([...periods].sort().reverse()).toEqual(periods);
    const audit = await t.db.query(`SELECT operation FROM audit_events WHERE entity_id = $1`, [report.id]);
    expect(audit.map((row: any) => row.operation)).toEqual(['submitBenefitStatusReport']);
  });

  it('replaces a report only at the version read (CONFLICT otherwise)', async () => {
    const again = await owner(SUBMIT, { i: input() });
    expect(errorCode(again)).toBe('CONFLICT');
    expect(again.errors![0].extensions!).toMatchObject({ reason: 'STATUS_REPORT_EXISTS', currentVersion: 1 });
    const replaced = (
      await queryData(owner, SUBMIT, {
        i: input({
          version: 1,
          ownerRag: 'GREEN',
          forecast: 'MET',
          cause: '',
          correctiveAction: '',
          responsible: '',
        }),
      })
    ).submitBenefitStatusReport;
    expect(replaced).toMatchObject({ ownerRag: 'GREEN', cause: '', version: 2 });
    const stale = await owner(SUBMIT, { i: input({ version: 1 }) });
    expect(errorCode(stale)).toBe('CONFLICT');
  });
});

describe('an initiative’s period status', () => {
  const today = new Date().toISOString().slice(0, 10);
  const input = (extra: Record<string, unknown> = {}) => ({
    initiativeId: ids['DEMO-LIV-BEDRIFT'],
    period: today,
    overallRag: 'AMBER',
    summary: 'Automatisk registrering i drift; færre saker enn planlagt.',
    decisionsNeeded: 'Ingen',
    ...extra,
  });

  it('is written by the initiative’s owners only', async () => {
    for (const who of [reviewer, bergen]) {
      const res = await who(SUBMIT_PERIOD_STATUS, { i: input() });
      expect(errorCode(res)).toBe('FORBIDDEN');
      expect(res.errors![0].extensions!.reason).toBe('INITIATIVE_STATUS_ACCESS');
    }
    const empty = await owner(SUBMIT_PERIOD_STATUS, { i: input({ summary: '  ' }) });
    expect(empty.errors![0].extensions!.problems).toMatchObject([{ field: 'summary', reason: 'REQUIRED' }]);
  });

  it('replaces this quarter’s demo status at its version and shows in the history, newest first', async () => {
    const history = async () =>
      (
        await queryData(
          reviewer,
          `query($i: ID!) { initiative(id: $i) { periodStatusReports { periodStart overallRag summary version } } }`,
          { i: ids['DEMO-LIV-BEDRIFT'] },
        )
      ).initiative.periodStatusReports;
    const [current] = await history();
    const written = (await queryData(owner, SUBMIT_PERIOD_STATUS, { i: input({ version: current.version }) }))
      .submitInitiativeStatusReport;
    expect(written).toMatchObject({
      periodStart: current.periodStart,
      overallRag: 'AMBER',
      decisionsNeeded: 'Ingen',
      version: current.version + 1,
      initiative: { code: 'DEMO-LIV-BEDRIFT' },
    });
    expect((await history())[0]).toMatchObject({ summary: input().summary, version: current.version + 1 });
  });
});

describe('reading status reports', () => {
  it('is for everyone signed in, not for the anonymous', async () => {
    const query = `query($i: ID!) { initiative(id: $i) { benefitStatusReports { ownerRag } periodStatusReports { overallRag } } }`;
    const ok = await queryData(bergen, query, { i: ids['DEMO-DIGIFIN-FIKS'] });
    expect(ok.initiative.benefitStatusReports.length).toBeGreaterThan(0);
    expect(errorCode(await t.anonymous(query, { i: ids['DEMO-DIGIFIN-FIKS'] }))).toBe('UNAUTHENTICATED');
  });
});
