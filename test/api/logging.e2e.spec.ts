import { jest } from '@jest/globals';
import { OrganisationService } from '../../apps/api/src/organisation/organisation.service.js';
import { type TestApp, startTestApp } from './support/test-app.js';

/**
 * Issue 17, "Defaults": no error carries a stack trace unless NODE_ENV=development is set explicitly
 * (the test app runs with NODE_ENV=test, as production runs without development); every response has a
 * request id in X-Request-Id, every GraphQL error has the same id in `extensions.requestId`, and the log
 * line of that request carries it too (the JSON lines are captured here); expected client errors are
 * logged below ERROR without a stack, unexpected ones at ERROR with it.
 */

interface LogLine {
  level: number;
  msg: string;
  requestId?: string;
  err?: { stack?: string; message?: string };
  graphql?: { code?: string; path?: string };
  [key: string]: unknown;
}

/** pino's numeric levels. */
const INFO = 30;
const WARN = 40;
const ERROR = 50;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function capture() {
  const lines: LogLine[] = [];
  return {
    lines,
    destination: { write: (line: string) => void lines.push(JSON.parse(line) as LogLine) },
    of: (requestId: string) => lines.filter((line) => line.requestId === requestId),
  };
}

async function post(url: string, query: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as {
    data?: unknown;
    errors?: { message: string; extensions: Record<string, unknown> }[];
  };
  return { requestId: response.headers.get('x-request-id') ?? '', errors: body.errors ?? [], body };
}

