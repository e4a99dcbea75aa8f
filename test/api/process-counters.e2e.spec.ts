/**
 * GEVINST_PROCESS_COUNTERS (for `npm run bench:api` only): the process's counters at
 * GET /internal/process-counters, and the answering process named in X-Process-Id on every response (the
 * benchmark's races count the workers that served them). Off by default: neither is there.
 */
import { startTestApp, type TestApp } from './support/test-app.js';

describe('process counters and the answering process (GEVINST_PROCESS_COUNTERS)', () => {
  describe('on', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp({ env: { GEVINST_PROCESS_COUNTERS: 'true' } });
    });
    afterAll(() => t?.close());

    it('serves the counters to a loopback caller and names this process on every response', async () => {
      const counters = await fetch(`${t.url}/internal/process-counters`);
      expect(counters.status).toBe(200);
      expect(counters.headers.get('x-process-id')).toBe(String(process.pid));
      const body = (await counters.json()) as { cpuMicros: number; allocatedBytes: number };
      expect(body.cpuMicros).toBeGreaterThan(0);
      expect(body.allocatedBytes).toBeGreaterThan(0);

      const health = await fetch(`${t.url}/health`);
      expect(health.headers.get('x-process-id')).toBe(String(process.pid));
      const graphql = await fetch(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      expect(graphql.headers.get('x-process-id')).toBe(String(process.pid));
    });
  });

  describe('off (the default)', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp();
    });
    afterAll(() => t?.close());

    it('sends no process id and serves no counters', async () => {
      const health = await fetch(`${t.url}/health`);
      expect(health.status).toBe(200);
      expect(health.headers.get('x-process-id')).toBeNull();
      const counters = await fetch(`${t.url}/internal/process-counters`);
      expect(counters.headers.get('x-process-id')).toBeNull();
      const text = await counters.text();
      expect(text).not.toContain('cpuMicros');
    });
  });
});
