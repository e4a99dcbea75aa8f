/** English messages of the allocation module (see ../types.ts for the conventions). */
export const allocationEn = {};
