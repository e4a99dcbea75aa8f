import { type Message, msg, renderMessage } from '@gevinst/domain';
import { Injectable, Logger } from '@nestjs/common';
import type { Actor, RequestWithActor } from '../auth/actor.js';
import { AuditRepository } from './audit.repository.js';

/** One refused attempt: who, what (operation and field path, the entity when known) and from where. */
export interface Denial {
  actor: Actor;
  /** The client's address as Express sees it (X-Forwarded-For only from TRUSTED_PROXIES). */
  ip: string;
  /** The GraphQL operation's top field(s) or the HTTP route ("GET /api/exports/allocations"). */
  operation: string;
  /** Where in the answer it was refused ("previewAllocation", "initiative.participants.0.…"). */
  path: string;
  /** The refusal's message in English (the message of record). */
  message: string;
  /** The refusal's rule as a code, when it said one: the trail is read in Norwegian from it. */
  reason?: Message | null;
  userAgent?: string | null;
  /** The entity when known: the ID arguments of the refused field (`{ initiativeId: … }`). */
  entity?: Record<string, string> | null;
}

/** Whether an argument or query parameter names an entity (`id`, `initiativeId`, …). */
export function isIdName(name: string): boolean {
  return /(^id|Id)$/.test(name);
}

/** The ID-like query parameters of a refused route (`initiativeId`, …). */
function idParametersOf(query: unknown): Record<string, string> | null {
  if (typeof query !== 'object' || query === null) return null;
  const ids = Object.entries(query as Record<string, unknown>).filter(
    (entry): entry is [string, string] => isIdName(entry[0]) && typeof entry[1] === 'string',
  );
  return ids.length ? Object.fromEntries(ids.map(([key, value]) => [key, value.slice(0, 100)])) : null;
}

/** At most one log line per user and minute; the lines in between are counted and reported with the next. */
export const DENIAL_LOG_WINDOW_MS = 60_000;

/**
 * Records every FORBIDDEN decision as an audit event of its own (operation `accessDenied`, entity type
 * `Access`, entity id the refused path), written in its own statement after the refused operation, so
 * its rollback cannot take the record with it. Only administrators read these events (no owner
 * organisation). A warning is logged too, rate-limited per user so a flood of denials cannot flood the log.
 */
@Injectable()
export class DenialAuditService {
  private readonly logger = new Logger('AccessDenied');
  private readonly logWindows = new Map<string, { startedAt: number; suppressed: number }>();

  constructor(private readonly auditLog: AuditRepository) {}

  /** Never throws: a failure to record is logged, and the caller's answer stays FORBIDDEN. */
  async record(denial: Denial, now = Date.now()): Promise<void> {
    this.log(denial, now);
    try {
      await this.auditLog.recordOnItsOwn(denial.actor, {
        operation: 'accessDenied',
        entityType: 'Access',
        entityId: denial.path.slice(0, 500),
        ownerOrganisationId: null,
        after: {
          operation: denial.operation.slice(0, 500),
          path: denial.path.slice(0, 500),
          message: denial.message.slice(0, 1000),
          ip: denial.ip,
          userAgent: denial.userAgent?.slice(0, 300) ?? null,
          ...(denial.entity ? { entity: denial.entity } : {}),
        },
        reason: denial.reason ?? null,
      });
    } catch (error) {
      this.logger.error(`Could not record a refused attempt: ${(error as Error).message}`);
    }
  }

  /**
   * Audits a REST route that answers 403 like a GraphQL FORBIDDEN (DenialAuditPlugin does those): called
   * for every signed-in request outside /graphql, it records when the response has gone out.
   */
  watchHttp(req: RequestWithActor): void {
    req.res?.once('finish', () => {
      if (req.res?.statusCode !== 403 || !req.actor) return;
      const reason = msg('ADDRESS_REFUSED');
      void this.record({
        actor: req.actor,
        ip: req.ip ?? 'unknown',
        userAgent: req.headers['user-agent'] ?? null,
        operation: `${req.method} ${req.path}`,
        path: req.path,
        message: renderMessage(reason, 'en'),
        reason,
        entity: idParametersOf(req.query),
      });
    });
  }

  private log(denial: Denial, now: number): void {
    const key = denial.actor.tokenId ?? denial.actor.userId;
    const window = this.logWindows.get(key);
    if (window && now - window.startedAt < DENIAL_LOG_WINDOW_MS) {
      window.suppressed++;
      return;
    }
    const suppressed = window?.suppressed ?? 0;
    this.logWindows.set(key, { startedAt: now, suppressed: 0 });
    if (this.logWindows.size > 10_000) this.forgetOldWindows(now);
    this.logger.warn(
      `FORBIDDEN ${denial.operation} (${denial.path}) for ${denial.actor.email}` +
        `${denial.actor.tokenId ? ` (API token ${denial.actor.tokenId})` : ''} from ${denial.ip}` +
        (suppressed
          ? `; ${suppressed} more refusal(s) of this caller in the previous minute not logged`
          : ''),
    );
  }

  private forgetOldWindows(now: number): void {
    for (const [key, window] of this.logWindows) {
      if (now - window.startedAt >= DENIAL_LOG_WINDOW_MS) this.logWindows.delete(key);
    }
  }
}
