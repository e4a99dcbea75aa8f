import { Injectable, Logger } from '@nestjs/common';
import { CoFinancingCallStatus, CoFinancingCategory } from '@gevinst/domain';
import { type Actor, SYSTEM_ACTOR } from '../../auth/actor.js';
import { CoFinancingService } from '../../co-financing/co-financing.service.js';
import { SeedRepository } from './seed.repository.js';

/** One demo application: the initiative (by code) and what its owner applied for. */
interface DemoApplication {
  initiativeCode: string;
  category: CoFinancingCategory;
  totalCost: string;
  requestedByYear: Record<number, string>;
  ksConsultedOn: string | null;
  ksNote: string;
  approve?: string;
}

/** Gevinst acting at start-up (audited as SYSTEM), named as the secretariat whose decisions the demo shows. */
const DEMO_SECRETARIAT: Actor = { ...SYSTEM_ACTOR, name: 'Digdirs sekretariat (demo)' };

/** The demo call: the 2024 call of the co-financing mechanism, decided in part. */
export const DEMO_CALL = { year: 2024, title: 'Medfinansieringsordningen 2024', deadline: '2024-03-01' };

/**
 * Three applications from demo state-agency initiatives; the figures are the initiatives' own (their
 * development costs in demo-costs.seeder.ts):
 * - DEMO-MEDFIN-TOLK (IMDi), category 1: development 12 + 13 + 3 = 28 MNOK; 14 MNOK (50 %, under the 15 MNOK
 *   cap) in 2024 and 2025 — the CO_FINANCING sources its funding plan already has (demo-portfolio.ts).
 *   The ten largest municipalities are partners, so KS was consulted. APPROVED.
 * - DEMO-LIV-JOBB (NAV), category 1: development 3 + 12 + 3 + 14 + 8 + 2 = 42 MNOK; 15 MNOK (the cap; 50 %
 *   would be 21) in 2026–2027. Oslo and Trondheim are partners: KS consulted. SUBMITTED.
 * - DEMO-FELLES-POSTKASSE (Digdir), category 2 (a common solution): development 3 + 10 + 8 + 3 = 24 MNOK;
 *   18 MNOK (75 %, under 85 %) in 2027–2028. Oslo and Bergen pay the operation: KS consulted. SUBMITTED.
 */
export const DEMO_APPLICATIONS: DemoApplication[] = [
  {
    initiativeCode: 'DEMO-MEDFIN-TOLK',
    category: CoFinancingCategory.CATEGORY_1,
    totalCost: '28000000.00',
    requestedByYear: { 2024: '7000000.00', 2025: '7000000.00' },
    ksConsultedOn: '2023-11-15',
    ksNote: '[Demo] KS støtter en felles løsning; de ti største kommunene deltar som partnere.',
    approve: '[Demo] Innvilget av styret for medfinansieringsordningen: 14 MNOK, 50 % av prosjektkostnaden.',
  },
  {
    initiativeCode: 'DEMO-LIV-JOBB',
    category: CoFinancingCategory.CATEGORY_1,
    totalCost: '42000000.00',
    requestedByYear: { 2026: '7500000.00', 2027: '7500000.00' },
    ksConsultedOn: '2024-01-22',
    ksNote:
      '[Demo] KS er enig i at kommunene i NAV-partnerskapet trekkes inn; Oslo og Trondheim er partnere.',
  },
  {
    initiativeCode: 'DEMO-FELLES-POSTKASSE',
    category: CoFinancingCategory.CATEGORY_2,
    totalCost: '24000000.00',
    requestedByYear: { 2027: '10000000.00', 2028: '8000000.00' },
    ksConsultedOn: '2024-02-05',
    ksNote: '[Demo] KS ønsker at kommunene betaler driften etter bruk, ikke utviklingen.',
  },
];

/**
 * The demo co-financing call with its applications, made through CoFinancingService as the secretariat
 * would (create the call, the owners' drafts and submissions, close the call, approve one). Idempotent:
 * nothing is done when a call for the year exists (a re-run, or a call users made).
 */
@Injectable()
export class DemoCoFinancingSeeder {
  private readonly logger = new Logger(DemoCoFinancingSeeder.name);

  constructor(
    private readonly seeds: SeedRepository,
    private readonly coFinancing: CoFinancingService,
  ) {}

  async seed(): Promise<void> {
    if ((await this.coFinancing.listCalls({ filter: { year: DEMO_CALL.year }, offset: 0 })).length) return;
    const call = await this.coFinancing.createCall(DEMO_SECRETARIAT, DEMO_CALL);
    const toApprove: { id: string; version: number; note: string }[] = [];
    for (const demo of DEMO_APPLICATIONS) {
      const initiative = await this.seeds.demoInitiative(demo.initiativeCode);
      if (!initiative) continue;
      const byYear = Object.entries(demo.requestedByYear).map(([year, amount]) => ({
        year: Number(year),
        amount,
      }));
      const ore = byYear.reduce((sum, g) => sum + BigInt(g.amount.replace('.', '')), 0n);
      const draft = await this.coFinancing.createApplication(DEMO_SECRETARIAT, {
        callId: call.id,
        initiativeId: initiative.id,
        category: demo.category,
        totalCost: demo.totalCost,
        requestedGrant: `${ore / 100n}.${String(ore % 100n).padStart(2, '0')}`,
        requestedByYear: byYear,
        ksConsulted: demo.ksConsultedOn !== null,
        ksConsultedOn: demo.ksConsultedOn,
        ksNote: demo.ksNote,
      });
      const submitted = await this.coFinancing.submitApplication(DEMO_SECRETARIAT, {
        id: draft.id,
        version: draft.version,
      });
      if (demo.approve) toApprove.push({ id: submitted.id, version: submitted.version, note: demo.approve });
    }
    await this.coFinancing.updateCall(DEMO_SECRETARIAT, {
      id: call.id,
      version: call.version,
      status: CoFinancingCallStatus.CLOSED,
    });
    for (const decision of toApprove) await this.coFinancing.approve(DEMO_SECRETARIAT, decision);
    await this.seeds.markDemoCoFinancing(call.id);
    this.logger.log(
      `Demo co-financing: the call ${DEMO_CALL.year} with ${DEMO_APPLICATIONS.length} applications added`,
    );
  }
}
