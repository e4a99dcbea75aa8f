/** English messages of the economics module (see ../types.ts for the conventions). */
export const economicsEn = {};
