import type { CatalogueOf } from '../types';
import type { initiativeEn } from '../en/initiative';

export const initiativeNb: CatalogueOf<typeof initiativeEn> = {};
