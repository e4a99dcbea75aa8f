import { type Gql, type TestApp, startTestApp } from './support/test-app.js';
import { queryData } from './support/graphql.js';

/**
 * Drill-down that can be trusted (issue 16): every figure of the dashboard opens the initiatives it counts,
 * and the initiatives list shows and sorts by the same figures.
 *
 * - Initiative.figures (the list's planned, realised and realisation % columns) is, field for field, the
 *   initiative's row of portfolioSummary.byInitiative (as of today, no year filter).
 * - Sorting by a figure orders the whole filtered list before paging: pages of 3 put together are the
 *   order of byInitiative by that figure (nulls last, ties by code), worked out here from the API's rows.
 * - The dashboard's KPI «Realiseringsgrad» and its behind-plan table agree: for each initiative the table's
 *   percent (byInitiative) is the KPI of a dashboard filtered to that initiative; and the KPI is
 *   Σ realised ÷ Σ planned to date of the table's rows (not the average of their percents).
 * - Each breakdown's count is the totalCount of the list filter its bar opens (life event, «Uten
 *   livshendelse», the owner's level, RAG), for the reviewer within their ministry.
 */
const SUMMARY = `query($f: PortfolioFilter) { portfolioSummary(filter: $f) {
  initiativeCount plannedBenefitToDateNok realisedBenefitNok realisationPercent
  initiativeRag { green amber red notAssessed }
  byLifeEvent { lifeEvent initiativeCount }
  byAdministrativeLevel { level initiativeCount }
  byInitiative { initiativeId code plannedCostNok actualCostNok plannedBenefitNok plannedBenefitToDateNok
    realisedBenefitNok realisationPercent benefitCount initiativeCount rag { green amber red notAssessed } }
} }`;
const LIST = `query($f: InitiativeFilter, $s: InitiativeSort, $o: Int, $l: Int) {
  initiatives(filter: $f, sort: $s, offset: $o, limit: $l) { totalCount nodes { id code lifeEvent
    figures { initiativeId code plannedCostNok actualCostNok plannedBenefitNok plannedBenefitToDateNok
      realisedBenefitNok realisationPercent benefitCount initiativeCount rag { green amber red notAssessed } } } }
}`;

type Row = {
  initiativeId: string;
  code: string;
  plannedBenefitNok: string;
  plannedBenefitToDateNok: string;
  realisedBenefitNok: string;
  realisationPercent: string | null;
};

/** A decimal string as hundredths (every figure here has two decimals). */
const cents = (value: string): bigint => {
  const [whole, fraction = ''] = value.replace('-', '').split('.');
  const result = BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0'));
  return value.startsWith('-') ? -result : result;
};

