import type { CatalogueOf } from '../types';
import type { graphqlEdgeEn } from '../en/graphql-edge';

export const graphqlEdgeNb: CatalogueOf<typeof graphqlEdgeEn> = {};
