import { type Gql, type TestApp, startTestApp } from './support/test-app.js';
import { initiativeIdsByCode, queryData } from './support/graphql.js';

/**
 * One definition of planned, realised, "planned to date" and the period across the views (issue 14): for
 * the same initiative and the same years, `economics`, `portfolioSummary` (filtered to that initiative),
 * `netPositions` and the co-financing report answer the same NOK. The numbers compared are the API's own;
 * each view is read as a client reads it.
 *
 * - economics: the initiative's analysis period (fromYear–toYear) and its totals.
 * - portfolioSummary(filter: { initiativeIds: [id] }): the default window is that initiative's period, so
 *   every total equals economics'; a narrower window equals economics' years inside it.
 * - netPositions: the benefits received by organisations: equal to economics' when every monetised benefit
 *   names a receiving organisation (DEMO-LIV-BEDRIFT has one for citizens and businesses, received by no
 *   organisation: netPositions leaves it out, economics counts it).
 * - coFinancingReport(year): the year's cost line (accounts) and Σ of its benefit lines equal economics'
 *   row of that year, economics read as of the report's asOf (co-financed initiatives only; the others
 *   have no co-financing report).
 */
const CODES = ['DEMO-DIGIFIN-FIKS', 'DEMO-MEDFIN-TOLK', 'DEMO-LIV-BEDRIFT', 'DEMO-DIGIFIN-HELSESTASJON'];
const AS_OF = '2026-06-30';
/** The codes above with a co-financing grant (a CO_FINANCING funding source above 0). */
const CO_FINANCED = ['DEMO-MEDFIN-TOLK', 'DEMO-LIV-BEDRIFT'];

const ECONOMICS = `query($id: ID!, $asOf: LocalDate) { initiative(id: $id) { code economics(asOf: $asOf) {
  asOf fromYear toYear priceBaseYear totalPlannedCost totalActualCost totalPlannedBenefitNok
  totalPlannedBenefitToDateNok totalRealisedBenefitNok realisationPercent
  years { year plannedCost actualCostNominal plannedBenefitNok plannedBenefitToDateNok realisedBenefitNok }
} } }`;
const SUMMARY = `query($f: PortfolioFilter, $asOf: LocalDate) { portfolioSummary(filter: $f, asOf: $asOf) {
  asOf fromYear toYear initiativeCount plannedCostNok actualCostNok plannedBenefitNok plannedBenefitToDateNok
  realisedBenefitNok realisationPercent
  byYear { year plannedCostNok actualCostNok plannedBenefitNok realisedBenefitNok }
} }`;
const NET = `query($f: PortfolioFilter, $asOf: LocalDate) { netPositions(filter: $f, asOf: $asOf) {
  asOf fromYear toYear totals { plannedBenefitNok realisedBenefitNok }
} }`;
const REPORT = `query($id: ID!, $year: Int!) { coFinancingReport(initiativeId: $id, year: $year) {
  year asOf accounts { year category plannedNok actualNok } benefits { plannedNok realisedNok }
} }`;

const ore = (nok: string | null): bigint => (nok === null ? 0n : BigInt(nok.replace('.', '')));
const nok = (value: bigint): string => {
  const text = (value < 0n ? -value : value).toString().padStart(3, '0');
  return `${value < 0n ? '-' : ''}${text.slice(0, -2)}.${text.slice(-2)}`;
};
const sum = (values: (string | null)[]): string => nok(values.reduce((acc, v) => acc + ore(v), 0n));

