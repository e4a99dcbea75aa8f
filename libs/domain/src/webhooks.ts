/**
 * Webhooks (issue 19): which changes are announced, how a delivery is signed, when a failed one is tried
 * again, and which addresses may receive one. Pure: the API supplies the HMAC function (node:crypto) and
 * the resolved addresses.
 */

import { isAdmin, mayWrite, type Principal } from './access';

/**
 * Who manages webhook subscriptions: any signed-in user or WRITE token, for their own organisation (an
 * integrator is a READER: subscriptions change none of Gevinst's data); administrators also for all
 * organisations at once.
 */
export function canManageWebhooks(principal: Principal): boolean {
  return mayWrite(principal);
}

/** Whether the principal may see (and delete) a subscription of `organisationId` (null: all organisations). */
export function canSeeWebhookSubscription(principal: Principal, organisationId: string | null): boolean {
  return isAdmin(principal) || (organisationId !== null && organisationId === principal.organisationId);
}

/** The events a subscription can ask for. */
export const WEBHOOK_EVENT_TYPES = [
  'ALLOCATION_RUN_CREATED',
  'ALLOCATION_RUN_SUPERSEDED',
  'MEASUREMENT_RECORDED',
  'STATUS_REPORT_SUBMITTED',
] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

/** One announced event: its type and the entity it is about. */
export interface WebhookEvent {
  type: WebhookEventType;
  entityType: string;
  entityId: string;
}

/**
 * The webhook events one audited change announces: a new allocation run (and, when it replaced one, the
 * superseded run), a recorded or corrected measurement, a submitted status report (a benefit's, an
 * initiative's or a benefit owner's yearly report). Everything else announces nothing.
 */
export function webhookEventsOf(change: {
  operation: string;
  entityType: string;
  entityId: string;
  before?: object | null;
}): WebhookEvent[] {
  const { entityType, entityId } = change;
  switch (change.operation) {
    case 'runAllocation': {
      const events: WebhookEvent[] = [{ type: 'ALLOCATION_RUN_CREATED', entityType, entityId }];
      const previous = (change.before as { currentRunId?: unknown } | null | undefined)?.currentRunId;
      if (typeof previous === 'string')
        events.push({ type: 'ALLOCATION_RUN_SUPERSEDED', entityType, entityId: previous });
      return events;
    }
    case 'recordMeasurement':
    case 'correctMeasurement':
      return [{ type: 'MEASUREMENT_RECORDED', entityType, entityId }];
    case 'submitBenefitStatusReport':
    case 'submitInitiativeStatusReport':
    case 'submitBenefitOwnerReport':
      return [{ type: 'STATUS_REPORT_SUBMITTED', entityType, entityId }];
    default:
      return [];
  }
}

/**
 * Whether a subscription receives an event of an entity owned by `ownerOrganisationId`: an
 * administrator's subscription for every organisation (organisationId null), anyone else's only for the
 * entities its organisation owns.
 */
export function subscriptionCovers(
  subscription: { organisationId: string | null; eventTypes: readonly string[] },
  event: { type: WebhookEventType; ownerOrganisationId: string | null },
): boolean {
  if (!subscription.eventTypes.includes(event.type)) return false;
  return subscription.organisationId === null || subscription.organisationId === event.ownerOrganisationId;
}

/** The header that carries the signature: `t=<unix seconds>,v1=<hex HMAC-SHA256>`. */
export const WEBHOOK_SIGNATURE_HEADER = 'Gevinst-Signature';

/** What is signed: the timestamp, a full stop, and the body exactly as sent. */
export function signedContent(timestamp: number, body: string): string {
  return `${timestamp}.${body}`;
}

/** HMAC-SHA256 of `content` under `secret`, as lower-case hex (the API passes node:crypto's). */
export type HmacSha256 = (secret: string, content: string) => string;

/** The signature header's value of a body sent at `timestamp` (unix seconds). */
export function webhookSignature(secret: string, timestamp: number, body: string, hmac: HmacSha256): string {
  return `t=${timestamp},v1=${hmac(secret, signedContent(timestamp, body))}`;
}

