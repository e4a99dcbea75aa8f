import type { CatalogueOf } from '../types';
import type { userEn } from '../en/user';

export const userNb: CatalogueOf<typeof userEn> = {};
