import type { EntityManager } from 'typeorm';
import { ORG } from './demo-portfolio.js';

/**
 * The co-financing reports' demo facts (issue 15), applied right after an initiative's funding plan is
 * seeded: the owner's annual running cost before the project (netted against the take-out), the budget
 * chapter and post of the agencies' own-budget sources (kapittel/post in the state budget), StimuLab's
 * support in kind, and the reports already marked submitted.
 *
 * - DEMO-LIV-BEDRIFT (Brønnøysundregistrene, the eier@ persona): the register portal cost 2.5 MNOK a year
 *   to run and maintain before the project; the new solution's operation and maintenance is 4.5 MNOK
 *   planned in 2025 (4.3 MNOK actual), so 2.0 MNOK (1.8 MNOK) is netted against the take-out. Its own
 *   budget is kap. 0904 post 01 (Brønnøysundregistrene, driftsutgifter), Skatteetaten's kap. 1618 post 01.
 *   The annual reports 2022–2024 are in; the final report for 2025 (completed 30 June 2025, due 1 March
 *   2026) is not: overdue on the owner's first page.
 * - DEMO-DIGIFIN-BYGGESAK (DiBK, Kommunal- og distriktsdepartementet: the departement@ persona's ministry):
 *   the annual reports 2023 and 2024 are in; the one for 2025 (due 1 March 2026) is not: overdue on the
 *   reviewer's dashboard. DiBK's own budget: kap. 0587 post 01.
 * - DEMO-MEDFIN-TOLK and DEMO-LIV-DODSFALL: every report owed so far is in (IMDi kap. 0671 post 01; the
 *   courts kap. 0410 post 01).
 * - DEMO-LIV-SYKTBARN: StimuLab's 2023 grant comes with service design in kind.
 */
interface DemoCoFinancing {
  preProjectRunningCost?: string;
  /** The budget chapter and post of every OWN_BUDGET source of the organisation. */
  budgetAccounts?: { orgNumber: string; chapter: string; post: string }[];
  /** In-kind support described on the STIMULAB source of the year. */
  inKind?: { year: number; description: string }[];
  /** Reports marked submitted: year, kind, when, by whom. */
  submitted?: { year: number; kind: 'ANNUAL' | 'FINAL'; at: string; by: string }[];
}

export const DEMO_CO_FINANCING: Record<string, DemoCoFinancing> = {
  'DEMO-LIV-BEDRIFT': {
    preProjectRunningCost: '2500000.00',
    budgetAccounts: [
      { orgNumber: ORG.BRREG, chapter: '0904', post: '01' },
      { orgNumber: ORG.SKATT, chapter: '1618', post: '01' },
    ],
    submitted: [
      { year: 2022, kind: 'ANNUAL', at: '2023-02-24T10:00:00+01:00', by: 'Geir Økonomisjef (demo)' },
      { year: 2023, kind: 'ANNUAL', at: '2024-02-27T10:00:00+01:00', by: 'Geir Økonomisjef (demo)' },
      { year: 2024, kind: 'ANNUAL', at: '2025-02-26T10:00:00+01:00', by: 'Geir Økonomisjef (demo)' },
    ],
  },
  'DEMO-DIGIFIN-BYGGESAK': {
    budgetAccounts: [{ orgNumber: ORG.DIBK, chapter: '0587', post: '01' }],
    submitted: [
      { year: 2023, kind: 'ANNUAL', at: '2024-02-20T10:00:00+01:00', by: 'DiBK (demo)' },
      { year: 2024, kind: 'ANNUAL', at: '2025-02-21T10:00:00+01:00', by: 'DiBK (demo)' },
    ],
  },
  'DEMO-MEDFIN-TOLK': {
    budgetAccounts: [{ orgNumber: ORG.IMDI, chapter: '0671', post: '01' }],
    submitted: [
      { year: 2024, kind: 'ANNUAL', at: '2025-02-14T10:00:00+01:00', by: 'IMDi (demo)' },
      { year: 2025, kind: 'ANNUAL', at: '2026-02-13T10:00:00+01:00', by: 'IMDi (demo)' },
    ],
  },
  'DEMO-LIV-DODSFALL': {
    budgetAccounts: [{ orgNumber: ORG.DOMSTOL, chapter: '0410', post: '01' }],
    submitted: [2021, 2022, 2023, 2024, 2025].map((year) => ({
      year,
      kind: year === 2025 ? ('FINAL' as const) : ('ANNUAL' as const),
      at: `${year + 1}-02-25T10:00:00+01:00`,
      by: 'Domstoladministrasjonen (demo)',
    })),
  },
  'DEMO-LIV-SYKTBARN': {
    inKind: [
      { year: 2023, description: 'Tjenestedesign fra StimuLab-teamet, 400 timer (innsikt og prototyper)' },
    ],
  },
};

/** Applies DEMO_CO_FINANCING[code] to the initiative just seeded (its funding sources exist). */
export async function seedDemoCoFinancing(
  em: EntityManager,
  initiativeId: string,
  code: string,
  orgId: (orgNumber: string, code: string) => string,
): Promise<void> {
  const demo = DEMO_CO_FINANCING[code];
  if (!demo) return;
  if (demo.preProjectRunningCost)
    await em.query(`UPDATE initiatives SET pre_project_running_cost = $2 WHERE id = $1`, [
      initiativeId,
      demo.preProjectRunningCost,
    ]);
  for (const account of demo.budgetAccounts ?? [])
    await em.query(
      `UPDATE initiative_funding_sources SET budget_chapter = $3, budget_post = $4
       WHERE initiative_id = $1 AND scheme = 'OWN_BUDGET' AND organisation_id = $2`,
      [initiativeId, orgId(account.orgNumber, code), account.chapter, account.post],
    );
  for (const support of demo.inKind ?? [])
    await em.query(
      `UPDATE initiative_funding_sources SET in_kind_description = $3
       WHERE initiative_id = $1 AND scheme = 'STIMULAB' AND year = $2`,
      [initiativeId, support.year, support.description],
    );
  for (const report of demo.submitted ?? [])
    await em.query(
      `INSERT INTO co_financing_report_submissions (initiative_id, year, kind, submitted_at, submitted_by_name)
       VALUES ($1, $2, $3, $4, $5)`,
      [initiativeId, report.year, report.kind, report.at, report.by],
    );
}
