/** English messages of the domain module (see ../types.ts for the conventions). */
export const domainEn = {};
