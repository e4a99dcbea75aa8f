/** English messages of the export module (see ../types.ts for the conventions). */
export const exportEn = {};
