import type { CatalogueOf } from '../types';
import type { organisationEn } from '../en/organisation';

export const organisationNb: CatalogueOf<typeof organisationEn> = {};
