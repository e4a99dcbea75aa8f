import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { collectGarbage } from '../common/heap.js';
import { todayInNorway } from '../common/today.js';
import { PortfolioService } from './portfolio.service.js';

/** How often the date is checked (a day's first answers are computed within a minute after midnight). */
const CHECK_EVERY_MS = 60_000;
/** The first run after start: once the server listens and the first requests are served. */
const FIRST_RUN_AFTER_MS = 5_000;

/**
 * Computes the portfolio's first answers of each day in the API process rather than leaving them to the
 * first user (every benefit's figures depend on the date): once shortly after start, in the background
 * (main.ts starts it after the server listens; nothing waits for it), and again whenever the date in Norway
 * has changed. Each process of a cluster does its own (its cache is its own). A failure is logged and tried
 * again at the next check; the answers are then computed on demand as before.
 */
@Injectable()
export class PortfolioPrecompute implements OnApplicationShutdown {
  private readonly logger = new Logger(PortfolioPrecompute.name);
  private timer: NodeJS.Timeout | null = null;
  private doneFor: string | null = null;
  private running: Promise<void> | null = null;

  constructor(private readonly portfolio: PortfolioService) {}

  /** Starts the schedule (idempotent). The timers do not keep the process alive. */
  start(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      void this.runIfNewDay();
      this.timer = setInterval(() => void this.runIfNewDay(), CHECK_EVERY_MS);
      this.timer.unref();
    }, FIRST_RUN_AFTER_MS);
    this.timer.unref();
  }

  /** Computes today's answers unless done already (or under way); resolves when done. */
  runIfNewDay(): Promise<void> {
    const today = todayInNorway();
    if (this.doneFor === today) return Promise.resolve();
    this.running ??= this.portfolio
      .precompute(today)
      .then(() => {
        this.doneFor = today;
        // The precompute leaves its working data behind as garbage and the process is then often idle,
        // so V8 would keep it (about 150 MB on the national data set): collect it now (common/heap.ts).
        collectGarbage();
        this.logger.log(`Portfolio answers for ${today} computed`);
      })
      .catch((error: unknown) => this.logger.warn(`Precomputing the portfolio failed: ${String(error)}`))
      .finally(() => {
        this.running = null;
      });
    return this.running;
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
  }
}