describe('one definition of planned, realised and the period in every view', () => {
  let t: TestApp;
  let admin: Gql;
  const ids: Record<string, string> = {};

  const must = (query: string, variables?: Record<string, unknown>) => queryData(admin, query, variables);

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    admin = await t.as('admin@demo.gevinst.no');
    Object.assign(ids, await initiativeIdsByCode(admin));
  });
  afterAll(() => t.close());

  it.each(CODES)('%s: economics, portfolioSummary and netPositions agree over its period', async (code) => {
    const economics = (await must(ECONOMICS, { id: ids[code], asOf: AS_OF })).initiative.economics;
    const filter = { initiativeIds: [ids[code]] };
    const summary = (await must(SUMMARY, { f: filter, asOf: AS_OF })).portfolioSummary;
    expect(summary).toMatchObject({
      asOf: AS_OF,
      fromYear: economics.fromYear,
      toYear: economics.toYear,
      initiativeCount: 1,
      plannedCostNok: economics.totalPlannedCost,
      actualCostNok: economics.totalActualCost,
      plannedBenefitNok: economics.totalPlannedBenefitNok,
      plannedBenefitToDateNok: economics.totalPlannedBenefitToDateNok,
      realisedBenefitNok: economics.totalRealisedBenefitNok,
      realisationPercent: economics.realisationPercent,
    });
    expect(summary.byYear).toEqual(
      economics.years.map((y: any) => ({
        year: y.year,
        plannedCostNok: y.plannedCost,
        actualCostNok: y.actualCostNominal,
        plannedBenefitNok: y.plannedBenefitNok,
        realisedBenefitNok: y.realisedBenefitNok,
      })),
    );
    const net = (await must(NET, { f: filter, asOf: AS_OF })).netPositions;
    const { benefits } = (
      await must(
        `query($id: ID!) { initiative(id: $id) { benefits { status valuePerUnit receivingOrganisation { id } } } }`,
        {
          id: ids[code],
        },
      )
    ).initiative;
    const allReceived = benefits
      .filter((b: any) => b.status !== 'CANCELLED' && b.valuePerUnit !== null)
      .every((b: any) => b.receivingOrganisation !== null);
    expect(allReceived).toBe(code !== 'DEMO-LIV-BEDRIFT');
    expect(net).toMatchObject({ fromYear: economics.fromYear, toYear: economics.toYear });
    if (allReceived)
      expect(net.totals).toEqual({
        plannedBenefitNok: economics.totalPlannedBenefitNok,
        realisedBenefitNok: economics.totalRealisedBenefitNok,
      });
    else expect(ore(net.totals.plannedBenefitNok)).toBeLessThan(ore(economics.totalPlannedBenefitNok));

    // A narrower window: the initiative's years inside it, in every view.
    const from = economics.fromYear + 1;
    const to = Math.min(economics.fromYear + 3, economics.toYear);
    const inside = economics.years.filter((y: any) => y.year >= from && y.year <= to);
    const windowed = (await must(SUMMARY, { f: { ...filter, fromYear: from, toYear: to }, asOf: AS_OF }))
      .portfolioSummary;
    expect(windowed).toMatchObject({
      plannedCostNok: sum(inside.map((y: any) => y.plannedCost)),
      plannedBenefitNok: sum(inside.map((y: any) => y.plannedBenefitNok)),
      plannedBenefitToDateNok: sum(inside.map((y: any) => y.plannedBenefitToDateNok)),
      realisedBenefitNok: sum(inside.map((y: any) => y.realisedBenefitNok)),
    });
    const netWindowed = (await must(NET, { f: { ...filter, fromYear: from, toYear: to }, asOf: AS_OF }))
      .netPositions;
    if (allReceived)
      expect(netWindowed.totals).toEqual({
        plannedBenefitNok: windowed.plannedBenefitNok,
        realisedBenefitNok: windowed.realisedBenefitNok,
      });
  });

  it.each(CODES)(
    '%s: the co-financing report of each year agrees with economics’ row of that year',
    async (code) => {
      const first = (await must(ECONOMICS, { id: ids[code], asOf: AS_OF })).initiative.economics;
      const thisYear = new Date().getFullYear();
      // Only a co-financed initiative has a co-financing report (issue 15): the DigiFin ones are refused.
      if (!CO_FINANCED.includes(code)) {
        const refused = await admin(REPORT, { id: ids[code], year: first.fromYear });
        expect(refused.errors![0].extensions!.problems[0].reason).toBe('NOT_CO_FINANCED');
        return;
      }
      for (let year = first.fromYear; year <= Math.min(first.toYear, thisYear); year++) {
        const report = (await must(REPORT, { id: ids[code], year })).coFinancingReport;
        // Economics as of the report's date (31 December of the year, or today in the current year).
        const economics = (await must(ECONOMICS, { id: ids[code], asOf: report.asOf })).initiative.economics;
        const row = economics.years.find((y: any) => y.year === year);
        const costLine = report.accounts.find((a: any) => a.year === year && a.category === null);
        expect([year, costLine?.plannedNok ?? '0.00', costLine?.actualNok ?? null]).toEqual([
          year,
          row.plannedCost,
          row.actualCostNominal,
        ]);
        expect([
          year,
          sum(report.benefits.map((b: any) => b.plannedNok)),
          sum(report.benefits.map((b: any) => b.realisedNok)),
        ]).toEqual([year, row.plannedBenefitNok, row.realisedBenefitNok ?? '0.00']);
      }
    },
  );

  it('in the whole demo portfolio each initiative counts its own period: byInitiative equals its economics', async () => {
    // The default window is the union of every initiative's period; each still counts only its own years,
    // so the dashboard's per-initiative figures (byInitiative) and the KPI totals are economics' figures.
    const all = (
      await must(
        `query($asOf: LocalDate) { portfolioSummary(asOf: $asOf) { fromYear toYear plannedBenefitNok
        realisedBenefitNok byInitiative { initiativeId code plannedCostNok plannedBenefitNok plannedBenefitToDateNok
        realisedBenefitNok realisationPercent } } }`,
        { asOf: AS_OF },
      )
    ).portfolioSummary;
    expect(all.byInitiative.length).toBeGreaterThanOrEqual(10);
    for (const row of all.byInitiative) {
      const economics = (await must(ECONOMICS, { id: row.initiativeId, asOf: AS_OF })).initiative.economics;
      expect([row.code, economics.fromYear >= all.fromYear, economics.toYear <= all.toYear]).toEqual([
        row.code,
        true,
        true,
      ]);
      expect(row).toMatchObject({
        plannedCostNok: economics.totalPlannedCost,
        plannedBenefitNok: economics.totalPlannedBenefitNok,
        plannedBenefitToDateNok: economics.totalPlannedBenefitToDateNok,
        realisedBenefitNok: economics.totalRealisedBenefitNok,
        realisationPercent: economics.realisationPercent,
      });
    }
    expect(all.plannedBenefitNok).toBe(sum(all.byInitiative.map((row: any) => row.plannedBenefitNok)));
  });

  it('DEMO-DIGIFIN-FIKS has one planned benefit figure: the one over its analysis period', async () => {
    // The example: economics counted to the end year, portfolioSummary to the portfolio's window.
    const economics = (await must(ECONOMICS, { id: ids['DEMO-DIGIFIN-FIKS'], asOf: AS_OF })).initiative
      .economics;
    const owner = await t.as('departement@demo.gevinst.no');
    const res = await owner(SUMMARY, { f: { initiativeIds: [ids['DEMO-DIGIFIN-FIKS']] }, asOf: AS_OF });
    expect(res.errors).toBeUndefined();
    expect(res.data.portfolioSummary.plannedBenefitNok).toBe(economics.totalPlannedBenefitNok);
    expect(economics.years).toHaveLength(economics.toYear - economics.fromYear + 1);
  });

  it('an initiative’s own lifetime, residual value and price base are used by economics and the portfolio alike', async () => {
    const id = ids['DEMO-MEDFIN-TOLK'];
    const { version } = (await must(`query($id: ID!) { initiative(id: $id) { version } }`, { id }))
      .initiative;
    const bad = await admin(`mutation($i: UpdateInitiativeInput!) { updateInitiative(input: $i) { id } }`, {
      i: { id, version, lifetimeYears: 101 },
    });
    expect(bad.errors![0].extensions!.problems).toEqual([
      expect.objectContaining({ field: 'lifetimeYears', reason: 'LIFETIME_YEARS' }),
    ]);
    const updated = (
      await must(
        `mutation($i: UpdateInitiativeInput!) { updateInitiative(input: $i) { lifetimeYears residualValue priceBaseYear } }`,
        { i: { id, version, lifetimeYears: 5, residualValue: '250000', priceBaseYear: 2024 } },
      )
    ).updateInitiative;
    expect(updated).toEqual({ lifetimeYears: 5, residualValue: '250000.00', priceBaseYear: 2024 });
    const economics = (await must(ECONOMICS, { id, asOf: AS_OF })).initiative.economics;
    // Five years from the start year, unless the last cost year is later.
    const costYears = economics.years.filter((y: any) => y.plannedCost !== '0.00').map((y: any) => y.year);
    expect(economics.toYear).toBe(Math.max(economics.fromYear + 4, ...costYears));
    expect(economics.priceBaseYear).toBe(2024);
    const summary = (await must(SUMMARY, { f: { initiativeIds: [id] }, asOf: AS_OF })).portfolioSummary;
    expect(summary).toMatchObject({
      fromYear: economics.fromYear,
      toYear: economics.toYear,
      plannedBenefitNok: economics.totalPlannedBenefitNok,
      realisedBenefitNok: economics.totalRealisedBenefitNok,
    });
    // An argument still overrides the stored setting for a what-if.
    const tenYears = (
      await must(
        `query($id: ID!) { initiative(id: $id) { economics(asOf: "${AS_OF}", lifetimeYears: 10) { lifetimeYears toYear fromYear } } }`,
        { id },
      )
    ).initiative.economics;
    expect(tenYears.toYear).toBeGreaterThanOrEqual(tenYears.fromYear + 9);
  });
});
