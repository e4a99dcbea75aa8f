/**
 * Starts the tests' OpenID Connect provider (server.mjs, the real `oidc-provider` package) as a child
 * process on 127.0.0.1 and stops it. The people: two in Bergen kommune (964338531), one of them in the
 * finance group, and one from an organisation Gevinst does not know.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

export interface TestPerson {
  name: string;
  email: string;
  /** Organisation number claim (left out: none). */
  orgno?: string;
  groups?: string[];
}

export interface TestClient {
  clientId: string;
  clientSecret: string;
  redirectUris: string[];
  postLogoutRedirectUris?: string[];
}

/** Login names at the provider → their claims. */
export const TEST_PEOPLE: Record<string, TestPerson> = {
  'kari.okonomi': {
    name: 'Kari Økonomi',
    email: 'kari.okonomi@bergen.kommune.no',
    orgno: '964338531',
    groups: ['alle-ansatte', 'gevinst-okonomi'],
  },
  'per.leser': {
    name: 'Per Leser',
    email: 'per.leser@bergen.kommune.no',
    orgno: '964338531',
    groups: ['alle-ansatte'],
  },
  'ukjent.person': {
    name: 'Ukjent Person',
    email: 'ukjent@example.no',
    // A valid number (9·(3+2+7+6+5+4+3+2) = 288; 288 mod 11 = 2; check digit 11−2 = 9) that no
    // organisation in Gevinst has.
    orgno: '999999999',
    groups: ['gevinst-okonomi'],
  },
};

export interface RunningProvider {
  issuer: string;
  stop(): Promise<void>;
}

export function startTestProvider(options: {
  port: number;
  clients: TestClient[];
  people?: Record<string, TestPerson>;
}): Promise<RunningProvider> {
  const script = join(process.cwd(), 'test/oidc-provider/server.mjs');
  const child: ChildProcess = spawn(process.execPath, [script], {
    env: {
      ...process.env,
      NODE_ENV: 'test',
      OIDC_TEST_CONFIG: JSON.stringify({
        port: options.port,
        clients: options.clients,
        people: options.people ?? TEST_PEOPLE,
      }),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolveStart, reject) => {
    const timer = setTimeout(() => reject(new Error(`test provider did not start:\n${output}`)), 60_000);
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const ready = /ready (\S+)/.exec(output);
      if (!ready) return;
      clearTimeout(timer);
      resolveStart({
        issuer: ready[1],
        stop: () =>
          new Promise<void>((resolveStop) => {
            if (child.exitCode !== null) return resolveStop();
            child.once('exit', () => resolveStop());
            child.kill('SIGTERM');
          }),
      });
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`test provider exited (${code}):\n${output}`));
    });
  });
}
