import type { CatalogueOf } from '../types';
import type { allocationEn } from '../en/allocation';

export const allocationNb: CatalogueOf<typeof allocationEn> = {};
