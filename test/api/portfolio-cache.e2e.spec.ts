import { aMeasurement } from './support/benefits.js';
import { type TestApp, startTestApp } from './support/test-app.js';

const SUMMARY = `query($f: PortfolioFilter, $asOf: LocalDate) { portfolioSummary(filter: $f, asOf: $asOf) {
  initiativeCount benefitCount plannedCostNok actualCostNok plannedBenefitNok realisedBenefitNok
  byMinistry { ministryId plannedCostNok } } }`;

/**
 * portfolioSummary keeps what it computed while nothing it reads has changed (a change count kept by
 * triggers, read in the same snapshot as the data). A change through the API, or straight in the
 * database, shows in the very next answer.
 */
describe('portfolioSummary keeps its answer only while nothing it reads changes', () => {
  let t: TestApp;
  const asOf = '2026-10-31';

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
  });
  afterAll(() => t.close());

  async function summary(filter: Record<string, unknown> = {}) {
    const res = await t.gql(SUMMARY, { f: filter, asOf });
    expect(res.errors).toBeUndefined();
    return { figures: res.data.portfolioSummary, statements: res.queryCount };
  }

  it('answers again from what it kept, and computes again after any change', async () => {
    const first = await summary();
    const again = await summary();
    expect(again.figures).toEqual(first.figures);
    expect(again.statements).toBeLessThan(first.statements);

    // A measurement recorded through the API changes the realised benefits.
    const [benefit] = await t.db.query<{ id: string; baseline_date: string }[]>(
      `SELECT b.id, b.baseline_date::text AS baseline_date FROM benefits b
       WHERE b.value_per_unit IS NOT NULL AND b.status <> 'CANCELLED' AND b.baseline_date < '2026-01-01'
       ORDER BY b.title LIMIT 1`,
    );
    await aMeasurement(t.gql, { benefitId: benefit.id, date: '2026-10-30', value: '1', source: 'test' });
    const afterMeasurement = await summary();
    expect(afterMeasurement.statements).toBe(first.statements);
    expect(afterMeasurement.figures.realisedBenefitNok).not.toBe(first.figures.realisedBenefitNok);

    // A cost changed straight in the database (no API involved) shows too.
    const [item] = await t.db.query<{ id: string; year: number }[]>(
      `SELECT id, year FROM cost_items WHERE year <= 2026 ORDER BY id LIMIT 1`,
    );
    await t.db.query(`UPDATE cost_items SET planned_amount = planned_amount + 1000 WHERE id = $1`, [item.id]);
    const afterCost = await summary();
    const ore = (nok: string) => BigInt(nok.replace('.', ''));
    expect(ore(afterCost.figures.plannedCostNok) - ore(afterMeasurement.figures.plannedCostNok)).toBe(
      100000n,
    );
  });

  it('keeps answers apart by filter', async () => {
    const all = await summary();
    const ministry = all.figures.byMinistry[0].ministryId as string;
    const one = await summary({ ministryId: ministry });
    expect(one.figures.plannedCostNok).toBe(all.figures.byMinistry[0].plannedCostNok);
    expect((await summary()).figures).toEqual(all.figures);
    expect((await summary({ ministryId: ministry })).figures).toEqual(one.figures);
  });
});
