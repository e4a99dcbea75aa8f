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

const onServer = process.env.DATABASE_URL ? describe : describe.skip;

/**
 * Fresh answers without reloading the portfolio: each benefit's figures_version (raised by triggers in the
 * writing transaction) tells every API process which initiatives' benefits to load again. Two app instances
 * on one database (as with WEB_CONCURRENCY=2) each check their own cache against the database.
 */
onServer('portfolioSummary on two API processes sharing one database', () => {
  let a: TestApp;
  let b: TestApp;
  const asOf = '2026-10-31';

  beforeAll(async () => {
    a = await startTestApp({ demo: true });
    b = await startTestApp({ demo: true, databaseUrl: (a.db.options as { url: string }).url });
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
  });

  async function summary(t: TestApp) {
    const res = await t.gql(SUMMARY, { f: {}, asOf });
    expect(res.errors).toBeUndefined();
    return { figures: res.data.portfolioSummary, statements: res.queryCount };
  }

  it('raises a benefit figures_version on a change to it, its targets and its measurements', async () => {
    const [benefit] = await a.db.query<{ id: string }[]>(
      `SELECT b.id FROM benefits b WHERE b.baseline_date < '2026-01-01'
         AND EXISTS (SELECT 1 FROM benefit_targets t WHERE t.benefit_id = b.id) ORDER BY b.id LIMIT 1`,
    );
    const versions = async () => {
      const [row] = await a.db.query<{ mine: string; others: string }[]>(
        `SELECT sum(figures_version) FILTER (WHERE id = $1)::text AS mine,
                sum(figures_version) FILTER (WHERE id <> $1)::text AS others FROM benefits`,
        [benefit.id],
      );
      return { mine: BigInt(row.mine), others: BigInt(row.others) };
    };
    const start = await versions();
    await a.db.query(`UPDATE benefits SET title = title || ' ' WHERE id = $1`, [benefit.id]);
    const afterBenefit = await versions();
    expect(afterBenefit.mine).toBeGreaterThan(start.mine);
    await a.db.query(`UPDATE benefit_targets SET value = value + 1 WHERE benefit_id = $1`, [benefit.id]);
    const afterTargets = await versions();
    expect(afterTargets.mine).toBeGreaterThan(afterBenefit.mine);
    await aMeasurement(a.gql, { benefitId: benefit.id, date: '2026-10-29', value: '3', source: 'test' });
    const afterMeasurement = await versions();
    expect(afterMeasurement.mine).toBeGreaterThan(afterTargets.mine);
    // No other benefit's version moved.
    expect(afterMeasurement.others).toBe(start.others);
  });

  it('shows a change made through either process in the next answer of both', async () => {
    const firstA = await summary(a);
    const firstB = await summary(b);
    expect(firstB.figures).toEqual(firstA.figures);

    // A doubled value per unit through process B changes the planned benefits; A's next answer shows it.
    const [benefit] = await a.db.query<{ id: string; version: number; value_per_unit: string }[]>(
      `SELECT b.id, b.version, b.value_per_unit::text AS value_per_unit FROM benefits b
       WHERE b.value_per_unit IS NOT NULL AND b.status <> 'CANCELLED' AND b.baseline_date < '2025-01-01'
         AND EXISTS (SELECT 1 FROM benefit_targets t WHERE t.benefit_id = b.id)
         AND NOT EXISTS (SELECT 1 FROM benefit_plan_versions v WHERE v.initiative_id = b.initiative_id AND v.status = 'APPROVED')
       ORDER BY b.title LIMIT 1`,
    );
    const update = await b.gql(`mutation($i: UpdateBenefitInput!) { updateBenefit(input: $i) { id } }`, {
      i: {
        id: benefit.id,
        version: benefit.version,
        valuePerUnit: String(Number(benefit.value_per_unit) * 2),
        changeReason: 'test',
      },
    });
    expect(update.errors).toBeUndefined();
    const afterA = await summary(a);
    const afterB = await summary(b);
    expect(afterA.figures.plannedBenefitNok).not.toBe(firstA.figures.plannedBenefitNok);
    expect(afterB.figures).toEqual(afterA.figures);

    // A measurement through process A: B's next answer has it as well.
    await aMeasurement(a.gql, { benefitId: benefit.id, date: '2026-10-30', value: '7', source: 'test' });
    const measuredB = await summary(b);
    const measuredA = await summary(a);
    expect(measuredB.figures.realisedBenefitNok).not.toBe(afterB.figures.realisedBenefitNok);
    expect(measuredA.figures).toEqual(measuredB.figures);
  });

  it('computes the whole-portfolio answer ahead (the precompute after start and each midnight)', async () => {
    const { PortfolioService } = await import('../../apps/api/src/portfolio/portfolio.service.js');
    await a.db.query(
      `UPDATE cost_items SET planned_amount = planned_amount + 1000 WHERE id = (SELECT min(id::text)::uuid FROM cost_items)`,
    );
    await a.app.get(PortfolioService).precompute(asOf);
    // The precomputed answer is the administrator's unfiltered summary: A answers it from its cache, B
    // (not precomputed) computes it, with the same figures.
    const precomputed = await a.gql(SUMMARY, { asOf });
    const computed = await b.gql(SUMMARY, { asOf });
    expect(precomputed.errors).toBeUndefined();
    expect(precomputed.data.portfolioSummary).toEqual(computed.data.portfolioSummary);
    expect(precomputed.queryCount).toBeLessThan(computed.queryCount);
    expect(precomputed.queryCount).toBe((await b.gql(SUMMARY, { asOf })).queryCount);
  });

  it('answers after changes exactly as a computation from nothing (a process with an empty cache)', async () => {
    const { PortfolioService } = await import('../../apps/api/src/portfolio/portfolio.service.js');
    const { PortfolioCache } = await import('../../apps/api/src/portfolio/portfolio-cache.js');
    const { PortfolioRepository } = await import('../../apps/api/src/portfolio/portfolio.repository.js');
    const { Role } = await import('@gevinst/domain');
    const [{ id: organisationId }] = await a.db.query<{ id: string }[]>(
      `SELECT id FROM organisations ORDER BY id LIMIT 1`,
    );
    const admin = {
      kind: 'USER' as const,
      userId: '00000000-0000-0000-0000-000000000001',
      email: 'admin@test.invalid',
      name: 'Test',
      organisationId,
      roles: [Role.ADMIN],
    };
    const kept = a.app.get(PortfolioService);
    const [{ ministry_id: ministryId }] = await a.db.query<{ ministry_id: string }[]>(
      `SELECT ministry_id FROM initiatives GROUP BY ministry_id ORDER BY count(*) DESC, ministry_id LIMIT 1`,
    );
    for (const filter of [{}, { ministryId }]) await kept.summary(admin, filter, asOf);
    // One benefit gets a new measurement and one cost item changes: A recomputes only what they touch.
    const [benefit] = await a.db.query<{ id: string }[]>(
      `SELECT b.id FROM benefits b WHERE b.value_per_unit IS NOT NULL AND b.status <> 'CANCELLED'
         AND b.baseline_date < '2026-01-01' ORDER BY b.id DESC LIMIT 1`,
    );
    await aMeasurement(a.gql, { benefitId: benefit.id, date: '2026-10-28', value: '11', source: 'test' });
    await a.db.query(
      `UPDATE cost_items SET actual_amount = coalesce(actual_amount, 0) + 7 WHERE id = (SELECT max(id::text)::uuid FROM cost_items)`,
    );
    for (const filter of [{}, { ministryId }]) {
      const fresh = new PortfolioService(a.app.get(PortfolioRepository), new PortfolioCache());
      expect(await kept.summary(admin, filter, asOf)).toEqual(await fresh.summary(admin, filter, asOf));
    }
  });
});
