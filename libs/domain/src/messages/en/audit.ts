/** English messages of the audit module (apps/api/src/audit). See ../types.ts for the conventions. */
export const auditEn = {
  /** A filter value longer than any stored one (an entity type or id). */
  IS_TOO_LONG: () => 'is too long',
  /** The end of a period before its start (`to` before `from`). */
  NOT_BEFORE_FROM: () => 'must not be before from',
  /** An HTTP route answered 403: recorded as the reason of the refused attempt. */
  ADDRESS_REFUSED: () => 'The address refused the request (HTTP 403 Forbidden)',
  /** The change feed's `since` is not a cursor the feed wrote. */
  NOT_A_CHANGE_CURSOR: () => 'is not a change feed cursor (use an endCursor or cursor the feed returned)',
  /** A webhook URL that is not http(s). */
  WEBHOOK_URL_NOT_HTTP: () => 'must be an http:// or https:// address',
  /** A webhook URL that is not a URL at all. */
  WEBHOOK_URL_INVALID: () => 'is not a valid address',
  /** A webhook URL with a user name or password in it. */
  WEBHOOK_URL_CREDENTIALS: () => 'must not contain a user name or password (the signature authenticates)',
  /** A webhook URL whose host resolves to a private, loopback or link-local address. */
  WEBHOOK_URL_PRIVATE: (p: { host: string }) =>
    `${p.host} is a private or local address; webhooks are delivered to public addresses only`,
  /** A subscription without any event type. */
  WEBHOOK_NO_EVENT_TYPES: () => 'choose at least one event type',
  /** Who may manage webhooks. */
  WEBHOOK_ACCESS: () => 'Only administrators and integrators may manage webhooks',
};
