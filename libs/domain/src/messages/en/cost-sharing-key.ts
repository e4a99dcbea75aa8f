/** English messages of the costSharingKey module (see ../types.ts for the conventions). */
export const costSharingKeyEn = {};
