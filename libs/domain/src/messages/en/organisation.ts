/** English messages of the organisation module (see ../types.ts for the conventions). */
export const organisationEn = {};
