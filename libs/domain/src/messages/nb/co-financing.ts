import type { CatalogueOf } from '../types';
import type { coFinancingEn } from '../en/co-financing';

export const coFinancingNb: CatalogueOf<typeof coFinancingEn> = {};
