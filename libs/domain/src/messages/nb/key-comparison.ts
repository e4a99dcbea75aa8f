import type { CatalogueOf } from '../types';
import type { keyComparisonEn } from '../en/key-comparison';
import { got } from './words';

export const keyComparisonNb: CatalogueOf<typeof keyComparisonEn> = {
  KEY_COMPARISON_COUNT: (p) =>
    `sammenlign ${p.min} til ${p.max} nøkler, eksisterende og utkast til sammen (fikk ${p.got})`,
  KEY_COMPARISON_REFERENCE: (p) =>
    `må være plassen til en av nøklene som sammenlignes, fra 0 til ${p.max} (fikk ${got(p.got)})`,
  KEY_COMPARISON_LINES: (p) =>
    `fordelingene med nøkkel ${p.key} har ikke nøyaktig de organisasjonene som sammenlignes`,
  KEY_NOT_OF_INITIATIVE: (p) =>
    `«${p.key}» er ikke en nøkkel for ${p.initiative}: sammenlign nøkler som eies av initiativets eier eller brukes av initiativet, eller oppgi et utkast`,
  NO_COST_ITEMS_TO_COMPARE: (p) =>
    `${p.initiative} har ingen kostnadsposter i ${p.year}: ingenting å sammenligne`,
  KEY_COMPARISON_ACCESS: () =>
    'Du kan bare sammenligne nøkler for et initiativ der du har tilgang til de økonomiske detaljene, eller der organisasjonen din betaler',
};
