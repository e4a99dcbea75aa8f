/** English messages of the portfolio module (see ../types.ts for the conventions). */
export const portfolioEn = {};
