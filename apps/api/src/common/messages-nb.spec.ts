import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { MESSAGES_NB, matchNb, translateToNb } from './messages-nb.js';

/**
 * One real example of every message the API and the libraries it calls can produce, by the file that
 * writes it: [English, Norwegian Bokmål]. The same table checks every catalogue entry (each must
 * translate an example, exactly) and every message (each must have a translation), and a count of the
 * message sites in the sources makes sure a new site cannot be added without an example here.
 */
type Pair = readonly [en: string, nb: string];

const ID = '3f1c2a9e-8b7d-4c6e-9a5f-1d2e3f4a5b6c';
const OTHER_ID = '7a0b1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d';

const UUID: Pair = ['must be an id (a UUID)', 'må være en id (UUID)'];
const UUID_GOT: Pair = ['must be an id (a UUID) (got "x")', 'må være en id (UUID) (fikk «x»)'];
const MAX_200: Pair = ['must be at most 200 characters', 'må være høyst 200 tegn'];
const MAX_300: Pair = ['must be at most 300 characters', 'må være høyst 300 tegn'];
const MAX_1000: Pair = ['must be at most 1000 characters', 'må være høyst 1000 tegn'];
const MAX_20000: Pair = ['must be at most 20000 characters', 'må være høyst 20000 tegn'];
const KEY_MISSING: Pair = [`cost-sharing key ${ID} does not exist`, `fordelingsnøkkelen ${ID} finnes ikke`];
const INITIATIVE_NOT_FOUND: Pair = [`Initiative ${ID} was not found`, `Fant ikke initiativet ${ID}`];
const BENEFIT_NOT_FOUND: Pair = [`Benefit ${ID} was not found`, `Fant ikke gevinsten ${ID}`];

function stale(entityEn: string, entityNb: string, pronoun: 'den' | 'det', current = true): Pair {
  return [
    `${entityEn} was changed by someone else: you sent version 3${current ? ', the current version is 4' : ''}. Reload it and apply your change again.`,
    `${entityNb} er endret av noen andre: du sendte versjon 3${current ? ', gjeldende versjon er 4' : ''}. Last ${pronoun} inn på nytt og gjør endringen igjen.`,
  ];
}

const EXAMPLES: Record<string, readonly Pair[]> = {
  // ── apps/api/src ──────────────────────────────────────────────────────────────────────────────────────
  'apps/api/src/common/errors.ts': [
    ['You are not allowed to do this', 'Du har ikke lov til å gjøre dette'],
    ['Sign in or send a valid API token', 'Logg inn eller send en gyldig API-nøkkel'],
    stale('Initiative', 'Initiativet', 'det'),
  ],
  'apps/api/src/common/ids.ts': [UUID_GOT],
  'apps/api/src/common/pagination.ts': [
    ['must be 0 or more (got -1)', 'må være 0 eller mer (fikk -1)'],
    ['must be between 1 and 500 (got 1000)', 'må være mellom 1 og 500 (fikk 1000)'],
  ],
  'apps/api/src/common/versioned-entity.ts': [stale('Initiative', 'Initiativet', 'det', false)],
  // A stale version refused by the update (the method and its call).
  'apps/api/src/cost-item/cost-item.repository.ts': [
    stale('Cost item', 'Kostnadsposten', 'den', false),
    stale('Cost item', 'Kostnadsposten', 'den', false),
  ],
  'apps/api/src/cost-item/cost-item.service.ts': [
    UUID_GOT,
    MAX_200,
    [`Cost item ${ID} was not found`, `Fant ikke kostnadsposten ${ID}`],
    stale('Cost item', 'Kostnadsposten', 'den'),
    stale('Cost item', 'Kostnadsposten', 'den', false),
    [`Cost item ${ID} was not found`, `Fant ikke kostnadsposten ${ID}`],
    stale('Cost item', 'Kostnadsposten', 'den'),
    stale('Cost item', 'Kostnadsposten', 'den', false),
    INITIATIVE_NOT_FOUND,
    ['must be between 1990 and 2200 (got 1989)', 'må være mellom 1990 og 2200 (fikk 1989)'],
    MAX_1000,
    UUID,
    KEY_MISSING,
  ],

  // ── libs/domain/src ────────────────────────────────────────────────────────────────────────────────────
  'libs/domain/src/access.ts': [
    ['must be at least 12 characters', 'må være minst 12 tegn'],
    ['must be at most 256 characters', 'må være høyst 256 tegn'],
    [
      'is one of the most common passwords, which attackers try first: choose another',
      'er et av de vanligste passordene, som angripere prøver først: velg et annet',
    ],
  ],
};

const ALL = Object.entries(EXAMPLES).flatMap(([site, pairs]) => pairs.map(([en, nb]) => ({ site, en, nb })));

