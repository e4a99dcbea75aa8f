/** English messages of the costModel module (see ../types.ts for the conventions). */
export const costModelEn = {};
