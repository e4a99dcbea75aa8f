import type { CatalogueOf } from '../types';
import type { benefitEn } from '../en/benefit';

export const benefitNb: CatalogueOf<typeof benefitEn> = {};
