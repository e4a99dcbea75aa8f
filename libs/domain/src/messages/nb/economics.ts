import type { CatalogueOf } from '../types';
import type { economicsEn } from '../en/economics';

export const economicsNb: CatalogueOf<typeof economicsEn> = {};