/** The parts of a signature header, or null when it is not one. */
export function parseWebhookSignature(header: string): { timestamp: number; signatures: string[] } | null {
  let timestamp: number | null = null;
  const signatures: string[] = [];
  for (const part of header.split(',')) {
    const [key, value] = part.trim().split('=', 2);
    if (key === 't' && /^[0-9]{1,12}$/.test(value ?? '')) timestamp = Number(value);
    else if (key === 'v1' && /^[0-9a-f]{64}$/.test(value ?? '')) signatures.push(value);
  }
  return timestamp === null || !signatures.length ? null : { timestamp, signatures };
}

/**
 * A receiver's check: the header names a v1 signature equal to the HMAC of «timestamp.body», and the
 * timestamp is within `toleranceSeconds` of `now` (unix seconds), so a captured delivery cannot be replayed
 * later. (A receiver should compare in constant time; see docs/api.md.)
 */
export function verifyWebhookSignature(
  header: string,
  body: string,
  secret: string,
  nowSeconds: number,
  hmac: HmacSha256,
  toleranceSeconds = 300,
): boolean {
  const parsed = parseWebhookSignature(header);
  if (!parsed || Math.abs(nowSeconds - parsed.timestamp) > toleranceSeconds) return false;
  const expected = hmac(secret, signedContent(parsed.timestamp, body));
  return parsed.signatures.includes(expected);
}

/** How often a delivery is tried before it is given up (FAILED). */
export const WEBHOOK_MAX_ATTEMPTS = 8;

/**
 * The wait before the next try after `attempts` failed tries (1 or more): `baseSeconds` doubled per
 * failure, at most `maxSeconds`; null when the delivery is given up.
 */
export function webhookRetryDelaySeconds(
  attempts: number,
  baseSeconds = 30,
  maxSeconds = 6 * 3600,
  maxAttempts = WEBHOOK_MAX_ATTEMPTS,
): number | null {
  if (attempts >= maxAttempts) return null;
  return Math.min(maxSeconds, baseSeconds * 2 ** Math.max(0, attempts - 1));
}

/** Whether an IP address (v4 or v6, as text) is private, loopback, link-local or otherwise not public. */
export function isPrivateAddress(address: string): boolean {
  const ip = address.toLowerCase().replace(/^\[|\]$/g, '');
  const v4 = /^(?:::ffff:)?(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(ip);
  if (v4) {
    const [a, b] = [Number(v4[1]), Number(v4[2])];
    return (
      a === 0 ||
      a === 10 ||
      a === 127 ||
      (a === 100 && b >= 64 && b <= 127) ||
      (a === 169 && b === 254) ||
      (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168) ||
      a >= 224
    );
  }
  if (!ip.includes(':')) return true; // not an address at all: refuse
  return (
    ip === '::' ||
    ip === '::1' ||
    ip.startsWith('fc') ||
    ip.startsWith('fd') ||
    ip.startsWith('fe8') ||
    ip.startsWith('fe9') ||
    ip.startsWith('fea') ||
    ip.startsWith('feb') ||
    ip.startsWith('ff')
  );
}

/**
 * Why a webhook URL is refused, or null: only http(s), no credentials in it, and (unless its host is on
 * the allow-list) no address that resolves to a private network.
 */
export type WebhookUrlProblem = 'NOT_HTTP' | 'PRIVATE_ADDRESS' | 'CREDENTIALS_IN_URL' | 'NOT_A_URL';

export function webhookUrlProblem(
  url: string,
  resolvedAddresses: readonly string[],
  options: { allowedHosts: readonly string[]; allowPrivate: boolean },
): WebhookUrlProblem | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'NOT_A_URL';
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return 'NOT_HTTP';
  if (parsed.username || parsed.password) return 'CREDENTIALS_IN_URL';
  const host = parsed.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (options.allowPrivate || options.allowedHosts.map((h) => h.toLowerCase()).includes(host)) return null;
  if (!resolvedAddresses.length || resolvedAddresses.some(isPrivateAddress)) return 'PRIVATE_ADDRESS';
  return null;
}