describe('the Norwegian Bokmål catalogue of error messages', () => {
  it.each(ALL.map(({ site, en, nb }) => [site, en, nb]))('%s: translates %j', (_site, en, nb) => {
    expect(translateToNb(en)).toBe(nb);
  });

  it('has an entry for nothing that no example uses: every entry translates at least one real message', () => {
    const used = new Set(ALL.map(({ en }) => matchNb(en)?.index));
    const unused = MESSAGES_NB.map((entry, index) => ({ entry, index }))
      .filter(({ index }) => !used.has(index))
      .map(({ entry }) => String(entry.en));
    expect(unused).toEqual([]);
  });

  it('leaves a message it does not know untranslated (the caller keeps the English)', () => {
    expect(translateToNb('Something entirely new happened')).toBeNull();
    expect(translateToNb('Spaceship 42 was not found')).toBeNull();
    expect(translateToNb('Variable "$x" got invalid value 1; something graphql-js says')).toBeNull();
  });

  it('does not spend time on huge messages: they stay English', () => {
    const value = JSON.stringify('a; b: '.repeat(2_000_000));
    const started = Date.now();
    expect(
      translateToNb(
        `Variable "$i" got invalid value ${value} at "i.year"; Int cannot represent non-integer value: ${value}`,
      ),
    ).toBeNull();
    expect(translateToNb(`invalid cost-sharing key: ${'x; '.repeat(1000)}unknown field`)).toBeNull();
    expect(Date.now() - started).toBeLessThan(1000);
  });
});

/**
 * The message sites in the sources: calls that make an error (or a problem) with an English message, and
 * the `return` lines of functions that describe a problem (`…Problem`). Every file must have at least as
 * many examples above as it has sites, so a new message cannot be added without its translation. A site
 * that says a code (`msg(…)`, or notFound and staleVersion, which do) has its words in the catalogue of
 * libs/domain/src/messages instead, where TypeScript refuses a code without Norwegian.
 */
describe('every message site in the sources has an example', () => {
  const root = process.cwd();
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : [path];
    });
  const API_SITE =
    /\.check\(\s*['"`]|(?<!function )\b(?:badInput|notFound|notFoundField|conflict|forbidden|unauthenticated|staleVersion|updateAtVersion)\(|new GraphQLError\(|new (?:Unauthorized|Forbidden)Exception\(|authProblem = /g;
  const COST_MODEL_SITE =
    /new CostModelError\(|message: [`'"]|error: (?:orRequired\()?\s*[`'"]|return [`']required|return [`']must (?:be|name)/g;
  const PROBLEM_FUNCTION = /function \w+Problem\([^]*?\n\}/g;
  const PROBLEM_RETURN = /return\s+[`'"]/g;
  const PLUMBING = new Set(['apps/api/src/common/errors.ts', 'apps/api/src/common/cost-model-errors.ts']);

  const sources = [
    ...walk(join(root, 'apps/api/src')).filter(
      (path) => !/[/\\](cli|seed)[/\\]/.test(path) && !path.endsWith('messages-nb.ts'),
    ),
    ...walk(join(root, 'libs/domain/src')),
    ...walk(join(root, 'libs/cost-model/src')),
  ]
    .filter((path) => path.endsWith('.ts') && !path.endsWith('.spec.ts'))
    .map((path) => relative(root, path).split('\\').join('/'))
    .filter((path) => !PLUMBING.has(path));

  /** A site's text: to the parenthesis that closes its call, or to the end of its line. */
  const siteText = (text: string, start: number): string => {
    let depth = 0;
    for (let at = start; at < text.length && at < start + 2000; at++) {
      const char = text[at];
      if (char === '(') depth++;
      else if (char === ')' && --depth <= 0) return text.slice(start, at + 1);
      else if (char === '\n' && depth === 0) return text.slice(start, at);
    }
    return text.slice(start, start + 2000);
  };
  /** An English phrase in quotes (a field name alone is one word), and no code. */
  const writesEnglish = (site: string): boolean =>
    /['"`][^'"`\n]*?[a-z]\s+[a-z(]/i.test(site) &&
    !/\bmsg\(/.test(site) &&
    !/^(?:notFound|notFoundField|staleVersion|updateAtVersion)\(/.test(site);
  const countSites = (path: string, text: string): number => {
    const calls = [...text.matchAll(path.startsWith('libs/cost-model/') ? COST_MODEL_SITE : API_SITE)].filter(
      (match) => writesEnglish(siteText(text, match.index)),
    ).length;
    const returns = (text.match(PROBLEM_FUNCTION) ?? []).reduce(
      (sum, body) => sum + (body.match(PROBLEM_RETURN) ?? []).length,
      0,
    );
    return calls + returns;
  };

  const sites = sources
    .map((path) => ({ path, count: countSites(path, readFileSync(join(root, path), 'utf8')) }))
    .filter(({ count }) => count > 0);

  it('counts the sites that write English, not those that say a code (the scan itself works)', () => {
    const source = [
      "problems.check('name', 'must not be empty');",
      "throw forbidden('Only administrators see other users');",
      "throw badInput('csv', `is ${length} characters; at most ${max}`);",
      "problems.check('name', msg('REQUIRED'));",
      "throw badInput('csv', msg('CSV_TOO_LONG', { length, max }));",
      "problems.check('orgNumber', orgNumberProblem(value));",
      "throw notFound('Organisation with organisation number', orgNumber);",
      'function textProblem(value: string): string | null {',
      "  if (!value) return 'must not be empty';",
      '}',
    ].join('\n');
    expect(countSites('apps/api/src/x.ts', source)).toBe(4);
  });

  it.each(sites.map(({ path, count }) => [path, count] as const))(
    '%s: %i message site(s) have examples',
    (path, count) => {
      expect((EXAMPLES[path] ?? []).length).toBeGreaterThanOrEqual(count);
    },
  );
});
