/**
 * Norwegian Bokmål for the API's error messages. The English messages stay the source (they are what the
 * services, libs/domain and libs/cost-model write, and what logs and integrators rely on); this catalogue
 * recognises each of them by a regular expression and writes it in Norwegian, keeping the dynamic parts
 * (ids, numbers, names, dates, field and enum names) exactly as they were.
 *
 * The entries are tried in order and the first that matches and can translate every part wins, so the
 * specific ones come before the general ones. A message no entry knows has no Norwegian: `translateToNb`
 * returns null and the caller keeps the English. messages-nb.spec.ts holds a real example of every
 * message the API can produce and fails when one of them has no translation.
 */

/** The Norwegian text: `$1`… stand for the groups of `en`; a function may return null for "unknown". */
type Template = string | ((...parts: string[]) => string | null);

export interface NbMessage {
  /** The English message, anchored at both ends; its groups capture the dynamic parts. */
  en: RegExp;
  nb: Template;
}

/** `"x"` (as the API quotes a value) → «x»; `nothing` → ingenting; anything else as it is. */
function got(value: string): string {
  if (value === 'nothing') return 'ingenting';
  const quoted = /^"(.*)"$/s.exec(value);
  return quoted ? `«${quoted[1]}»` : value;
}

/** Every "quoted" part of a text as «quoted» (titles in a list, a path of titles). */
function guillemets(text: string): string {
  return text.replace(/"([^"]*)"/g, '«$1»');
}

interface EntityWords {
  /** The definite form as it starts a sentence ("Initiativet"). */
  subject: string;
  /** The pronoun that refers back to it ("det" for neuter, "den" otherwise). */
  pronoun: 'den' | 'det';
}

/** The entity names of notFound and staleVersion (see errors.ts), in Norwegian. */
const ENTITIES: Record<string, EntityWords> = {
  User: { subject: 'Brukeren', pronoun: 'den' },
  'Cost item': { subject: 'Kostnadsposten', pronoun: 'den' },
  Initiative: { subject: 'Initiativet', pronoun: 'det' },
  Organisation: { subject: 'Organisasjonen', pronoun: 'den' },
  'Organisation with organisation number': {
    subject: 'Organisasjonen med organisasjonsnummer',
    pronoun: 'den',
  },
  County: { subject: 'Fylket med nummer', pronoun: 'det' },
  'Cost-sharing key': { subject: 'Fordelingsnøkkelen', pronoun: 'den' },
  'Allocation run': { subject: 'Fordelingskjøringen', pronoun: 'den' },
  'API token': { subject: 'API-nøkkelen', pronoun: 'den' },
  Benefit: { subject: 'Gevinsten', pronoun: 'den' },
  'Benefit owner report': { subject: 'Gevinsteierrapporten', pronoun: 'den' },
  Measurement: { subject: 'Målingen', pronoun: 'den' },
  Enabler: { subject: 'Leveransen eller endringen', pronoun: 'den' },
  'Benefits map edge': { subject: 'Avhengigheten i gevinstkartet', pronoun: 'den' },
};

/** The subject in the middle of a sentence: "initiativet", but "API-nøkkelen" as it is. */
function midSentence(subject: string): string {
  return /^[A-ZÆØÅ][a-zæøå]/.test(subject) ? subject.charAt(0).toLowerCase() + subject.slice(1) : subject;
}

export const MESSAGES_NB: readonly NbMessage[] = [
  // ── Generic errors (common/errors.ts) ─────────────────────────────────────────────────────────────────
  {
    en: /^(.+) (\S*) was not found$/,
    nb: (entity, id) =>
      ENTITIES[entity] ? `Fant ikke ${midSentence(ENTITIES[entity].subject)} ${id}` : null,
  },
  {
    en: /^(.+) was changed by someone else: you sent version (\d+)(?:, the current version is (\d+))?\. Reload it and apply your change again\.$/,
    nb: (entity, sent, current) => {
      const words = ENTITIES[entity];
      if (!words) return null;
      const now = current ? `, gjeldende versjon er ${current}` : '';
      return `${words.subject} er endret av noen andre: du sendte versjon ${sent}${now}. Last ${words.pronoun} inn på nytt og gjør endringen igjen.`;
    },
  },
  { en: /^You are not allowed to do this$/, nb: 'Du har ikke lov til å gjøre dette' },
  { en: /^Sign in or send a valid API token$/, nb: 'Logg inn eller send en gyldig API-nøkkel' },

  // ── Passwords (libs/domain access.ts) ───────────────────────────────────────────────────────────────────
  {
    en: /^is one of the most common passwords, which attackers try first: choose another$/,
    nb: 'er et av de vanligste passordene, som angripere prøver først: velg et annet',
  },

  // ── Field problems used everywhere ─────────────────────────────────────────────────────────────────────
  { en: /^must be an id \(a UUID\)$/, nb: 'må være en id (UUID)' },
  {
    en: /^must be an id \(a UUID\) \(got (.*)\)$/s,
    nb: (value) => `må være en id (UUID) (fikk ${got(value)})`,
  },
  { en: /^must be at most (\d+) characters$/, nb: 'må være høyst $1 tegn' },
  { en: /^must be at least (\d+) characters$/, nb: 'må være minst $1 tegn' },
  { en: /^must be 0 or more \(got (.*)\)$/, nb: (value) => `må være 0 eller mer (fikk ${got(value)})` },
  {
    en: /^must be between (\S+) and (\S+) \(got (.*)\)$/,
    nb: (low, high, value) => `må være mellom ${low} og ${high} (fikk ${got(value)})`,
  },
  { en: /^cost-sharing key (\S+) does not exist$/, nb: 'fordelingsnøkkelen $1 finnes ikke' },
];

function fill(template: string, parts: readonly string[]): string {
  return template.replace(/\$(\d)/g, (_, index: string) => parts[Number(index) - 1] ?? '');
}

/**
 * Longer messages stay English: the API's own are far shorter, and a huge one (a value of many megabytes
 * quoted back by GraphQL) must not cost the server time to match.
 */
const MAX_MESSAGE_LENGTH = 5000;

/** The entry that translates `message` and its Norwegian text, or null when no entry knows it. */
export function matchNb(message: string): { index: number; nb: string } | null {
  if (message.length > MAX_MESSAGE_LENGTH) return null;
  for (let index = 0; index < MESSAGES_NB.length; index++) {
    const entry = MESSAGES_NB[index];
    const match = entry.en.exec(message);
    if (!match) continue;
    const parts = match.slice(1).map((part) => part ?? '');
    const nb = typeof entry.nb === 'string' ? fill(entry.nb, parts) : entry.nb(...parts);
    if (nb !== null) return { index, nb };
  }
  return null;
}

/** The Norwegian Bokmål for an English message of the API, or null when the catalogue does not know it. */
export function translateToNb(message: string): string | null {
  return matchNb(message)?.nb ?? null;
}
