/**
 * English messages of the costSharingKey module: creating and changing cost-sharing keys
 * (apps/api/src/cost-sharing-key). The problems of a key's specification are the costModel module's.
 * See ../types.ts for the conventions.
 */
export const costSharingKeyEn = {
  KEY_MANAGERS_ONLY: () =>
    "Only initiative owners of the key's organisation (or administrators) manage its cost-sharing keys",
  KEY_NAME_TAKEN: (p: { name: string }) => `the organisation already has a key named "${p.name}"`,
  /** `validFrom`: the date the key's version is valid from (YYYY-MM-DD). */
  BEFORE_VALID_FROM: (p: { validFrom: string }) => `must not be before validFrom (${p.validFrom})`,
};