describe('drill-down: the list and the dashboard count the same initiatives with the same figures', () => {
  let t: TestApp;
  let admin: Gql;
  let reviewer: Gql;
  let rows: Row[];

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    admin = await t.as('admin@demo.gevinst.no');
    reviewer = await t.as('departement@demo.gevinst.no');
    rows = (await queryData(admin, SUMMARY)).portfolioSummary.byInitiative;
  });
  afterAll(() => t.close());

  it('the list’s figures are the initiatives’ rows of portfolioSummary.byInitiative', async () => {
    const list = (await queryData(admin, LIST, { l: 100 })).initiatives;
    expect(list.totalCount).toBe(rows.length);
    expect(rows.length).toBe(10); // the ten demo initiatives
    const byId = new Map(rows.map((row) => [row.initiativeId, row]));
    for (const node of list.nodes) expect(node.figures).toEqual(byId.get(node.id));
  });

  it.each([
    ['REALISATION_PERCENT', 'ASC', 'realisationPercent'],
    ['REALISATION_PERCENT', 'DESC', 'realisationPercent'],
    ['REALISED_BENEFIT', 'DESC', 'realisedBenefitNok'],
    ['PLANNED_BENEFIT_TO_DATE', 'ASC', 'plannedBenefitToDateNok'],
    ['PLANNED_BENEFIT', 'DESC', 'plannedBenefitNok'],
  ] as const)('sorted by %s %s across pages of 3', async (field, direction, property) => {
    const codes: string[] = [];
    for (let offset = 0; offset < rows.length; offset += 3) {
      const page = (await queryData(admin, LIST, { s: { field, direction }, o: offset, l: 3 })).initiatives;
      expect(page.totalCount).toBe(rows.length);
      codes.push(...page.nodes.map((node: { code: string }) => node.code));
    }
    // The expected order from the API's own rows: by value (nulls last), ties by code, in the direction.
    const sign = direction === 'DESC' ? -1 : 1;
    const expected = [...rows]
      .sort((a, b) => {
        const [x, y] = [a[property], b[property]];
        if (x === null || y === null)
          return x === y ? sign * a.code.localeCompare(b.code) : x === null ? 1 : -1;
        const c = cents(x) < cents(y) ? -1 : cents(x) > cents(y) ? 1 : 0;
        return sign * (c || (a.code < b.code ? -1 : 1));
      })
      .map((row) => row.code);
    expect(codes).toEqual(expected);
    // The order is not page-local: the first page holds the extreme of all ten.
    if (field === 'REALISATION_PERCENT' && direction === 'ASC')
      expect(codes.slice(0, 2).sort()).toEqual(['DEMO-FELLES-POSTKASSE', 'DEMO-LIV-JOBB']); // 0.00 % both
  });

  it('a sort by a figure still honours the filter and RAG', async () => {
    const red = (
      await queryData(admin, LIST, {
        f: { rag: ['RED'] },
        s: { field: 'REALISATION_PERCENT', direction: 'ASC' },
        l: 100,
      })
    ).initiatives;
    const unsorted = (await queryData(admin, LIST, { f: { rag: ['RED'] }, l: 100 })).initiatives;
    expect(red.totalCount).toBe(unsorted.totalCount);
    expect(red.nodes.map((n: { code: string }) => n.code).sort()).toEqual(
      unsorted.nodes.map((n: { code: string }) => n.code).sort(),
    );
  });

  it('«Uten livshendelse» lists only the initiatives without a life event', async () => {
    const without = (await queryData(admin, LIST, { f: { withoutLifeEvent: true }, l: 100 })).initiatives;
    const withOne = (await queryData(admin, LIST, { f: { withoutLifeEvent: false }, l: 100 })).initiatives;
    expect(without.totalCount).toBeGreaterThan(0);
    expect(without.nodes.every((node: { lifeEvent: string | null }) => node.lifeEvent === null)).toBe(true);
    expect(withOne.nodes.every((node: { lifeEvent: string | null }) => node.lifeEvent !== null)).toBe(true);
    expect(without.totalCount + withOne.totalCount).toBe(rows.length);
    const summary = (await queryData(admin, SUMMARY)).portfolioSummary;
    const none = summary.byLifeEvent.find((row: { lifeEvent: string | null }) => row.lifeEvent === null);
    expect(without.totalCount).toBe(none.initiativeCount);
  });

  it('the reviewer: KPI and behind-plan table agree, and every breakdown count is its drill-down’s totalCount', async () => {
    const ministryId = (await queryData(reviewer, `{ me { organisation { id } } }`)).me.organisation.id;
    const summary = (await queryData(reviewer, SUMMARY)).portfolioSummary;
    expect(summary.initiativeCount).toBeGreaterThan(1);
    // KPI = Σ realised ÷ Σ planned to date of the table's rows, ×100 to two decimals (rounded half up).
    const realised = summary.byInitiative.reduce((s: bigint, r: Row) => s + cents(r.realisedBenefitNok), 0n);
    const planned = summary.byInitiative.reduce(
      (s: bigint, r: Row) => s + cents(r.plannedBenefitToDateNok),
      0n,
    );
    expect(cents(summary.realisedBenefitNok)).toBe(realised);
    expect(cents(summary.plannedBenefitToDateNok)).toBe(planned);
    const percentCents = (realised * 10_000n * 2n + planned) / (2n * planned); // round half up
    expect(cents(summary.realisationPercent)).toBe(percentCents);
    // Each row's percent is the KPI of the dashboard filtered to that initiative alone.
    for (const row of summary.byInitiative as Row[]) {
      const one = (await queryData(reviewer, SUMMARY, { f: { initiativeIds: [row.initiativeId] } }))
        .portfolioSummary;
      expect([row.code, one.realisationPercent, one.realisedBenefitNok]).toEqual([
        row.code,
        row.realisationPercent,
        row.realisedBenefitNok,
      ]);
    }
    const count = async (filter: Record<string, unknown>) =>
      (await queryData(reviewer, LIST, { f: { ministryId, ...filter }, l: 1 })).initiatives.totalCount;
    for (const row of summary.byLifeEvent)
      expect([
        row.lifeEvent,
        await count(row.lifeEvent ? { lifeEvent: [row.lifeEvent] } : { withoutLifeEvent: true }),
      ]).toEqual([row.lifeEvent, row.initiativeCount]);
    for (const row of summary.byAdministrativeLevel)
      expect([row.level, await count({ ownerAdministrativeLevel: row.level })]).toEqual([
        row.level,
        row.initiativeCount,
      ]);
    const rag = summary.initiativeRag;
    expect([
      await count({ rag: ['GREEN'] }),
      await count({ rag: ['AMBER'] }),
      await count({ rag: ['RED'] }),
      await count({ rag: ['NOT_ASSESSED'] }),
    ]).toEqual([rag.green, rag.amber, rag.red, rag.notAssessed]);
  });
  it('the dashboard’s benefit counts open exactly the benefits they count (all, and by status today)', async () => {
    for (const caller of [admin, reviewer]) {
      const summary = (
        await queryData(
          caller,
          `{ portfolioSummary { benefitCount rag { green amber red notAssessed } byInitiative { initiativeId } } }`,
        )
      ).portfolioSummary;
      const initiativeIds = summary.byInitiative.map((row: { initiativeId: string }) => row.initiativeId);
      const count = async (rag?: string) =>
        (
          await queryData(
            caller,
            `query($f: BenefitFilter) { benefits(filter: $f, limit: 500) { totalCount } }`,
            { f: rag ? { initiativeIds, rag: [rag] } : { initiativeIds } },
          )
        ).benefits.totalCount;
      // «n gevinster» on the KPI card: every benefit of the dashboard's initiatives, cancelled ones included.
      expect(await count()).toBe(summary.benefitCount);
      // The RAG table's benefit column: the benefits that are not cancelled with that status today.
      expect(await count('GREEN')).toBe(summary.rag.green);
      expect(await count('AMBER')).toBe(summary.rag.amber);
      expect(await count('RED')).toBe(summary.rag.red);
      expect(await count('NOT_ASSESSED')).toBe(summary.rag.notAssessed);
    }
    // The demo has benefits of each kind somewhere, so the comparison above is not of zeros only.
    const all = (await queryData(admin, `{ portfolioSummary { rag { green amber red } } }`)).portfolioSummary
      .rag;
    expect(all.green + all.amber + all.red).toBeGreaterThan(0);
  });

  it('refuses a malformed initiativeIds filter with a clear error', async () => {
    const res = await admin(`query($f: BenefitFilter) { benefits(filter: $f) { totalCount } }`, {
      f: { initiativeIds: ['nope'] },
    });
    expect(res.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });
});
