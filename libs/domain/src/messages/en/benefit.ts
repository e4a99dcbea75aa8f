/** English messages of the benefit module (see ../types.ts for the conventions). */
export const benefitEn = {};
