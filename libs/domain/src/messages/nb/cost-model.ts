import type { CatalogueOf } from '../types';
import type { costModelEn } from '../en/cost-model';

export const costModelNb: CatalogueOf<typeof costModelEn> = {};
