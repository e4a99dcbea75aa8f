/** English messages of the audit module (apps/api/src/audit). See ../types.ts for the conventions. */
export const auditEn = {
  /** A filter value longer than any stored one (an entity type or id). */
  IS_TOO_LONG: () => 'is too long',
  /** The end of a period before its start (`to` before `from`). */
  NOT_BEFORE_FROM: () => 'must not be before from',
  /** An HTTP route answered 403: recorded as the reason of the refused attempt. */
  ADDRESS_REFUSED: () => 'The address refused the request (HTTP 403 Forbidden)',
};
