import type { CatalogueOf } from '../types';
import type { costItemEn } from '../en/cost-item';

export const costItemNb: CatalogueOf<typeof costItemEn> = {};
