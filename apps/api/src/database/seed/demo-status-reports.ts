import {
  type ReportingBenefit,
  type ReportingPeriod,
  RagStatus,
  StatusReportState,
  TargetForecast,
  initiativeStatusPeriodOf,
  reportingPeriodOf,
  statusReportDue,
} from '@gevinst/domain';
import type { EntityManager } from 'typeorm';
import { todayInNorway } from '../../common/today.js';
import { loadCalculators } from '../../realisation/benefit-figures.js';
import { loadBenefitReporting } from '../../realisation/status-report-due.js';

/**
 * The demo portfolio's status reports (issue 16), written relative to the day the demo is seeded so that the
 * demo looks the same whenever it is loaded: every benefit that is planned or being realised has its reports
 * for the last periods that have ended (up to four), so it is up to date — except two, left overdue on
 * purpose:
 * - DEMO-LIV-BEDRIFT «Flere registreringer uten manuell behandling» (quarterly): the last quarter whose due date has passed is
 *   not reported, so the owner persona (eier@, Brønnøysundregistrene) sees it on the first page;
 * - DEMO-DIGIFIN-BYGGESAK «Kortere saksbehandlingstid for byggesøknader» (yearly): last year's report is
 *   missing, so KDD's reviewer (departement@) sees it on the dashboard and in the initiatives list.
 * DEMO-DIGIFIN-BYGGESAK «Færre mangelfulle byggesøknader i Trondheim» has the owner's RAG more pessimistic
 * than the computed one (RED against the computed status); DEMO-DIGIFIN-FIKS, the KDD initiative furthest
 * behind plan, has a cause and a corrective action in its latest reports, and so has BYGGESAK.
 * The other benefits' reports take the computed status as the owner's judgement, with a short cause and
 * action where it is not green. Each initiative above has a period status for the last two quarters.
 * Idempotent: a benefit (initiative) with any status report is left as it is. Demo mode only; is_demo.
 */

interface ReportText {
  ownerRag?: RagStatus;
  cause: string;
  correctiveAction: string;
  responsible: string;
  forecast: TargetForecast;
  /** The value expected at the next target instead (AT_RISK, NOT_MET). */
  forecastValue?: string;
}

/** The latest report of these benefits (by benefit title); older periods take the computed status. */
const LATEST: Record<string, ReportText> = {
  'Lavere integrasjonskostnader i Stavanger kommune': {
    ownerRag: RagStatus.RED,
    cause:
      '[Demo] Tre fagsystemer (barnehage, byggesak og arkiv) er ennå ikke flyttet over på FIKS-plattformen fordi leverandørene har utsatt sine integrasjoner til 2027; de gamle punkt-til-punkt-integrasjonene må driftes parallelt.',
    correctiveAction:
      '[Demo] KS og kommunen har bedt leverandørene om en forpliktende plan innen 1. mars; de gamle integrasjonene sies opp etter hvert som de nye tas i bruk, og kommunen går over til FIKS-arkiv allerede i første kvartal.',
    responsible: 'IT-sjef i Stavanger kommune',
    forecast: TargetForecast.NOT_MET,
    forecastValue: '6900000',
  },
  'Lavere integrasjonskostnader i Trondheim kommune': {
    ownerRag: RagStatus.AMBER,
    cause:
      '[Demo] Overgangen til FIKS-integrasjoner for sak/arkiv er forsinket ett halvår; doble lisenser i overgangen.',
    correctiveAction:
      '[Demo] Ny framdriftsplan med leverandøren; gammel lisens avsluttes når siste integrasjon er flyttet.',
    responsible: 'IT-sjef i Trondheim kommune',
    forecast: TargetForecast.AT_RISK,
    forecastValue: '8600000',
  },
  'Færre mangelfulle byggesøknader i Trondheim': {
    // The computed status is better (the latest measurement is close to plan); the owner sees the next
    // target (1 800 letters by 2027) at risk: more applications from old case systems without the checks.
    ownerRag: RagStatus.RED,
    cause:
      '[Demo] Målingen ser bra ut, men nedgangen skyldes færre søknader i et svakt byggemarked. Andelen mangelfulle søknader fra eldre fagsystemer uten de innebygde kontrollene øker.',
    correctiveAction:
      '[Demo] Krav om innebygde kontroller i alle fagsystemer fra 1. juli; DiBK veileder leverandørene og følger opp andelen mangelbrev hver måned.',
    responsible: 'Byggesakssjef, Trondheim kommune',
    forecast: TargetForecast.NOT_MET,
    forecastValue: '2400',
  },
  'Færre manuelle registreringer i Enhetsregisteret': {
    ownerRag: RagStatus.AMBER,
    cause:
      '[Demo] Flere registreringer enn ventet etter regelendringene for enkeltpersonforetak; en del saker stopper i de automatiske kontrollene.',
    correctiveAction:
      '[Demo] Justere kontrollreglene som gir flest stopp, og flytte to saksbehandlere til veiledning i en periode.',
    responsible: 'Hanne Registerfører',
    forecast: TargetForecast.AT_RISK,
  },
};

