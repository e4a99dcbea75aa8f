/** English messages of the coFinancing module (see ../types.ts for the conventions). */
export const coFinancingEn = {};
