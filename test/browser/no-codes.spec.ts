/**
 * No codes on screen (issue 17): every persona's main pages, in Norwegian and in English, must show words,
 * never the product's internals — upper-case snake codes (CO_FINANCING), bare enum values of the API's
 * schema (PARTNER, CENTRAL, PROPORTIONAL), camelCase identifiers (correctionReason) or UUIDs.
 *
 * To scan another page, add its route to ROUTES (per persona); pages that need an id get it from the API
 * (ids below). Legitimate upper-case words (names and abbreviations people use) are in ALLOWED, each with
 * its reason.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, isEnumType } from 'graphql';
import type { Page } from 'playwright-core';
import { WORKSPACE_ROOT } from './app-server';
import { PERSONAS, data, screenshot, tokenFor, useBrowser } from './helpers';

type Persona = keyof typeof PERSONAS | 'scheme';
const EMAILS: Record<Persona, string> = { ...PERSONAS, scheme: 'sekretariat@demo.gevinst.no' };

/** Ids the routes need, read from the API once. */
interface Ids {
  bedrift: string;
  digifinFiks: string;
  twoLevelKey: string;
  benefit: string;
  call: string;
}

/** The main pages of each persona (hash routes of the admin). Add a route here to scan it. */
const ROUTES: Record<Persona, (ids: Ids) => string[]> = {
  owner: (ids) => [
    '/',
    '/initiatives',
    ...initiativeTabs(ids.bedrift),
    `/benefits/${ids.benefit}/show`,
    '/costSharingKeys',
    '/costSharingKeys/create',
    '/co-financing',
  ],
  reviewer: (ids) => [
    '/',
    '/portfolio',
    '/organisationPositions',
    '/initiatives',
    ...initiativeTabs(ids.digifinFiks),
    '/costSharingKeys',
  ],
  financeBergen: () => ['/', '/my-allocations', '/organisationPositions', '/key-comparison', '/digifin'],
  financeOslo: () => ['/', '/my-allocations'],
  scheme: (ids) => ['/', '/co-financing', `/co-financing/calls/${ids.call}`],
  // The key editor of the two-level key (groups, drivers, population year): administrators edit every key.
  admin: (ids) => [
    '/',
    `/costSharingKeys/${ids.twoLevelKey}`,
    '/organisations',
    '/users',
    '/apiTokens',
    '/auditEvents',
  ],
  integrator: () => ['/', '/apiTokens'],
};

// Every tab of an initiative, the status reports and the change log («Endringslogg») included.
const TABS = [
  '',
  '/participants',
  '/costs',
  '/funding-plan',
  '/cost-sharing',
  '/benefits',
  '/benefit-plan',
  '/economics',
  '/status-reports',
  '/history',
];

function initiativeTabs(id: string): string[] {
  return TABS.map((tab) => `/initiatives/${id}/show${tab}`);
}

/**
 * Upper-case words people use, not codes: each is stripped from the text before the scan.
 * - DEMO-… : the demo initiatives' codes (an initiative's code is its public name, e.g. DEMO-LIV-JOBB)
 * - KS, NAV, DFØ, SSB, KDD, DSS: organisations' own names and abbreviations
 * - KOSTRA, XLSX, CSV, API, RAG, NOK, R-109, IKT, ID, PDF, URL, GDPR: abbreviations in ordinary use
 */
const ALLOWED: RegExp[] = [
  /\bDEMO(?:-[A-Z0-9ÆØÅ]+)+\b/g,
  /\b(?:KS|NAV|DFØ|SSB|KDD|DSS|KOSTRA|XLSX|CSV|API|RAG|NOK|IKT|ID|PDF|URL|GDPR|OK)\b/g,
  /\bR-109\b/g,
];

/** Every enum value of the API's schema of two letters or more (PARTNER, CENTRAL, PROPORTIONAL …). */
const ENUM_VALUES = (() => {
  const schema = buildSchema(readFileSync(join(WORKSPACE_ROOT, 'apps/api/src/schema.gql'), 'utf8'));
  const values = new Set<string>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isEnumType(type) || type.name.startsWith('__')) continue;
    for (const value of type.getValues()) if (value.name.length >= 2) values.add(value.name);
  }
  return values;
})();

const PATTERNS: [string, RegExp][] = [
  ['upper-case snake code', /\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b/g],
  ['camelCase identifier', /\b[a-z]+(?:[A-Z][a-z0-9]*)+\b/g],
  ['UUID', /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi],
];

/** The code-like tokens in a page's visible text, each with its kind. */
export function codeLikeTokens(text: string): string[] {
  let rest = text;
  for (const allowed of ALLOWED) rest = rest.replace(allowed, ' ');
  const found = new Set<string>();
  for (const [kind, pattern] of PATTERNS) {
    for (const match of rest.matchAll(pattern)) found.add(`${kind}: ${match[0]}`);
  }
  for (const word of rest.match(/\b[A-ZÆØÅ][A-ZÆØÅ0-9_]+\b/g) ?? []) {
    if (ENUM_VALUES.has(word)) found.add(`enum value: ${word}`);
  }
  return [...found];
}

