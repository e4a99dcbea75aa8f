import type { CatalogueOf } from '../types';
import type { costSharingKeyEn } from '../en/cost-sharing-key';

export const costSharingKeyNb: CatalogueOf<typeof costSharingKeyEn> = {};
