/** English messages of the initiative module (see ../types.ts for the conventions). */
export const initiativeEn = {};
