import {
  type BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import type { Actor } from '../auth/actor.js';
import { todayInNorway } from '../common/today.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { DeprecatedUsageClientKind } from './dto/deprecated-usage.args.js';
import { DeprecatedUsageRepository, type UsageCount } from './deprecated-usage.repository.js';

/** The client a request is counted for. */
export interface UsageClient {
  kind: DeprecatedUsageClientKind;
  id: string;
}

/** The client of a signed-in request: the API token, or the user of a session; null otherwise (not counted). */
export function clientOf(actor: Actor | undefined): UsageClient | null {
  if (actor?.kind === 'API_TOKEN' && actor.tokenId)
    return { kind: DeprecatedUsageClientKind.API_TOKEN, id: actor.tokenId };
  if (actor?.kind === 'USER') return { kind: DeprecatedUsageClientKind.USER, id: actor.userId };
  return null;
}

/** The longest operation name kept (a longer one is cut): names are the client's, not ours. */
export const MAX_OPERATION_NAME = 200;
/**
 * The most keys one process buffers between two flushes; a new key past it is dropped (and logged at the
 * next flush) while known keys keep counting. Far above what integrations produce in a flush interval.
 */
export const MAX_BUFFERED_KEYS = 50_000;

/** "YYYY-MM-DD" minus `days` days. */
export function daysBefore(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - days);
  return date.toISOString().slice(0, 10);
}

/**
 * Counts, in memory, which client's operation used which deprecated coordinate on which day, and adds
 * the counts to deprecated_usage with one upsert every DEPRECATED_USAGE_FLUSH_SECONDS, before a read of
 * the list (DeprecatedUsageService) and when the process stops — never a database write per request.
 * A flush that fails keeps its counts for the next one. The first flush of each Norwegian day also deletes
 * the days older than DEPRECATED_USAGE_RETENTION_DAYS.
 */
@Injectable()
export class DeprecatedUsageRecorder
  implements OnApplicationBootstrap, BeforeApplicationShutdown, OnApplicationShutdown
{
  private readonly logger = new Logger(DeprecatedUsageRecorder.name);
  private buffer = new Map<string, UsageCount>();
  private dropped = 0;
  private timer: NodeJS.Timeout | null = null;
  private flushing: Promise<void> = Promise.resolve();
  /** The Norwegian day old rows were last deleted on, by this process. */
  private retainedOn: string | null = null;

  constructor(
    private readonly usage: DeprecatedUsageRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.flush(), this.config.deprecatedUsage.flushSeconds * 1000);
    this.timer.unref();
  }

  /** Stops the timer and writes what is buffered while the database is still open. */
  async beforeApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.flush();
  }

  /** What requests counted after the first shutdown flush (a flush of an empty buffer writes nothing). */
  async onApplicationShutdown(): Promise<void> {
    await this.flush();
  }

  /** The Norwegian day of the minute last asked for (formatting a date costs more than the rest of record). */
  private dayCache = { minute: NaN, day: '' };

  /**
   * The Norwegian day of `now`, worked out once a minute: Norway's offset from UTC is whole hours, so the
   * day changes only on a minute boundary and the cached answer is exact.
   */
  private dayOf(now: Date): string {
    const minute = Math.floor(now.getTime() / 60_000);
    if (minute !== this.dayCache.minute) this.dayCache = { minute, day: todayInNorway(now) };
    return this.dayCache.day;
  }

  /** Counts one request of `client`'s operation that used `coordinates`. */
  record(coordinates: Iterable<string>, client: UsageClient, operationName: string, now = new Date()): void {
    const day = this.dayOf(now);
    const name = operationName.slice(0, MAX_OPERATION_NAME);
    for (const coordinate of coordinates) {
      const key = `${coordinate}\u0000${client.kind}\u0000${client.id}\u0000${name}\u0000${day}`;
      const known = this.buffer.get(key);
      if (known) {
        known.requestCount++;
        known.lastSeenAt = now;
      } else if (this.buffer.size < MAX_BUFFERED_KEYS) {
        this.buffer.set(key, {
          coordinate,
          clientKind: client.kind,
          clientId: client.id,
          operationName: name,
          day,
          requestCount: 1,
          firstSeenAt: now,
          lastSeenAt: now,
        });
      } else this.dropped++;
    }
  }

  /** The number of keys waiting for the next flush. */
  get buffered(): number {
    return this.buffer.size;
  }

  /**
   * Adds the buffered counts to the table (one statement) and, once a day, deletes old days. Flushes run
   * one after the other; a caller waits for its own.
   */
  flush(now = new Date()): Promise<void> {
    this.flushing = this.flushing.then(() => this.flushOnce(now));
    return this.flushing;
  }

  private async flushOnce(now: Date): Promise<void> {
    const counts = [...this.buffer.values()];
    this.buffer = new Map();
    if (this.dropped) {
      this.logger.warn(
        `deprecated usage: ${this.dropped} counts dropped (more than ${MAX_BUFFERED_KEYS} keys)`,
      );
      this.dropped = 0;
    }
    try {
      await this.usage.add(counts);
    } catch (error) {
      // Kept for the next flush, added to what came meanwhile.
      for (const count of counts) this.merge(count);
      this.logger.error(`deprecated usage: flush of ${counts.length} counts failed: ${String(error)}`);
      return;
    }
    const today = todayInNorway(now);
    if (this.retainedOn === today) return;
    try {
      const deleted = await this.usage.deleteBefore(
        daysBefore(today, this.config.deprecatedUsage.retentionDays),
      );
      this.retainedOn = today;
      if (deleted) this.logger.log(`deprecated usage: ${deleted} rows older than the retention deleted`);
    } catch (error) {
      this.logger.error(`deprecated usage: retention failed: ${String(error)}`);
    }
  }

  private merge(count: UsageCount): void {
    const key = `${count.coordinate}\u0000${count.clientKind}\u0000${count.clientId}\u0000${count.operationName}\u0000${count.day}`;
    const known = this.buffer.get(key);
    if (!known) {
      this.buffer.set(key, count);
      return;
    }
    known.requestCount += count.requestCount;
    if (count.firstSeenAt < known.firstSeenAt) known.firstSeenAt = count.firstSeenAt;
    if (count.lastSeenAt > known.lastSeenAt) known.lastSeenAt = count.lastSeenAt;
  }
}
