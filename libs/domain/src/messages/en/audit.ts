/** English messages of the audit module (see ../types.ts for the conventions). */
export const auditEn = {};
