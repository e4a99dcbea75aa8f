/** English messages of the graphqlEdge module (see ../types.ts for the conventions). */
export const graphqlEdgeEn = {};
