/** English messages of the user module (see ../types.ts for the conventions). */
export const userEn = {};
