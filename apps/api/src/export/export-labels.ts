import { methodLabel } from '@gevinst/cost-model';
import { CostCategory } from '@gevinst/domain';

/** Norwegian names of cost categories, as finance officers know them. */
export const COST_CATEGORY_NB: Record<CostCategory, string> = {
  [CostCategory.DEVELOPMENT]: 'Utvikling',
  [CostCategory.OPERATION]: 'Drift',
  [CostCategory.MAINTENANCE]: 'Forvaltning og vedlikehold',
  [CostCategory.LICENCE]: 'Lisenser',
  [CostCategory.PERSONNEL]: 'Personell',
  [CostCategory.OTHER]: 'Annet',
};

export function costCategoryNb(category: string): string {
  return COST_CATEGORY_NB[category as CostCategory] ?? category;
}

export function runStatusNb(status: string): string {
  if (status === 'CURRENT') return 'gjeldende';
  if (status === 'SUPERSEDED') return 'erstattet';
  return status;
}

/** «Sats per enhet»: the method in words (cost-model's catalogue, labels.ts), without its code (issue 17). */
export function methodNb(method: string | null): string {
  return method ? methodLabel(method, 'nb') : '';
}

/** How a run resolved a difference with its cost items, in Norwegian words (null: before the choice existed). */
export function reconciliationNb(choice: string | null): string {
  if (choice === null) return 'ikke valgt (eldre kjøring)';
  const name: Record<string, string> = {
    REQUIRE_EXACT: 'krever eksakt samsvar',
    SET_COST_ITEM_FROM_KEY: 'kostnadsposten satt fra nøkkelen',
    ACCEPT_DIFFERENCE: 'differansen godtatt',
  };
  return name[choice] ?? choice;
}