/**
 * Waits until the page has loaded what it shows: the route's requests have started and ended (no request
 * for half a second, before and after react-admin's loading indicators are gone).
 */
async function settle(page: Page): Promise<void> {
  // The route's own content first (lazy pages load a chunk), then its data.
  await page
    .waitForFunction(
      () => (document.querySelector<HTMLElement>('#main-content')?.innerText.trim().length ?? 0) > 40,
      undefined,
      { timeout: 60_000 },
    )
    .catch(() => undefined);
  await page.waitForTimeout(300);
  await page.waitForLoadState('networkidle');
  await page
    .locator('[role="progressbar"], [aria-busy="true"]')
    .first()
    .waitFor({ state: 'detached', timeout: 30_000 })
    .catch(() => undefined);
  await page.waitForLoadState('networkidle');
}

/**
 * The visible text of the page, node by node, as written (textContent: not innerText, which applies CSS
 * text-transform — MUI's buttons would read «DIGIFIN» — and runs inline elements together).
 */
async function visibleText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const parts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || ['SCRIPT', 'STYLE', 'NOSCRIPT'].includes(parent.tagName)) continue;
      if (!parent.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) continue;
      const text = node.nodeValue?.trim();
      if (text) parts.push(text);
    }
    return parts.join('\n');
  });
}

async function chooseLanguage(page: Page, language: 'nb' | 'en'): Promise<void> {
  const current = language === 'en' ? 'Språk: Norsk bokmål' : 'Language: English';
  await page.getByRole('button', { name: current }).click();
  await page.getByRole('menuitem', { name: language === 'en' ? 'English' : 'Norsk bokmål' }).click();
  await page.locator(`html[lang="${language === 'en' ? 'en' : 'nb'}"]`).waitFor({ state: 'attached' });
}

describe('no codes on screen', () => {
  const { app, page, signIn, pageErrors } = useBrowser();
  let ids: Ids;

  beforeAll(async () => {
    const token = await tokenFor(app(), PERSONAS.admin);
    const found = await data<{
      initiatives: { nodes: { id: string; code: string }[] };
      costSharingKeys: { nodes: { id: string; current: { keySpec: { method: string } } }[] };
      benefits: { nodes: { id: string }[] };
      coFinancingCalls: { id: string }[];
    }>(
      app(),
      token,
      `{ initiatives(limit: 100) { nodes { id code } }
         costSharingKeys(limit: 100) { nodes { id current { keySpec { method } } } }
         benefits(limit: 1) { nodes { id } }
         coFinancingCalls { id } }`,
    );
    const initiative = (code: string) => found.initiatives.nodes.find((node) => node.code === code)!.id;
    ids = {
      bedrift: initiative('DEMO-LIV-BEDRIFT'),
      digifinFiks: initiative('DEMO-DIGIFIN-FIKS'),
      twoLevelKey: (
        found.costSharingKeys.nodes.find((key) => key.current.keySpec.method === 'TWO_LEVEL') ??
        found.costSharingKeys.nodes[0]
      ).id,
      benefit: found.benefits.nodes[0].id,
      call: found.coFinancingCalls[0].id,
    };
  }, 180_000);

  it('recognises codes and lets names through (the scan itself)', () => {
    expect(codeLikeTokens('Rolle: PARTNER')).toEqual(['enum value: PARTNER']);
    expect(codeLikeTokens('Avgift etter population, CO_FINANCING, correctionReason')).toEqual([
      'upper-case snake code: CO_FINANCING',
      'camelCase identifier: correctionReason',
      'enum value: CO_FINANCING',
    ]);
    expect(codeLikeTokens('3f1c2a9e-8b7d-4c6e-9a5f-1d2e3f4a5b6c')).toEqual([
      'UUID: 3f1c2a9e-8b7d-4c6e-9a5f-1d2e3f4a5b6c',
    ]);
    expect(codeLikeTokens('DEMO-LIV-JOBB hos KS og NAV, XLSX og CSV, RAG-status, R-109')).toEqual([]);
  });

  for (const persona of Object.keys(ROUTES) as Persona[]) {
    it(`shows ${persona}'s pages in words, in Norwegian and English`, async () => {
      await signIn(EMAILS[persona]);
      const findings: string[] = [];
      for (const language of ['nb', 'en'] as const) {
        if (language === 'en') await chooseLanguage(page(), 'en');
        for (const route of ROUTES[persona](ids)) {
          await page().goto(`${app().url}/#${route}`);
          await settle(page());
          const text = await visibleText(page());
          // A page that has not loaded (or failed) would pass the scan with nothing on it: its own content
          // (besides the menu and the app bar) must be there.
          const content = (await page().locator('#main-content').innerText()).trim().length;
          expect({ route, language, loaded: content > 40 }).toEqual({ route, language, loaded: true });
          if (process.env.NO_CODES_SCREENSHOTS)
            await screenshot(page(), `no-codes-${persona}-${language}-${route.replace(/[^a-z0-9]+/gi, '-')}`);
          for (const token of codeLikeTokens(text)) findings.push(`${language} ${route} — ${token}`);
        }
      }
      expect(pageErrors).toEqual([]);
      expect(findings).toEqual([]);
    }, 600_000);
  }
});