/** The benefits left overdue on purpose (their last due period is not reported). */
const OVERDUE_TITLES = new Set([
  'Flere registreringer uten manuell behandling',
  'Kortere saksbehandlingstid for byggesøknader',
]);

/** The initiatives' period status (latest quarter first, then the one before). */
const PERIOD_STATUS: Record<
  string,
  { overallRag: RagStatus; summary: string; topRisks: string; decisionsNeeded: string }[]
> = {
  'DEMO-DIGIFIN-FIKS': [
    {
      overallRag: RagStatus.RED,
      summary:
        '[Demo] Plattformen er i drift i alle kommunene, men gevinstene henger etter i Stavanger og Trondheim fordi fagsystemleverandørene har utsatt sine integrasjoner.',
      topRisks:
        '[Demo] Leverandørene utsetter igjen; kommunene betaler for gamle og nye integrasjoner samtidig ut 2027.',
      decisionsNeeded:
        '[Demo] Departementet bes vurdere krav om FIKS-integrasjoner i statlige rammeavtaler for kommunale fagsystemer.',
    },
    {
      overallRag: RagStatus.AMBER,
      summary: '[Demo] Oslo og Bergen følger planen; Stavanger melder forsinkelser hos leverandørene.',
      topRisks: '[Demo] Forsinkede leveranser fra fagsystemleverandørene.',
      decisionsNeeded: '',
    },
  ],
  'DEMO-DIGIFIN-BYGGESAK': [
    {
      overallRag: RagStatus.AMBER,
      summary:
        '[Demo] Piloten i Trøndelag er i drift. Færre mangelbrev, men mye av nedgangen skyldes færre søknader.',
      topRisks: '[Demo] Eldre fagsystemer uten innebygde kontroller; lav bruk blant små kommuner.',
      decisionsNeeded:
        '[Demo] Avklaring fra departementet om krav til innebygde kontroller i byggesøknader kan tas inn i byggesaksforskriften.',
    },
  ],
  'DEMO-LIV-BEDRIFT': [
    {
      overallRag: RagStatus.AMBER,
      summary:
        '[Demo] Veiviseren er i drift; automatisk registrering gir færre manuelle saker, men mindre enn planlagt etter regelendringene.',
      topRisks:
        '[Demo] Flere registreringer enn ventet; utfasingen av den gamle løsningen kan bli forsinket.',
      decisionsNeeded: '',
    },
  ],
};

/** How many of the latest periods each benefit has reports for. */
const PERIODS_PER_BENEFIT = 4;

/** The day before an ISO date. */
const dayBefore = (date: string) =>
  new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

/** The latest periods of a benefit that have ended before `today` (up to `count`), newest first. */
function endedPeriods(benefit: ReportingBenefit, today: string, count: number): ReportingPeriod[] {
  const periods: ReportingPeriod[] = [];
  let period = reportingPeriodOf(benefit, today);
  let guard = 0;
  while (period && periods.length < count && guard++ < 40) {
    if (period.end < today && period.end >= benefit.reportingFrom) periods.push(period);
    if (period.start <= benefit.reportingFrom) break;
    const previous = reportingPeriodOf(benefit, dayBefore(period.start));
    if (!previous || previous.start === period.start) break;
    period = previous;
  }
  return periods;
}

const GENERIC: Record<RagStatus, Omit<ReportText, 'responsible'>> = {
  [RagStatus.GREEN]: { cause: '', correctiveAction: '', forecast: TargetForecast.MET },
  [RagStatus.AMBER]: {
    cause: '[Demo] Effekten kommer noe senere enn planlagt fordi brukerne tar i bruk løsningen gradvis.',
    correctiveAction: '[Demo] Mer opplæring og informasjon til brukerne; ny måling ved neste periode.',
    forecast: TargetForecast.AT_RISK,
  },
  [RagStatus.RED]: {
    cause: '[Demo] Gevinsten henger klart etter planen; forutsetningene for planen holder ikke lenger.',
    correctiveAction: '[Demo] Gevinstplanen gjennomgås med gevinsteier og prosjekteier før neste periode.',
    forecast: TargetForecast.NOT_MET,
  },
};

