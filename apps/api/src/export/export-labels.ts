import { type CostSharingMethod, CostCategory } from '@gevinst/domain';

/** Norwegian names of cost categories, as finance officers know them. */
export const COST_CATEGORY_NB: Record<CostCategory, string> = {
  [CostCategory.DEVELOPMENT]: 'Utvikling',
  [CostCategory.OPERATION]: 'Drift',
  [CostCategory.MAINTENANCE]: 'Forvaltning og vedlikehold',
  [CostCategory.LICENCE]: 'Lisenser',
  [CostCategory.PERSONNEL]: 'Personell',
  [CostCategory.OTHER]: 'Annet',
};

/** Norwegian names of cost-sharing methods. */
export const METHOD_NB: Record<CostSharingMethod, string> = {
  EQUAL: 'Lik fordeling',
  PROPORTIONAL: 'Forholdsmessig etter fordelingsgrunnlag',
  PER_UNIT: 'Sats per enhet',
  FIXED_SHARES: 'Faste prosentandeler',
  BASE_PLUS_PROPORTIONAL: 'Grunnbeløp pluss forholdsmessig',
  BANDS: 'Trinnvis etter fordelingsgrunnlag',
  FREE_THRESHOLD: 'Fritak under terskel, forholdsmessig over',
  TWO_LEVEL: 'To nivåer (mellom grupper, så innen hver gruppe)',
};

export function costCategoryNb(category: string): string {
  return COST_CATEGORY_NB[category as CostCategory] ?? category;
}

export function runStatusNb(status: string): string {
  if (status === 'CURRENT') return 'gjeldende';
  if (status === 'SUPERSEDED') return 'erstattet';
  return status;
}

/** "Sats per enhet (PER_UNIT)", or the code alone when it has no Norwegian name. */
export function methodNb(method: string | null): string {
  if (!method) return '';
  const name = METHOD_NB[method as CostSharingMethod];
  return name ? `${name} (${method})` : method;
}

/** How a run resolved a difference with its cost items, in Norwegian, with the code (null: before the choice existed). */
export function reconciliationNb(choice: string | null): string {
  if (choice === null) return 'ikke valgt (eldre kjøring)';
  const name: Record<string, string> = {
    REQUIRE_EXACT: 'krever eksakt samsvar',
    SET_COST_ITEM_FROM_KEY: 'kostnadsposten satt fra nøkkelen',
    ACCEPT_DIFFERENCE: 'differansen godtatt',
  };
  return name[choice] ? `${name[choice]} (${choice})` : choice;
}
