/**
 * The demo portfolio tells the truth (issue 14, point 8): every demo initiative has cost items, its funding
 * plan reconciles with them per year and per paying scheme (except the two imbalances the descriptions
 * name), co-financing stays within the mechanism's caps, and the allocation runs the demo makes allocate
 * every item of their years. Figures from apps/api/src/database/seed/demo-portfolio.ts and
 * demo-costs.seeder.ts.
 */
import { startTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ demo: true });
});
afterAll(async () => t?.close());

/** NOK string → øre */
const ore = (nok: string | null): bigint => (nok === null ? 0n : BigInt(String(nok).replace('.', '')));

describe('the demo portfolio’s costs and funding plan', () => {
  it('gives every demo initiative cost items and funding for each year from its start', async () => {
    const rows = await t.db.query(
      `SELECT i.code, date_part('year', i.start_date)::int AS start_year,
              (SELECT count(*)::int FROM cost_items c WHERE c.initiative_id = i.id) AS items,
              (SELECT min(year) FROM cost_items c WHERE c.initiative_id = i.id) AS first_cost_year,
              (SELECT count(*)::int FROM initiative_funding_sources f WHERE f.initiative_id = i.id) AS sources
       FROM initiatives i WHERE i.is_demo ORDER BY i.code`,
    );
    expect(rows).toHaveLength(10);
    for (const row of rows) {
      expect([row.code, row.items > 0, row.sources > 0]).toEqual([row.code, true, true]);
      // Costs start in the initiative's first year.
      expect([row.code, row.first_cost_year]).toEqual([row.code, row.start_year]);
    }
  });

  it('reconciles the planned funding with the planned costs per year, except the two named imbalances', async () => {
    const rows: { code: string; year: number; funding: string | null; cost: string | null }[] =
      await t.db.query(
        `WITH years AS (
           SELECT initiative_id, year FROM cost_items UNION SELECT initiative_id, year FROM initiative_funding_sources)
         SELECT i.code, y.year,
                (SELECT sum(amount) FROM initiative_funding_sources f WHERE f.initiative_id = i.id AND f.year = y.year)::text AS funding,
                (SELECT sum(planned_amount) FROM cost_items c WHERE c.initiative_id = i.id AND c.year = y.year)::text AS cost
         FROM initiatives i JOIN years y ON y.initiative_id = i.id WHERE i.is_demo ORDER BY i.code, y.year`,
      );
    const imbalances = rows
      .map((row) => ({ code: row.code, year: row.year, balance: ore(row.funding) - ore(row.cost) }))
      .filter((row) => row.balance !== 0n);
    expect(imbalances).toEqual([
      // NAV funds 8,000,000.00 of the 2028 rollout's 10,000,000.00 (8 + 2 MNOK): −2,000,000.00.
      { code: 'DEMO-LIV-JOBB', year: 2028, balance: -200_000_000n },
      // StimuLab granted 3,000,000.00 for 2023, its design work cost 1,500,000.00: +1,500,000.00; the
      // owner's 3,000,000.00 matches its information page.
      { code: 'DEMO-LIV-SYKTBARN', year: 2023, balance: 150_000_000n },
    ]);
  });

  it('pays each item no key allocates from a source of the plan, scheme by scheme', async () => {
    // An item of a year with a current allocation run is paid by the key's participants (own budgets);
    // any other item by the scheme it names (null: the owner's own budget).
    const rows: {
      code: string;
      year: number;
      scheme: string;
      funding: string | null;
      cost: string | null;
    }[] = await t.db.query(
      `WITH costs AS (
           SELECT c.initiative_id, c.year,
                  CASE WHEN r.id IS NOT NULL THEN 'OWN_BUDGET' ELSE coalesce(c.funding_scheme, 'OWN_BUDGET') END AS scheme,
                  sum(c.planned_amount) AS cost
           FROM cost_items c
           LEFT JOIN allocation_runs r ON r.initiative_id = c.initiative_id AND r.year = c.year AND r.status = 'CURRENT'
           GROUP BY 1, 2, 3),
         funding AS (
           SELECT initiative_id, year, scheme, sum(amount) AS funding FROM initiative_funding_sources GROUP BY 1, 2, 3)
         SELECT i.code, coalesce(c.year, f.year) AS year, coalesce(c.scheme, f.scheme) AS scheme,
                f.funding::text AS funding, c.cost::text AS cost
         FROM costs c FULL JOIN funding f ON f.initiative_id = c.initiative_id AND f.year = c.year AND f.scheme = c.scheme
         JOIN initiatives i ON i.id = coalesce(c.initiative_id, f.initiative_id)
         WHERE i.is_demo ORDER BY 1, 2, 3`,
    );
    const off = rows
      .filter((row) => ore(row.funding) !== ore(row.cost))
      .map((row) => [row.code, row.year, row.scheme, ore(row.funding) - ore(row.cost)]);
    expect(off).toEqual([
      ['DEMO-LIV-JOBB', 2028, 'OWN_BUDGET', -200_000_000n],
      ['DEMO-LIV-SYKTBARN', 2023, 'STIMULAB', 150_000_000n],
    ]);
    // An own budget other than the owner's pays only items that name that organisation.
    const partners = await t.db.query(
      `SELECT i.code, f.year, o.name,
              f.amount::text AS funding,
              (SELECT coalesce(sum(c.planned_amount), 0) FROM cost_items c
               WHERE c.initiative_id = i.id AND c.year = f.year AND c.paying_organisation_id = f.organisation_id)::text AS cost
       FROM initiative_funding_sources f JOIN initiatives i ON i.id = f.initiative_id
       JOIN organisations o ON o.id = f.organisation_id
       WHERE i.is_demo AND f.organisation_id <> i.owner_id ORDER BY 1, 2, 3`,
    );
    expect(partners.map((p: any) => [p.code, p.year, p.name, p.funding === p.cost])).toEqual([
      // Issue 15: the pilot municipalities' adaptations (1,600,000.00 in 2024 and in 2025) were a DigiFin
      // grant, which a state agency's (DiBK's) initiative may not have; Trondheim, the host municipality,
      // pays them from its own budget: its source 1,600,000.00 = its item 1,600,000.00 each year.
      ['DEMO-DIGIFIN-BYGGESAK', 2024, 'Trondheim', true],
      ['DEMO-DIGIFIN-BYGGESAK', 2025, 'Trondheim', true],
      ['DEMO-LIV-BEDRIFT', 2023, 'Skatteetaten', true],
      ['DEMO-LIV-DODSFALL', 2022, 'Skatteetaten', true],
      ['DEMO-LIV-DODSFALL', 2023, 'NAV (Arbeids- og velferdsetaten)', true],
      ['DEMO-LIV-JOBB', 2026, 'Direktoratet for høyere utdanning og kompetanse (HK-dir)', true],
      ['DEMO-LIV-SYKTBARN', 2024, 'NAV (Arbeids- og velferdsetaten)', true],
      // Issue 17: Helfo's name in ordinary casing (data/reference/state_bodies.csv), was «HELFO».
      ['DEMO-LIV-SYKTBARN', 2025, 'Helfo', true],
    ]);
  });

  it('keeps the co-financing grants within the mechanism’s caps and records what was received', async () => {
    const rows = await t.db.query(
      `SELECT i.code,
              (SELECT sum(amount) FROM initiative_funding_sources f WHERE f.initiative_id = i.id AND f.scheme = 'CO_FINANCING')::text AS grant,
              (SELECT sum(planned_amount) FROM cost_items c WHERE c.initiative_id = i.id AND c.category = 'DEVELOPMENT')::text AS project
       FROM initiatives i WHERE i.is_demo
         AND EXISTS (SELECT 1 FROM initiative_funding_sources f WHERE f.initiative_id = i.id AND f.scheme = 'CO_FINANCING')
       ORDER BY i.code`,
    );
    expect(rows).toEqual([
      // Category 1: project 12,000,000.00 (1.0 + 2.5 + 1.5 + 1.6 + 1.0 + 1.6 + 0.8 + 1.0 + 1.0 MNOK), grant
      // 5,000,000.00 = 41.7 % ≤ 50 %, ≤ 15 MNOK.
      { code: 'DEMO-DIGIFIN-BYGGESAK', grant: '5000000.00', project: '12000000.00' },
      // Category 1: project 39,000,000.00, grant 15,000,000.00 (the cap) = 38.5 %.
      { code: 'DEMO-LIV-BEDRIFT', grant: '15000000.00', project: '39000000.00' },
      // Category 2: project 59,000,000.00 ≤ 100 MNOK, grant 45,000,000.00 = 76.3 % ≤ 85 %.
      { code: 'DEMO-LIV-DODSFALL', grant: '45000000.00', project: '59000000.00' },
      // Category 1: project 28,000,000.00 (7 + 5 + 7 + 6 + 3 MNOK), grant 14,000,000.00 = 50 %.
      { code: 'DEMO-MEDFIN-TOLK', grant: '14000000.00', project: '28000000.00' },
    ]);
    // Received amounts are recorded for the years that are over (until 2025), and only for those.
    const received = await t.db.query(
      `SELECT count(*) FILTER (WHERE year <= 2025 AND received_amount IS NULL)::int AS missing,
              count(*) FILTER (WHERE year > 2025 AND received_amount IS NOT NULL)::int AS early
       FROM initiative_funding_sources f JOIN initiatives i ON i.id = f.initiative_id WHERE i.is_demo`,
    );
    expect(received).toEqual([{ missing: 0, early: 0 }]);
  });

  it('allocates every item of the years the demo runs, to the øre', async () => {
    const runs = await t.db.query(
      `SELECT i.code, r.year, r.planned_total::text AS run_total,
              (SELECT sum(planned_amount) FROM cost_items c WHERE c.initiative_id = i.id AND c.year = r.year)::text AS items,
              (SELECT sum(planned_amount) FROM allocation_lines l WHERE l.run_id = r.id)::text AS lines
       FROM allocation_runs r JOIN initiatives i ON i.id = r.initiative_id
       WHERE i.is_demo AND r.status = 'CURRENT' ORDER BY 1, 2`,
    );
    expect(runs.map((r: any) => [r.code, r.year])).toEqual([
      ['DEMO-DIGIFIN-BYGGESAK', 2028],
      ['DEMO-DIGIFIN-FIKS', 2024],
      ['DEMO-DIGIFIN-HELSESTASJON', 2024],
      ['DEMO-DIGIFIN-HELSESTASJON', 2027],
      ['DEMO-FELLES-POSTKASSE', 2030],
      ['DEMO-MEDFIN-TOLK', 2027],
    ]);
    for (const run of runs)
      expect([run.code, run.year, run.lines, run.run_total]).toEqual([
        run.code,
        run.year,
        run.items,
        run.items,
      ]);
    // DigiFin FIKS 2024: 20 NOK × 5,550,203 inhabitants (1 January 2024) = 111,004,060.00.
    expect(runs.find((r: any) => r.code === 'DEMO-DIGIFIN-FIKS').items).toBe('111004060.00');
  });

  it('answers the costs and funding sources through the API', async () => {
    const admin = await t.as('admin@demo.gevinst.no');
    const res = await admin(
      `{ initiatives(filter: { search: "DEMO-MEDFIN-TOLK" }) { nodes { code costItems { year plannedAmount } fundingSources { scheme } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const tolk = res.data.initiatives.nodes[0];
    // Costs 2024–2027: 12.0 + 13.0 + 3.5 + 2.0 = 30,500,000.00 (funded in full: 14.0 grant + 16.5 own).
    expect(tolk.costItems.reduce((acc: bigint, c: any) => acc + ore(c.plannedAmount), 0n)).toBe(
      3_050_000_000n,
    );
    // Sources: co-financing and IMDi in 2024 and 2025, IMDi in 2026, the shared operation in 2027.
    expect(tolk.fundingSources.map((f: any) => f.scheme).sort()).toEqual([
      'CO_FINANCING',
      'CO_FINANCING',
      'OWN_BUDGET',
      'OWN_BUDGET',
      'OWN_BUDGET',
      'OWN_BUDGET',
    ]);
  });
});
