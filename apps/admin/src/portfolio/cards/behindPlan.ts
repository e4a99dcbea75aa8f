import { BenefitStatus, RagStatus } from '@gevinst/domain';
import type { InitiativesRealisationQuery } from '../../api/graphql';
import { nokToNumber, sumNok } from '../../format';

type Node = InitiativesRealisationQuery['initiatives']['nodes'][number];

export interface BehindPlanRow extends Node {
  /** Planned to date over the initiative's analysis period (economics). */
  planned: string;
  realised: string;
  gap: string;
  /** realised / planned to date × 100 as the API computes it (economics.realisationPercent); null: nothing planned yet */
  percent: number | null;
  red: number;
  amber: number;
}

/**
 * The initiatives furthest behind plan to date: the realisation percent is economics.realisationPercent,
 * Σ realised / Σ planned to date over the initiative's analysis period to asOf — the definition of the KPI
 * card (portfolioSummary.realisationPercent), so a portfolio of one initiative shows the same percent in
 * both. Below 100 %, lowest first, then by the largest gap; at most `max` rows.
 */
export function behindPlanRows(nodes: readonly Node[], max = 8): BehindPlanRow[] {
  return nodes
    .map((initiative) => {
      const benefits = initiative.benefits.filter((benefit) => benefit.status !== BenefitStatus.CANCELLED);
      const planned = initiative.economics.totalPlannedBenefitToDateNok;
      const realised = initiative.economics.totalRealisedBenefitNok;
      const percent = initiative.economics.realisationPercent;
      return {
        ...initiative,
        planned,
        realised,
        gap: sumNok([planned, `-${realised}`.replace('--', '')]),
        percent: percent === null || percent === undefined ? null : Number(percent),
        red: benefits.filter((benefit) => benefit.realisation.rag === RagStatus.RED).length,
        amber: benefits.filter((benefit) => benefit.realisation.rag === RagStatus.AMBER).length,
      };
    })
    .filter((row) => row.percent !== null && row.percent < 100)
    .sort((a, b) => (a.percent ?? 0) - (b.percent ?? 0) || nokToNumber(b.gap) - nokToNumber(a.gap))
    .slice(0, max);
}