export async function seedDemoStatusReports(em: EntityManager): Promise<{ reportsAdded: number }> {
  const today = todayInNorway();
  const initiatives = await em.query<{ id: string; code: string; owner_id: string }[]>(
    `SELECT id, code, owner_id FROM initiatives WHERE code LIKE 'DEMO-%' AND is_demo`,
  );
  const codeOf = new Map(initiatives.map((i) => [i.id, i.code]));
  const ownerOf = new Map(initiatives.map((i) => [i.id, i.owner_id]));
  const ids = initiatives.map((i) => i.id);
  const benefits = new Map(
    (
      await em.query<
        { id: string; title: string; owner_name: string; receiving_organisation_id: string | null }[]
      >(
        `SELECT id, title, owner_name, receiving_organisation_id FROM benefits
         WHERE initiative_id IN (SELECT unnest($1::uuid[])) AND is_demo`,
        [ids],
      )
    ).map((row) => [row.id, row]),
  );
  let reportsAdded = 0;
  const reporting = await loadBenefitReporting(em, ids);
  for (const row of reporting) {
    const benefit = benefits.get(row.benefitId);
    if (!benefit || row.reportedPeriodStarts.length > 0) continue;
    if (statusReportDue(row.benefit, [], today).state === StatusReportState.NOT_REQUIRED) continue;
    let periods = endedPeriods(row.benefit, today, PERIODS_PER_BENEFIT);
    if (OVERDUE_TITLES.has(benefit.title)) {
      // Leave out every period from the one overdue today on: its report is missing.
      const due = statusReportDue(row.benefit, [], today);
      periods = periods.filter((p) => due.period === null || p.end < due.period.start);
    }
    for (const [index, period] of periods.entries()) {
      const [calculator] = (await loadCalculators(em, [row.initiativeId], period.end)).filter(
        (c) => c.plan.id === row.benefitId,
      );
      const computed = calculator?.status() ?? null;
      const special = index === 0 ? LATEST[benefit.title] : undefined;
      const ownerRag = special?.ownerRag ?? computed ?? RagStatus.GREEN;
      const text = special ?? {
        ...GENERIC[ownerRag],
        responsible: ownerRag === RagStatus.GREEN ? '' : benefit.owner_name,
      };
      const inserted = await em.query<{ id: string }[]>(
        `INSERT INTO benefit_status_reports
           (benefit_id, period_start, period_end, owner_rag, computed_rag, cause, corrective_action, responsible,
            next_review, forecast, forecast_target_date, forecast_value, reported_by_name,
            reported_by_organisation_id, is_demo, created_at, updated_at)
         SELECT $1, $2::date, $3::date, $4, $5, $6, $7, $8,
                CASE WHEN $4 = 'GREEN' THEN NULL ELSE ($3::date + 45) END, $9,
                (SELECT min(target_date) FROM benefit_targets WHERE benefit_id = $1 AND target_date > $3::date),
                $10::numeric, $11, $12, true,
                ($3::date + 20)::timestamptz, ($3::date + 20)::timestamptz
         ON CONFLICT (benefit_id, period_start) DO NOTHING RETURNING id`,
        [
          row.benefitId,
          period.start,
          period.end,
          ownerRag,
          computed,
          text.cause,
          text.correctiveAction,
          text.responsible,
          text.forecast,
          special?.forecastValue ?? null,
          benefit.owner_name,
          benefit.receiving_organisation_id ?? ownerOf.get(row.initiativeId) ?? null,
        ],
      );
      reportsAdded += inserted.length;
    }
  }
  for (const [initiativeId, code] of codeOf) {
    const statuses = PERIOD_STATUS[code];
    if (!statuses) continue;
    const [existing] = await em.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM initiative_status_reports WHERE initiative_id = $1`,
      [initiativeId],
    );
    if (existing.n > 0) continue;
    let quarter = initiativeStatusPeriodOf(today);
    for (const status of statuses) {
      // The running quarter's status is written; older ones before it.
      await em.query(
        `INSERT INTO initiative_status_reports
           (initiative_id, period_start, period_end, overall_rag, summary, top_risks, decisions_needed,
            reported_by_name, reported_by_organisation_id, is_demo)
         VALUES ($1, $2, $3, $4, $5, $6, $7, 'Demodata', $8, true)
         ON CONFLICT (initiative_id, period_start) DO NOTHING`,
        [
          initiativeId,
          quarter.start,
          quarter.end,
          status.overallRag,
          status.summary,
          status.topRisks,
          status.decisionsNeeded,
          ownerOf.get(initiativeId),
        ],
      );
      reportsAdded++;
      quarter = initiativeStatusPeriodOf(dayBefore(quarter.start));
    }
  }
  return { reportsAdded };
}
