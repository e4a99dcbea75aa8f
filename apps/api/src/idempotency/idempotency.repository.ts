import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '../common/unit-of-work.js';

/** What the store says about a key when a request claims it. */
export type KeyClaim =
  | { kind: 'claimed' }
  | { kind: 'replay'; response: unknown }
  | { kind: 'running' }
  | { kind: 'other-request' };

/** A claim left without an answer this long (its process died) may be taken over by a retry. */
const ABANDONED_AFTER = `interval '5 minutes'`;

/**
 * The only code that reads and writes idempotency_keys: the first answer to a mutation sent with an
 * `Idempotency-Key`, per caller and key, kept until it expires. In PostgreSQL, so that every process of
 * the API sees the same keys.
 */
@Injectable()
export class IdempotencyRepository {
  constructor(private readonly uow: UnitOfWork) {}

  /**
   * Claims `key` for `caller`'s request `requestHash` in one statement (a free, expired or abandoned key
   * is taken; a live one is not), and otherwise says what holds it: the first answer to replay, a first
   * request still running, or another request.
   */
  async claim(caller: string, key: string, requestHash: string, hours: number): Promise<KeyClaim> {
    const em = this.uow.manager();
    const claimed = await em.query<unknown[]>(
      `INSERT INTO idempotency_keys (caller, key, request_hash, response, expires_at)
       VALUES ($1, $2, $3, NULL, now() + make_interval(hours => $4::int))
       ON CONFLICT (caller, key) DO UPDATE
         SET request_hash = EXCLUDED.request_hash, response = NULL, created_at = now(),
             expires_at = EXCLUDED.expires_at
         WHERE idempotency_keys.expires_at <= now()
            OR (idempotency_keys.response IS NULL AND idempotency_keys.created_at < now() - ${ABANDONED_AFTER})
       RETURNING 1 AS claimed`,
      [caller, key, requestHash, hours],
    );
    if (claimed.length) return { kind: 'claimed' };
    const [held] = await em.query<{ request_hash: string; response: unknown }[]>(
      `SELECT request_hash, response FROM idempotency_keys WHERE caller = $1 AND key = $2`,
      [caller, key],
    );
    if (!held) return { kind: 'running' };
    if (held.request_hash !== requestHash) return { kind: 'other-request' };
    return held.response === null ? { kind: 'running' } : { kind: 'replay', response: held.response };
  }

  /** Keeps the first answer to the claimed key. */
  async answer(caller: string, key: string, response: unknown): Promise<void> {
    await this.uow
      .manager()
      .query(`UPDATE idempotency_keys SET response = $3::jsonb WHERE caller = $1 AND key = $2`, [
        caller,
        key,
        JSON.stringify(response),
      ]);
  }

  /** Frees a claimed key whose request failed as a whole, so a retry runs it again. */
  async release(caller: string, key: string): Promise<void> {
    await this.uow
      .manager()
      .query(`DELETE FROM idempotency_keys WHERE caller = $1 AND key = $2 AND response IS NULL`, [
        caller,
        key,
      ]);
  }

  /** Removes expired keys, at most `limit` in one statement. */
  async removeExpired(limit: number): Promise<void> {
    await this.uow.manager().query(
      `DELETE FROM idempotency_keys WHERE (caller, key) IN (
         SELECT caller, key FROM idempotency_keys WHERE expires_at <= now() LIMIT $1)`,
      [limit],
    );
  }
}
