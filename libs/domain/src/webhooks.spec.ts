import { createHmac } from 'node:crypto';
import {
  isPrivateAddress,
  parseWebhookSignature,
  signedContent,
  subscriptionCovers,
  verifyWebhookSignature,
  webhookEventsOf,
  webhookRetryDelaySeconds,
  webhookSignature,
  webhookUrlProblem,
} from './webhooks';

const hmac = (secret: string, content: string) => createHmac('sha256', secret).update(content).digest('hex');

describe('webhook signatures', () => {
  it('signs «timestamp.body» with HMAC-SHA256', () => {
    // The published HMAC-SHA256 example: key «key», message «The quick brown fox jumps over the lazy dog».
    expect(hmac('key', 'The quick brown fox jumps over the lazy dog')).toBe(
      'f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8',
    );
    expect(signedContent(1700000000, '{"a":1}')).toBe('1700000000.{"a":1}');
    expect(webhookSignature('key', 1700000000, '{"a":1}', hmac)).toBe(
      `t=1700000000,v1=${hmac('key', '1700000000.{"a":1}')}`,
    );
  });

  it('verifies a signature within the tolerance, refuses a changed body, another secret or an old one', () => {
    const header = webhookSignature('s3cret', 1000, 'body', hmac);
    expect(verifyWebhookSignature(header, 'body', 's3cret', 1000 + 300, hmac)).toBe(true);
    expect(verifyWebhookSignature(header, 'body!', 's3cret', 1000, hmac)).toBe(false);
    expect(verifyWebhookSignature(header, 'body', 'other', 1000, hmac)).toBe(false);
    expect(verifyWebhookSignature(header, 'body', 's3cret', 1000 + 301, hmac)).toBe(false);
    expect(verifyWebhookSignature('garbage', 'body', 's3cret', 1000, hmac)).toBe(false);
  });

  it('parses the header', () => {
    const sig = 'a'.repeat(64);
    expect(parseWebhookSignature(`t=12,v1=${sig}`)).toEqual({ timestamp: 12, signatures: [sig] });
    expect(parseWebhookSignature(`v1=${sig}`)).toBeNull();
    expect(parseWebhookSignature('t=12,v1=xyz')).toBeNull();
  });
});

describe('the back-off schedule', () => {
  it('doubles from the base per failure, capped, and gives up after the last attempt', () => {
    // base 30 s: 30, 60, 120, 240, 480, 960, 1920; the 8th failure gives up.
    expect([1, 2, 3, 4, 5, 6, 7].map((n) => webhookRetryDelaySeconds(n))).toEqual([
      30, 60, 120, 240, 480, 960, 1920,
    ]);
    expect(webhookRetryDelaySeconds(8)).toBeNull();
    // base 1 s, cap 5 s: 1, 2, 4, 5, 5
    expect([1, 2, 3, 4, 5].map((n) => webhookRetryDelaySeconds(n, 1, 5, 10))).toEqual([1, 2, 4, 5, 5]);
  });
});

describe('which changes announce which events', () => {
  it('a run announces itself and the run it superseded', () => {
    expect(
      webhookEventsOf({
        operation: 'runAllocation',
        entityType: 'AllocationRun',
        entityId: 'r2',
        before: { currentRunId: 'r1' },
      }),
    ).toEqual([
      { type: 'ALLOCATION_RUN_CREATED', entityType: 'AllocationRun', entityId: 'r2' },
      { type: 'ALLOCATION_RUN_SUPERSEDED', entityType: 'AllocationRun', entityId: 'r1' },
    ]);
    expect(
      webhookEventsOf({
        operation: 'runAllocation',
        entityType: 'AllocationRun',
        entityId: 'r1',
        before: null,
      }),
    ).toHaveLength(1);
  });

  it('measurements and reports, nothing else', () => {
    expect(
      webhookEventsOf({ operation: 'recordMeasurement', entityType: 'BenefitMeasurement', entityId: 'm' })[0]
        .type,
    ).toBe('MEASUREMENT_RECORDED');
    expect(
      webhookEventsOf({
        operation: 'submitBenefitStatusReport',
        entityType: 'BenefitStatusReport',
        entityId: 's',
      })[0].type,
    ).toBe('STATUS_REPORT_SUBMITTED');
    expect(
      webhookEventsOf({ operation: 'updateInitiative', entityType: 'Initiative', entityId: 'i' }),
    ).toEqual([]);
  });

  it('a subscription covers its event types, for its organisation (or all: an administrator’s)', () => {
    const event = { type: 'MEASUREMENT_RECORDED' as const, ownerOrganisationId: 'A' };
    expect(subscriptionCovers({ organisationId: 'A', eventTypes: ['MEASUREMENT_RECORDED'] }, event)).toBe(
      true,
    );
    expect(subscriptionCovers({ organisationId: 'B', eventTypes: ['MEASUREMENT_RECORDED'] }, event)).toBe(
      false,
    );
    expect(subscriptionCovers({ organisationId: null, eventTypes: ['MEASUREMENT_RECORDED'] }, event)).toBe(
      true,
    );
    expect(subscriptionCovers({ organisationId: 'A', eventTypes: ['ALLOCATION_RUN_CREATED'] }, event)).toBe(
      false,
    );
  });
});

describe('webhook addresses', () => {
  it.each([
    '127.0.0.1',
    '10.1.2.3',
    '172.16.0.1',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '::1',
    'fd00::1',
    'fe80::1',
    '::ffff:127.0.0.1',
  ])('%s is private', (ip) => expect(isPrivateAddress(ip)).toBe(true));
  it.each(['8.8.8.8', '172.32.0.1', '193.69.1.1', '2001:4860:4860::8888'])('%s is public', (ip) =>
    expect(isPrivateAddress(ip)).toBe(false),
  );

  const strict = { allowedHosts: [], allowPrivate: false };
  it('only http(s) without credentials, no private address unless allowed', () => {
    expect(webhookUrlProblem('ftp://example.no/x', ['8.8.8.8'], strict)).toBe('NOT_HTTP');
    expect(webhookUrlProblem('not a url', [], strict)).toBe('NOT_A_URL');
    expect(webhookUrlProblem('https://u:p@example.no/x', ['8.8.8.8'], strict)).toBe('CREDENTIALS_IN_URL');
    expect(webhookUrlProblem('https://example.no/x', ['8.8.8.8'], strict)).toBeNull();
    expect(webhookUrlProblem('https://example.no/x', ['8.8.8.8', '10.0.0.1'], strict)).toBe(
      'PRIVATE_ADDRESS',
    );
    expect(webhookUrlProblem('http://127.0.0.1:9/x', ['127.0.0.1'], strict)).toBe('PRIVATE_ADDRESS');
    expect(
      webhookUrlProblem('http://127.0.0.1:9/x', ['127.0.0.1'], {
        allowedHosts: ['127.0.0.1'],
        allowPrivate: false,
      }),
    ).toBeNull();
    expect(
      webhookUrlProblem('http://10.0.0.1/x', ['10.0.0.1'], { allowedHosts: [], allowPrivate: true }),
    ).toBeNull();
  });
});
