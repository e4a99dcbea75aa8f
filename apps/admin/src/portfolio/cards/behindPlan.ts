import { compareDecimalStrings } from '@gevinst/domain';
import type { InitiativeFigures } from '../portfolio.graphql';
import { sumNok } from '../../format';

export interface BehindPlanRow extends InitiativeFigures {
  gap: string;
  /** realisationPercent as the API computes it; null: nothing planned to date */
  percent: number | null;
}

/**
 * The initiatives furthest behind plan to date, from portfolioSummary.byInitiative: each initiative's
 * realised ÷ planned to date over its analysis period within the window — the definition of the KPI card
 * (the summary's own realisationPercent), of economics and of the initiatives list's «Realiseringsgrad»
 * (Initiative.figures), so a portfolio of one initiative shows the same percent in all of them (issue 16,
 * docs/portfolio.md). Below 100 %, lowest first, then by the largest gap (planned to date − realised);
 * compared exactly as decimals, as the list sorts them; at most `max` rows.
 */
export function behindPlanRows(initiatives: readonly InitiativeFigures[], max = 8): BehindPlanRow[] {
  return initiatives
    .filter(
      (initiative): initiative is InitiativeFigures & { realisationPercent: string } =>
        initiative.realisationPercent !== null &&
        compareDecimalStrings(initiative.realisationPercent, '100') < 0,
    )
    .map((initiative) => ({
      ...initiative,
      gap: sumNok([
        initiative.plannedBenefitToDateNok,
        `-${initiative.realisedBenefitNok}`.replace('--', ''),
      ]),
      percent: Number(initiative.realisationPercent),
    }))
    .sort(
      (a, b) =>
        compareDecimalStrings(a.realisationPercent, b.realisationPercent) ||
        compareDecimalStrings(b.gap, a.gap),
    )
    .slice(0, max);
}
