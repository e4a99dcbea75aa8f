import type { CatalogueOf } from '../types';
import type { domainEn } from '../en/domain';

export const domainNb: CatalogueOf<typeof domainEn> = {};
