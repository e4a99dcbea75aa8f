import { createHmac } from 'node:crypto';
import { type IncomingMessage, type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { verifyWebhookSignature } from '@gevinst/domain';
import { ORG } from '../../apps/api/src/database/seed/demo-portfolio.js';
import { WebhookWorker } from '../../apps/api/src/webhook/webhook-worker.js';
import { aBenefit, aMeasurement } from './support/benefits.js';
import { initiativeIdsByCode, queryData } from './support/graphql.js';
import { anInitiative } from './support/initiatives.js';
import { organisationIds } from './support/organisations.js';
import { type Gql, type TestApp, startTestApp } from './support/test-app.js';

interface Received {
  headers: IncomingMessage['headers'];
  body: string;
  answered: number;
}

/** A real HTTP receiver on 127.0.0.1: answers 500 to the first try of every delivery, 200 after. */
class Receiver {
  readonly received: Received[] = [];
  private server!: Server;
  url = '';

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const id = req.headers['gevinst-delivery'];
        const first = !this.received.some((r) => r.headers['gevinst-delivery'] === id);
        const answered = first ? 500 : 200;
        this.received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8'), answered });
        res.writeHead(answered).end();
      });
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hooks`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  /** Waits until `done` holds for what was received (the worker delivers in the background). */
  async until(done: (received: Received[]) => boolean): Promise<void> {
    for (let i = 0; i < 600 && !done(this.received); i++) await new Promise((r) => setTimeout(r, 50));
    if (!done(this.received))
      throw new Error(`receiver: still waiting; got ${JSON.stringify(this.received)}`);
  }
}

const hmac = (secret: string, content: string) => createHmac('sha256', secret).update(content).digest('hex');

const CREATE = `mutation($i: CreateWebhookSubscriptionInput!) {
  createWebhookSubscription(input: $i) {
    secret
    webhookSubscription { id url eventTypes organisationId active }
    userErrors { code reason field message }
  } }`;
const DELIVERIES = `query($s: ID!) { webhookDeliveries(subscriptionId: $s) { totalCount nodes {
  id eventType status attempts lastStatusCode lastError deliveredAt auditEventId } } }`;

describe('webhooks (issue 19)', () => {
  let t: TestApp;
  let owner: Gql; // Brønnøysundregistrene
  let integrator: Gql; // KS, a READER
  const receiver = new Receiver();
  const org: Record<string, string> = {};
  let initiativeId: string;

  beforeAll(async () => {
    await receiver.start();
    t = await startTestApp({
      demo: true,
      env: {
        WEBHOOK_POLL_INTERVAL_MS: '100',
        WEBHOOK_RETRY_BASE_SECONDS: '0.2',
        WEBHOOK_ALLOWED_HOSTS: '127.0.0.1',
      },
    });
    owner = await t.as('eier@demo.gevinst.no');
    integrator = await t.as('integrator@demo.gevinst.no');
    Object.assign(org, await organisationIds(t.gql, { oslo: ORG.OSLO, kdd: ORG.KDD }));
    initiativeId = (await initiativeIdsByCode(owner))['DEMO-LIV-BEDRIFT'];
  });
  afterAll(async () => {
    await t.close();
    await receiver.stop();
  });

  it('refuses addresses that are not public http(s), as userErrors with nothing stored', async () => {
    const stored = async () =>
      (await t.db.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM webhook_subscriptions`))[0].n;
    const before = await stored();
    for (const [url, reason] of [
      ['ftp://example.no/hook', 'WEBHOOK_URL_NOT_HTTP'],
      ['http://10.0.0.1/hook', 'WEBHOOK_URL_PRIVATE'],
      ['http://localhost:9/hook', 'WEBHOOK_URL_PRIVATE'],
      ['https://user:pw@example.no/hook', 'WEBHOOK_URL_CREDENTIALS'],
    ]) {
      const res = await owner(CREATE, { i: { url, eventTypes: ['MEASUREMENT_RECORDED'] } });
      expect(res.errors).toBeUndefined();
      expect(res.data.createWebhookSubscription).toMatchObject({
        webhookSubscription: null,
        secret: null,
        userErrors: [{ code: 'BAD_USER_INPUT', reason, field: ['input', 'url'] }],
      });
    }
    const res = await owner(
      CREATE,
      { i: { url: receiver.url, eventTypes: [] } },
      { 'accept-language': 'nb' },
    );
    expect(res.data.createWebhookSubscription.userErrors).toEqual([
      expect.objectContaining({ reason: 'WEBHOOK_NO_EVENT_TYPES', field: ['input', 'eventTypes'] }),
    ]);
    expect(await stored()).toBe(before);
    // Only administrators subscribe to every organisation.
    const all = await owner(CREATE, {
      i: { url: receiver.url, eventTypes: ['MEASUREMENT_RECORDED'], allOrganisations: true },
    });
    expect(all.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('delivers signed events of the subscriber’s organisation, retries after a 500, and logs it', async () => {
    const created = await queryData(owner, CREATE, {
      i: { url: receiver.url, eventTypes: ['MEASUREMENT_RECORDED'], description: 'Kommunesystemet' },
    });
    const { secret, webhookSubscription: subscription, userErrors } = created.createWebhookSubscription;
    expect(userErrors).toEqual([]);
    expect(secret).toMatch(/^whsec_/);
    expect(subscription).toMatchObject({
      url: receiver.url,
      active: true,
      eventTypes: ['MEASUREMENT_RECORDED'],
    });
    // The secret is shown once: the list has no field for it, and the audit trail does not hold it.
    const listed = await queryData(owner, `{ webhookSubscriptions { id } }`);
    expect(listed.webhookSubscriptions.map((s: { id: string }) => s.id)).toContain(subscription.id);
    const trail = await queryData(
      owner,
      `query($id: String) { auditEvents(filter: { entityId: $id }) { nodes { after } } }`,
      { id: subscription.id },
    );
    expect(JSON.stringify(trail)).not.toContain(secret);

    // Another organisation's measurement (Oslo owns the initiative) is not the subscriber's.
    const other = await anInitiative(t.gql, { ownerId: org.oslo, ministryId: org.kdd });
    const otherBenefit = await aBenefit(t.gql, { initiativeId: other.id });
    await aMeasurement(t.gql, { benefitId: otherBenefit.id, date: '2025-01-31', value: '1' });

    const benefit = await aBenefit(owner, { initiativeId });
    const measurement = await aMeasurement(owner, { benefitId: benefit.id, date: '2025-02-28', value: '7' });

    await receiver.until((got) => got.some((r) => r.answered === 200));
    const tries = receiver.received;
    expect(tries.map((r) => r.answered)).toEqual([500, 200]);
    const deliveryId = tries[0].headers['gevinst-delivery'];
    expect(tries[1].headers['gevinst-delivery']).toBe(deliveryId);
    for (const { headers, body } of tries) {
      const signature = headers['gevinst-signature'] as string;
      expect(verifyWebhookSignature(signature, body, secret, Math.floor(Date.now() / 1000), hmac)).toBe(true);
      expect(
        verifyWebhookSignature(signature, body, 'whsec_wrong', Math.floor(Date.now() / 1000), hmac),
      ).toBe(false);
      expect(
        verifyWebhookSignature(
          signature,
          body.replace('7', '8'),
          secret,
          Math.floor(Date.now() / 1000),
          hmac,
        ),
      ).toBe(false);
    }
    const body = JSON.parse(tries[1].body);
    expect(body).toMatchObject({
      deliveryId,
      event: 'MEASUREMENT_RECORDED',
      entityType: 'BenefitMeasurement',
      entityId: measurement.id,
      initiativeId,
      attempt: 2,
    });

    const log = await queryData(owner, DELIVERIES, { s: subscription.id });
    expect(log.webhookDeliveries.totalCount).toBe(1);
    expect(log.webhookDeliveries.nodes[0]).toMatchObject({
      id: deliveryId,
      eventType: 'MEASUREMENT_RECORDED',
      status: 'DELIVERED',
      attempts: 2,
      lastStatusCode: 200,
      lastError: null,
    });

    // Another organisation cannot read the log (not found, as if it did not exist).
    const foreign = await integrator(DELIVERIES, { s: subscription.id });
    expect(foreign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('never delivers one event twice, however many workers claim at once', async () => {
    const worker = t.app.get(WebhookWorker);
    const before = receiver.received.length;
    const benefit = await aBenefit(owner, { initiativeId });
    await aMeasurement(owner, { benefitId: benefit.id, date: '2025-03-31', value: '1' });
    // Three more claimants besides the background loop (on PostgreSQL each on its own connection).
    await Promise.all([worker.deliverDue(), worker.deliverDue(), worker.deliverDue()]);
    await receiver.until((got) => got.slice(before).some((r) => r.answered === 200));
    const tries = receiver.received.slice(before);
    expect(tries.map((r) => r.answered)).toEqual([500, 200]);
  });

  it('lets the integrator (a READER) subscribe for their organisation and delete it', async () => {
    const created = await queryData(integrator, CREATE, {
      i: { url: receiver.url, eventTypes: ['ALLOCATION_RUN_CREATED', 'STATUS_REPORT_SUBMITTED'] },
    });
    const id = created.createWebhookSubscription.webhookSubscription.id;
    const mine = await queryData(integrator, `{ webhookSubscriptions { id } }`);
    expect(mine.webhookSubscriptions).toEqual([{ id }]);
    const deleted = await queryData(
      integrator,
      `mutation($id: ID!) { deleteWebhookSubscription(id: $id) { deletedId userErrors { code } } }`,
      {
        id,
      },
    );
    expect(deleted.deleteWebhookSubscription).toEqual({ deletedId: id, userErrors: [] });
    expect((await queryData(integrator, `{ webhookSubscriptions { id } }`)).webhookSubscriptions).toEqual([]);
    // Deleting it again: a NOT_FOUND of the id given, as a userError naming the argument.
    const again = await integrator(
      `mutation($id: ID!) { deleteWebhookSubscription(id: $id) { deletedId userErrors { code reason field message } } }`,
      { id },
      { 'accept-language': 'en' },
    );
    expect(again.errors).toBeUndefined();
    expect(again.data.deleteWebhookSubscription).toEqual({
      deletedId: null,
      userErrors: [
        {
          code: 'NOT_FOUND',
          reason: 'NOT_FOUND',
          field: ['id'],
          message: `WebhookSubscription ${id} was not found`,
        },
      ],
    });
  });
});
