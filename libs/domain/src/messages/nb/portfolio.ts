import type { CatalogueOf } from '../types';
import type { portfolioEn } from '../en/portfolio';

export const portfolioNb: CatalogueOf<typeof portfolioEn> = {};