/** The request's log lines appear when pino-http logs the completed response, just after it is sent. */
async function linesOf(log: ReturnType<typeof capture>, requestId: string): Promise<LogLine[]> {
  for (let attempt = 0; attempt < 50; attempt++) {
    if (log.of(requestId).some((line) => line.msg === 'request completed')) break;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return log.of(requestId);
}

describe('logging: request ids, stack traces and levels (NODE_ENV=test)', () => {
  let t: TestApp;
  const log = capture();

  beforeAll(async () => {
    // LOG_LEVEL=info: the test app's default (warn) would hide the lines checked here.
    t = await startTestApp({ demo: false, logDestination: log.destination, env: { LOG_LEVEL: 'info' } });
  });
  afterAll(() => t.close());

  it("logs the sign-in page's unauthenticated `me` below ERROR, without a stack, under the request id it returns", async () => {
    const { requestId, errors } = await post(t.url, '{ me { email } }');
    expect(requestId).toMatch(UUID);
    expect(errors).toHaveLength(1);
    expect(errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(errors[0].extensions.requestId).toBe(requestId);
    expect(errors[0].extensions.stacktrace).toBeUndefined();

    const lines = await linesOf(log, requestId);
    const errorLine = lines.find((line) => line.graphql?.code === 'UNAUTHENTICATED');
    expect(errorLine).toBeDefined();
    expect(errorLine!.level).toBe(INFO);
    expect(errorLine!.graphql!.path).toBe('me');
    expect(errorLine!.err).toBeUndefined();
    expect(JSON.stringify(errorLine)).not.toMatch(/\bat .*\.(ts|js):\d+/);
    // Nothing of this request is at ERROR (NestJS's own handler used to log it with a stack).
    expect(lines.filter((line) => line.level >= ERROR)).toEqual([]);
    expect(log.lines.filter((line) => line.level >= ERROR)).toEqual([]);
    // The completed request is logged with the same id: method, path and status, no headers.
    const completed = lines.find((line) => line.msg === 'request completed')!;
    expect(completed).toMatchObject({ level: INFO, req: { method: 'POST', url: '/graphql' } });
    expect(JSON.stringify(completed)).not.toMatch(/authorization|cookie/i);
  });

  it('keeps a well-formed incoming X-Request-Id and replaces a malformed one', async () => {
    const kept = await post(t.url, '{ me { email } }', { 'x-request-id': 'proxy-trace.42:a_b' });
    expect(kept.requestId).toBe('proxy-trace.42:a_b');
    expect(kept.errors[0].extensions.requestId).toBe('proxy-trace.42:a_b');
    expect((await linesOf(log, 'proxy-trace.42:a_b')).length).toBeGreaterThan(0);

    const replaced = await post(t.url, '{ me { email } }', { 'x-request-id': 'not ok "quoted"' });
    expect(replaced.requestId).toMatch(UUID);
    expect(replaced.errors[0].extensions.requestId).toBe(replaced.requestId);
  });

  it('returns the request id on every response, not only errors', async () => {
    const health = await fetch(`${t.url}/health`);
    expect(health.headers.get('x-request-id')).toMatch(UUID);
    const ok = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(ok.headers.get('x-request-id')).toMatch(UUID);
  });

  it('logs expected client errors below ERROR without a stack, and answers without one', async () => {
    const admin = await t.as('admin@test.gevinst.no', 'test-admin-password-1');
    const cases: { query: string; code: string }[] = [
      // 987654325: a valid organisation number (mod 11) that no organisation has.
      { query: '{ organisationByOrgNumber(orgNumber: "987654325") { id } }', code: 'NOT_FOUND' },
      { query: '{ organisationByOrgNumber(orgNumber: "000000001") { id } }', code: 'BAD_USER_INPUT' },
      { query: '{ nosuchfield }', code: 'GRAPHQL_VALIDATION_FAILED' },
      { query: '{ me { ', code: 'GRAPHQL_PARSE_FAILED' },
    ];
    for (const { query, code } of cases) {
      const { requestId, errors } = await post(t.url, query, { authorization: `Bearer ${admin.token}` });
      expect(errors[0].extensions.code).toBe(code);
      expect(errors[0].extensions.requestId).toBe(requestId);
      expect(errors[0].extensions.stacktrace).toBeUndefined();
      const line = (await linesOf(log, requestId)).find((entry) => entry.graphql?.code === code);
      expect(line).toBeDefined();
      expect(line!.level).toBeLessThan(ERROR);
      expect(line!.err).toBeUndefined();
    }
  });

  it('logs an unexpected error at ERROR with its stack, and answers INTERNAL_SERVER_ERROR without one', async () => {
    const admin = await t.as('admin@test.gevinst.no', 'test-admin-password-1');
    const service = t.app.get(OrganisationService);
    const spy = jest
      .spyOn(service, 'findByOrgNumber')
      .mockRejectedValueOnce(new Error('simulated failure in the organisation lookup'));
    try {
      const { requestId, errors } = await post(
        t.url,
        '{ organisationByOrgNumber(orgNumber: "958935420") { id } }',
        {
          authorization: `Bearer ${admin.token}`,
        },
      );
      expect(errors[0].extensions.code).toBe('INTERNAL_SERVER_ERROR');
      expect(errors[0].extensions.requestId).toBe(requestId);
      expect(errors[0].extensions.stacktrace).toBeUndefined();
      expect(JSON.stringify(errors)).not.toContain('simulated failure');
      const lines = await linesOf(log, requestId);
      const errorLines = lines.filter((line) => line.level >= ERROR);
      // Logged once (not by NestJS's handler as well), with the original error's stack.
      expect(errorLines).toHaveLength(1);
      expect(errorLines[0].graphql?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(errorLines[0].err?.message).toBe('simulated failure in the organisation lookup');
      expect(errorLines[0].err?.stack).toMatch(/simulated failure in the organisation lookup\n\s+at /);
    } finally {
      spy.mockRestore();
    }
  });

  it('logs throttled sign-ins at WARN', async () => {
    let last: Awaited<ReturnType<typeof post>> | undefined;
    for (let attempt = 0; attempt < 7; attempt++) {
      last = await post(
        t.url,
        'mutation { login(email: "nobody@test.gevinst.no", password: "wrong-password-1") { token } }',
      );
    }
    expect(last!.errors[0].extensions.code).toBe('TOO_MANY_REQUESTS');
    const line = (await linesOf(log, last!.requestId)).find(
      (entry) => entry.graphql?.code === 'TOO_MANY_REQUESTS',
    );
    expect(line?.level).toBe(WARN);
    expect(line?.err).toBeUndefined();
  });
});

describe('logging: stack traces with NODE_ENV=development set explicitly', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ demo: false, env: { NODE_ENV: 'development' } });
  });
  afterAll(() => t.close());

  it('puts the stack trace in the error extensions', async () => {
    const { errors, requestId } = await post(t.url, '{ me { email } }');
    expect(errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(errors[0].extensions.requestId).toBe(requestId);
    expect(Array.isArray(errors[0].extensions.stacktrace)).toBe(true);
  });
});
