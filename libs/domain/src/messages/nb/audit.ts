import type { CatalogueOf } from '../types';
import type { auditEn } from '../en/audit';

export const auditNb: CatalogueOf<typeof auditEn> = {};
