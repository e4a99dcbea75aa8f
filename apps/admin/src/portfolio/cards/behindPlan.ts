import type { InitiativeFigures } from '../portfolio.graphql';
import { nokToNumber, sumNok } from '../../format';

export interface BehindPlanRow extends InitiativeFigures {
  gap: string;
  /** realisationPercent as the API computes it; null: nothing planned to date */
  percent: number | null;
}

/**
 * The initiatives furthest behind plan to date, from portfolioSummary.byInitiative: each initiative's
 * realised ÷ planned to date over its analysis period within the window — the definition of the KPI card
 * (the summary's own realisationPercent) and of economics, so a portfolio of one initiative shows the same
 * percent in both. Below 100 %, lowest first, then by the largest gap; at most `max` rows.
 */
export function behindPlanRows(initiatives: readonly InitiativeFigures[], max = 8): BehindPlanRow[] {
  return initiatives
    .map((initiative) => ({
      ...initiative,
      gap: sumNok([
        initiative.plannedBenefitToDateNok,
        `-${initiative.realisedBenefitNok}`.replace('--', ''),
      ]),
      percent: initiative.realisationPercent === null ? null : Number(initiative.realisationPercent),
    }))
    .filter((row) => row.percent !== null && row.percent < 100)
    .sort((a, b) => (a.percent ?? 0) - (b.percent ?? 0) || nokToNumber(b.gap) - nokToNumber(a.gap))
    .slice(0, max);
}
