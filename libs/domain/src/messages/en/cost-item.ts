/** English messages of the costItem module (see ../types.ts for the conventions). */
export const costItemEn = {};
