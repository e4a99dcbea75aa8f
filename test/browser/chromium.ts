/**
 * Launches headless Chromium for the browser tests with playwright-core (which ships no browser).
 *
 * Which binary, in order:
 *  1. CHROMIUM_PATH, a path to a Chromium/Chrome executable
 *     (CHROMIUM_PATH=sparticuz forces the bundled @sparticuz/chromium build instead);
 *  2. /usr/bin/chromium (Debian's chromium package), when it exists;
 *  3. @sparticuz/chromium, whose brotli-packed build is unpacked to $TMPDIR/chromium on first use.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type LaunchOptions } from 'playwright-core';

export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/**
 * The test machines have no network. Without these flags Chromium keeps dialling Google services
 * (component updates, sync, QUIC probes) and hammers closed connections.
 */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export type ChromiumSource = 'CHROMIUM_PATH' | 'system' | 'sparticuz';

export interface ResolvedChromium {
  executablePath: string;
  source: ChromiumSource;
}

async function sparticuzChromium(): Promise<string> {
  const { default: Sparticuz } = await import('@sparticuz/chromium');
  // Software rendering via --disable-gpu is enough for screenshots; skip unpacking SwiftShader.
  Sparticuz.setGraphicsMode = false;
  return Sparticuz.executablePath();
}

export async function resolveChromium(env: NodeJS.ProcessEnv = process.env): Promise<ResolvedChromium> {
  const configured = env.CHROMIUM_PATH?.trim();
  if (configured && configured !== 'sparticuz') {
    if (!existsSync(configured)) {
      throw new Error(`CHROMIUM_PATH is ${configured}, but there is no such file`);
    }
    return { executablePath: configured, source: 'CHROMIUM_PATH' };
  }
  if (configured !== 'sparticuz' && existsSync(SYSTEM_CHROMIUM)) {
    return { executablePath: SYSTEM_CHROMIUM, source: 'system' };
  }
  return { executablePath: await sparticuzChromium(), source: 'sparticuz' };
}

export async function launchChromium(options: LaunchOptions = {}): Promise<Browser> {
  const { executablePath } = await resolveChromium();
  return chromium.launch({
    ...options,
    executablePath,
    headless: true,
    args: [...CHROMIUM_ARGS, ...(options.args ?? [])],
    // A Norwegian user's browser: its own date fields (<input type="date">) follow the browser's locale,
    // not the page's, so they show 04.12.2026 as our users see them.
    env: { ...process.env, LANG: 'nb_NO.UTF-8', LANGUAGE: 'nb_NO:nb', LC_ALL: 'nb_NO.UTF-8' },
  });
}
