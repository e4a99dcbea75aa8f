import { createHash } from 'node:crypto';
import { msg } from '@gevinst/domain';
import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { GraphQLError } from 'graphql';
import { edgeError } from '../common/edge-error.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { IdempotencyRepository } from './idempotency.repository.js';

/** The longest Idempotency-Key accepted (a UUID is 36). */
export const MAX_IDEMPOTENCY_KEY_LENGTH = 200;
/** How often expired keys are removed, in the background (never on a request's path). */
const CLEANUP_EVERY_MS = 60 * 60 * 1000;
/** Expired keys removed per statement of the clean-up. */
const CLEANUP_BATCH = 10_000;

/** What a mutation sent with an Idempotency-Key does: run (and keep its answer), or replay the first. */
export type KeyDecision = { run: true } | { run: false; response: unknown };

/**
 * The `Idempotency-Key` header of mutations: the first answer of a caller's key is kept for
 * IDEMPOTENCY_KEY_HOURS (24) and replayed to a retry with the same request; the same key with another
 * request is refused (IDEMPOTENCY_KEY_REUSED), and so is a retry while the first still runs
 * (IDEMPOTENCY_KEY_IN_PROGRESS). A request that fails as a whole (errors, no data kept) frees its key.
 */
@Injectable()
export class IdempotencyService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(IdempotencyService.name);
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly keys: IdempotencyRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.timer = setInterval(() => void this.removeExpired(), CLEANUP_EVERY_MS);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }

  /** Removes expired keys (every process does it now and then; the statement is idempotent). */
  async removeExpired(): Promise<void> {
    try {
      await this.keys.removeExpired(CLEANUP_BATCH);
    } catch (error) {
      this.logger.warn(`Could not remove expired idempotency keys: ${(error as Error).message}`);
    }
  }

  /**
   * Decides for `caller`'s mutation `request` sent with `key`: run it (the key is claimed), or replay the
   * first answer. Throws a GraphQLError for a malformed key, a key used for another request, or a first
   * request still running.
   */
  async decide(caller: string, key: string, request: unknown): Promise<KeyDecision> {
    if (!/^[\x21-\x7e]+$/.test(key) || key.length > MAX_IDEMPOTENCY_KEY_LENGTH)
      throw edgeError('BAD_USER_INPUT', msg('IDEMPOTENCY_KEY_INVALID', { max: MAX_IDEMPOTENCY_KEY_LENGTH }), {
        http: { status: 400 },
      });
    const claim = await this.keys.claim(
      caller,
      key,
      requestHash(request),
      this.config.limits.idempotencyKeyHours,
    );
    switch (claim.kind) {
      case 'claimed':
        return { run: true };
      case 'replay':
        return { run: false, response: claim.response };
      case 'running':
        throw conflictOnKey(msg('IDEMPOTENCY_KEY_IN_PROGRESS', { key }));
      case 'other-request':
        throw conflictOnKey(msg('IDEMPOTENCY_KEY_REUSED', { key }));
    }
  }

  /** Keeps the answer of a claimed key's request, or frees the key when the request failed as a whole. */
  async finish(caller: string, key: string, response: { data?: unknown; errors?: unknown }): Promise<void> {
    if (response.errors !== undefined || response.data === undefined || response.data === null)
      await this.keys.release(caller, key);
    else await this.keys.answer(caller, key, { data: response.data });
  }
}

function conflictOnKey(message: Parameters<typeof edgeError>[1]): GraphQLError {
  return edgeError('CONFLICT', message, { http: { status: 409 } });
}

/** The request's fingerprint: its document, operation name and variables. */
function requestHash(request: unknown): string {
  return createHash('sha256').update(JSON.stringify(request)).digest('hex');
}
