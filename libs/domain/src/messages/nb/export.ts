import type { CatalogueOf } from '../types';
import type { exportEn } from '../en/export';

export const exportNb: CatalogueOf<typeof exportEn> = {};
