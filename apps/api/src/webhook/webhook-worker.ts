import { createHmac } from 'node:crypto';
import { WEBHOOK_SIGNATURE_HEADER, webhookRetryDelaySeconds, webhookSignature } from '@gevinst/domain';
import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { UnitOfWork } from '../common/unit-of-work.js';
import { checkWebhookUrl } from './webhook-address.js';
import { type ClaimedDelivery, WebhookRepository } from './webhook.repository.js';

/** Deliveries claimed per round. */
const BATCH = 20;

export const hmacSha256 = (secret: string, content: string): string =>
  createHmac('sha256', secret).update(content).digest('hex');

/**
 * The delivery loop of the API process: every WEBHOOK_POLL_INTERVAL_MS it claims due deliveries (FOR
 * UPDATE SKIP LOCKED, with a lease: see WebhookRepository.claimDue), POSTs each signed body, and records
 * the answer: 2xx delivered; anything else (or no answer) tried again after the back-off of libs/domain
 * (webhookRetryDelaySeconds), given up after the last attempt. Redirects are not followed.
 */
@Injectable()
export class WebhookWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(WebhookWorker.name);
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private stopped = false;

  constructor(
    private readonly webhooks: WebhookRepository,
    private readonly uow: UnitOfWork,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.webhooks.worker) return;
    this.schedule();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.deliverDue()
        .then(() => undefined)
        .catch((error: unknown) => this.logger.error(`webhook round failed: ${String(error)}`))
        .finally(() => this.schedule());
    }, this.config.webhooks.pollIntervalMs);
    this.timer.unref();
  }

  /** One round: claims what is due and delivers it; returns when every claimed delivery is settled. */
  async deliverDue(): Promise<number> {
    const leaseSeconds = Math.ceil(this.config.webhooks.timeoutMs / 1000) + 30;
    const claimed = await this.uow.transaction(() => this.webhooks.claimDue(BATCH, leaseSeconds));
    await Promise.all(claimed.map((delivery) => this.deliver(delivery)));
    return claimed.length;
  }

  private async deliver(delivery: ClaimedDelivery): Promise<void> {
    const { webhooks } = this.config;
    const retry = () => webhookRetryDelaySeconds(delivery.attempts, webhooks.retryBaseSeconds);
    const refused = await checkWebhookUrl(delivery.url, webhooks);
    if (refused) {
      await this.webhooks.markFailed(delivery.id, null, `address refused: ${refused.problem}`, null);
      return;
    }
    const body = JSON.stringify({ ...delivery.payload, attempt: delivery.attempts });
    const timestamp = Math.floor(Date.now() / 1000);
    try {
      const response = await fetch(delivery.url, {
        method: 'POST',
        redirect: 'manual',
        signal: AbortSignal.timeout(webhooks.timeoutMs),
        headers: {
          'content-type': 'application/json',
          'user-agent': 'Gevinst-Webhooks/1',
          'gevinst-delivery': delivery.id,
          [WEBHOOK_SIGNATURE_HEADER]: webhookSignature(delivery.secret, timestamp, body, hmacSha256),
        },
        body,
      });
      await response.body?.cancel();
      if (response.status >= 200 && response.status < 300)
        await this.webhooks.markDelivered(delivery.id, response.status);
      else await this.webhooks.markFailed(delivery.id, response.status, `HTTP ${response.status}`, retry());
    } catch (error) {
      await this.webhooks.markFailed(
        delivery.id,
        null,
        error instanceof Error ? error.message : String(error),
        retry(),
      );
    }
  }
}
